/**
 * Decide's settings as a planner fills them in (cells and outputs picked by label and year, numbers typed as
 * text), checked at the edge: a refusal names the decision cell or constraint by its label and year, in both
 * languages, with the internal name only as secondary detail. What passes becomes the CLI's spec, unchanged.
 */
import { msg, verbatim, type Msg } from '../../i18n';
import { parseOutput, type Comparison } from '../../model/outputs';
import type { OptimizeSpec } from '../../model/decide/spec';
import * as vocab from '../../model/vocabulary';
import { readNumber } from '../datatable/axis';
import { cellValue } from '../datatable/labels';

export interface DecisionRow {
	cell: string;
	min: string;
	max: string;
	step: string;
}
/** An output with an optional threshold: a target (`y3.target.standard`) or `y3.satisfaction` ≥ 85 %. */
export interface OutputForm {
	output: string;
	op: '' | Comparison;
	threshold: string;
}
export interface ConstraintRow extends OutputForm {
	kind: 'met' | 'probability';
	probability: string;
}
export interface FormProblem {
	/** Where, in words: "基础物业补贴（2023 年）", "约束 1（2024 年达标率目标达成）". */
	where: Msg;
	message: Msg;
	/** The internal path, shown small beside the words (never instead of them). */
	code: string;
}

/** "80", "80 %", "80%" and "0.8" all mean 80 %, as WPS reads a share typed into a % cell. */
export function readShare(text: string): number {
	const s = text.trim();
	const n = readNumber(s);
	return /[%％]$/.test(s) ? n : n > 1 && n <= 100 ? n / 100 : n;
}

/** A number typed for a cell: a share cell reads as a share (60, 60 % or 0.6), any other as a plain number. */
export function readCellNumber(cell: string, text: string): number {
	return vocab.cellOf(cell)?.def.unit === 'share' ? readShare(text) : readNumber(text);
}

/** The name `outputs.ts` reads: the output, with its threshold in the output's own unit (a rate typed 85 → 0.85). */
export function outputName(f: OutputForm, years: number): { ok: true; name: string } | { ok: false; text: string } {
	if (!f.op) return { ok: true, name: f.output };
	const r = parseOutput(f.output, years);
	const rate = r.ok && r.ref.unit === 'fraction';
	const x = rate ? readShare(f.threshold) : readNumber(f.threshold);
	if (!Number.isFinite(x)) return { ok: false, text: f.threshold };
	return { ok: true, name: `${f.output}${f.op}${x}` };
}

/** Words for an output form: "2024 年居民满意度不低于 85 %". */
export function outputFormWords(f: OutputForm, start: string, years: number): Msg {
	const n = outputName(f, years);
	const r = parseOutput(n.ok ? n.name : f.output, years);
	return r.ok ? vocab.outputLabel(r.ref, start, years) : verbatim(f.output);
}

const cellWhere = (cell: string, start: string): Msg => vocab.cellLabel(cell, start);
const rowWhere = (i: number): Msg => msg('words.decisionRow', { n: i + 1 });
const constraintWhere = (i: number, f: OutputForm, start: string, years: number): Msg => {
	const w = outputFormWords(f, start, years);
	return {
		zh: msg('words.constraintN', { n: i + 1 }).zh + `（${w.zh}）`,
		en: `${msg('words.constraintN', { n: i + 1 }).en} (${w.en})`
	};
};

function checkRows(rows: DecisionRow[], start: string, years: number, out: FormProblem[]) {
	const seen = new Set<string>();
	if (!rows.length) out.push({ where: msg('words.decisionCells'), message: msg('words.noDecision'), code: 'decide' });
	rows.forEach((r, i) => {
		const c = vocab.cellOf(r.cell, years);
		if (!c) return void out.push({ where: rowWhere(i), message: msg('words.pickCell'), code: `decide[${i}]` });
		const where = cellWhere(r.cell, start);
		const code = `decide.${r.cell}`;
		if (seen.has(r.cell)) return void out.push({ where, message: msg('words.twice'), code });
		seen.add(r.cell);
		const n = {
			min: readCellNumber(r.cell, r.min),
			max: readCellNumber(r.cell, r.max),
			step: readCellNumber(r.cell, r.step)
		};
		for (const f of ['min', 'max', 'step'] as const)
			if (!Number.isFinite(n[f]))
				return void out.push({
					where,
					message: msg('words.notNumber', { field: msg(`decide.${f}`).zh, text: r[f] }),
					code: `${code}.${f}`
				});
		const fmt = (L: 'zh' | 'en', x: number) => cellValue(L, r.cell, x);
		const range = (L: 'zh' | 'en') => `${fmt(L, c.def.min)}–${fmt(L, c.def.max)}`;
		if (!(n.step > 0)) out.push({ where, message: msg('words.stepPositive'), code: `${code}.step` });
		else if (n.min > n.max) out.push({ where, message: msg('words.minAboveMax'), code: `${code}.min` });
		else if (n.min < c.def.min || n.max > c.def.max)
			out.push({
				where,
				message: {
					zh: msg('words.outOfRange', { from: fmt('zh', n.min), to: fmt('zh', n.max), range: range('zh') }).zh,
					en: msg('words.outOfRange', { from: fmt('en', n.min), to: fmt('en', n.max), range: range('en') }).en
				},
				code
			});
	});
}

/** The settings as the CLI's spec, or every problem with them in the planner's words. */
export function optimizeSpec(
	form: {
		rows: DecisionRow[];
		minimize: string;
		constraints: ConstraintRow[];
		taper: boolean;
		runs: number;
		seed: number;
	},
	start: string,
	years: number
): { ok: true; spec: OptimizeSpec } | { ok: false; problems: FormProblem[] } {
	const problems: FormProblem[] = [];
	checkRows(form.rows, start, years, problems);
	const subjectTo: OptimizeSpec['subjectTo'] = [];
	form.constraints.forEach((c, i) => {
		const where = constraintWhere(i, c, start, years);
		const code = `subjectTo[${i}]`;
		const n = outputName(c, years);
		if (!n.ok)
			return void problems.push({
				where,
				message: msg('words.thresholdNotNumber', { text: n.text }),
				code: `${code}.output`
			});
		const r = parseOutput(n.name, years);
		if (r.ok && r.ref.unit !== 'flag')
			return void problems.push({ where, message: msg('words.needTarget'), code: `${code}.output` });
		if (c.kind === 'met') return void subjectTo.push({ output: n.name, met: true });
		const p = readShare(c.probability);
		if (!(p > 0 && p <= 1))
			return void problems.push({
				where,
				message: msg('words.badProbability', { text: c.probability }),
				code: `${code}.probability`
			});
		subjectTo.push({ output: n.name, probability: p });
	});
	if (problems.length) return { ok: false, problems };
	const decide = Object.fromEntries(
		form.rows.map((r) => [
			r.cell,
			{ min: readCellNumber(r.cell, r.min), max: readCellNumber(r.cell, r.max), step: readCellNumber(r.cell, r.step) }
		])
	);
	return {
		ok: true,
		spec: { decide, minimize: form.minimize, subjectTo, taper: form.taper, runs: form.runs, seed: form.seed }
	};
}

/** The explanation's output: a target, or any output with a threshold (a value alone is no event to explain). */
export function explainOutput(
	f: OutputForm,
	start: string,
	years: number
): { ok: true; name: string } | { ok: false; problem: FormProblem } {
	const where = msg('decide.output');
	const n = outputName(f, years);
	if (!n.ok)
		return {
			ok: false,
			problem: { where, message: msg('words.thresholdNotNumber', { text: n.text }), code: 'output' }
		};
	const r = parseOutput(n.name, years);
	if (r.ok && r.ref.unit !== 'flag')
		return {
			ok: false,
			problem: { where: outputFormWords(f, start, years), message: msg('words.needTarget'), code: 'output' }
		};
	return { ok: true, name: n.name };
}

/**
 * A refusal of the model's spec check (`decide.basic_subsidy_y2.step`, `subjectTo[0].probability`) named by
 * the words of the form: the cell's label and year, or the constraint's number and output.
 */
export function whereOf(key: string, constraints: OutputForm[], start: string, years: number): Msg {
	const d = /^decide\.([^.]+)/.exec(key);
	if (d) return cellWhere(d[1], start);
	const s = /^subjectTo\[(\d+)\]/.exec(key);
	if (s && constraints[Number(s[1])]) return constraintWhere(Number(s[1]), constraints[Number(s[1])], start, years);
	if (key === 'minimize') return msg('decide.minimize');
	if (key === 'runs') return msg('decide.runs');
	if (key === 'seed') return msg('decide.seed');
	return msg('words.settings');
}
