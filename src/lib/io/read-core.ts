/**
 * Reads a scenario file (format v1): parse, check the envelope, check each parameter's shape, fill what is
 * missing from the plan, evaluate the formulas (with the evaluator given: read-scenario.ts passes HyperFormula),
 * check every value. Every problem is reported (not just the first), each naming the parameter and the year.
 * Nothing here throws on bad input. No HyperFormula here, so the page can read the plan before the engine loads.
 */
import * as v from 'valibot';
import { CATALOGUE, PARAM } from '../model/catalogue';
import type { ParamValues } from '../model/inputs';
import { defaultEntry } from '../model/plan-scenario';
import {
	FORMAT,
	MAX_YEARS,
	PLAN_START,
	PLAN_YEARS,
	VERSION,
	type ParamEntry,
	type ScenarioDoc
} from '../model/scenario';
import { START_EXPECTED, START_PATTERN } from '../model/time';
import type { Evaluation } from '../sheet/evaluation';
import { evaluatePlain, hasFormula } from '../sheet/evaluate-plain';
import { checkParam } from './read-param';
import { closest, said, saidEach, saidMsg, type ReadError } from './read-error';
import { t, type Lang, type MessageKey } from '../i18n';
import { rangeProblems } from './uncertainty-check';
import { readCorrelations } from './read-correlations';
import { attachActuals } from './read-actuals-hook';
import { restore, type Kept } from '../register/stored';
import { readLineage, type Lineage } from './read-lineage';
import { readFundUse } from './read-fund-use';
import type { FundUseInputs } from '../store/fund-use-schema';
import { readNotes } from './read-notes';

export type ReadResult =
	| {
			ok: true;
			doc: ScenarioDoc;
			values: ParamValues;
			filled: string[];
			/** The compound register the file carries (absent in files without one: they read as before). */
			register?: Kept;
			/** XLSX: register rows read as totals (合计/总计) and skipped, noted once. */
			registerTotals?: number[];
			/** The library scenario the file was exported from, and at which revision (absent in older files). */
			lineage?: Lineage;
			/** The fund-use plan's inputs the file carries (absent in files without them: they read as before). */
			fundUse?: FundUseInputs;
	  }
	| { ok: false; errors: ReadError[]; filled: string[] };

import { MAX_FILE_BYTES } from './limits';
import { show } from './issue-text';
export { MAX_FILE_BYTES, show };
const KEYS = CATALOGUE.map((d) => d.key);

/** The envelope's messages: the English goes to valibot, and is looked up again for its Chinese. */
const ENV_KEYS: MessageKey[] = [
	'reader.text',
	'reader.longer200',
	'reader.longer5000',
	'reader.month',
	'reader.wholeNumber',
	'reader.yearsRange'
];
const en = (key: MessageKey) => t('en', key, { max: MAX_YEARS });
const Envelope = v.object({
	name: v.optional(v.pipe(v.string(en('reader.text')), v.maxLength(200, en('reader.longer200')))),
	description: v.optional(v.pipe(v.string(en('reader.text')), v.maxLength(5000, en('reader.longer5000')))),
	start: v.optional(v.pipe(v.string(en('reader.month')), v.regex(START_PATTERN, START_EXPECTED))),
	years: v.optional(
		v.pipe(
			v.number(en('reader.wholeNumber')),
			v.integer(en('reader.wholeNumber')),
			v.minValue(1, en('reader.yearsRange')),
			v.maxValue(MAX_YEARS, en('reader.yearsRange'))
		)
	)
});
/** An envelope issue in both languages: "expected text, got 3" / "应为文字，实为 3". */
function envelopeSaid(message: string, got: string): { message: string; zh: string } {
	const key = ENV_KEYS.find((k) => en(k) === message);
	// The start month's message is already in both languages.
	const zh = key ? t('zh', key, { max: MAX_YEARS }) : message === START_EXPECTED ? message.split(' — ')[0] : message;
	return { message: `${message}, got ${got}`, zh: t('zh', 'reader.got', { what: zh, got }) };
}
const TOP_KEYS = new Set([
	'format',
	'version',
	'name',
	'description',
	'start',
	'years',
	'parameters',
	'correlations',
	'actuals',
	'register',
	'fundUse',
	'lineage',
	'notes'
]);

/** Evaluates a scenario that has formulas (HyperFormula in read-scenario.ts); may throw on what it cannot parse. */
export type FormulaEvaluator = (doc: ScenarioDoc) => Evaluation;

export function readScenarioText(text: string, formulas: FormulaEvaluator): ReadResult {
	if (text.length > MAX_FILE_BYTES) {
		return fail([
			{ path: '(file)', ...said('reader.tooBig', { mb: (text.length / 1e6).toFixed(1), max: MAX_FILE_BYTES / 1e6 }) }
		]);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		return fail([{ path: '(file)', ...jsonProblem(text, e) }]);
	}
	return readScenarioObject(raw, formulas);
}

/** Problems listed one by one; past these a file is plainly not a scenario, and a count says how many more. */
export const MAX_LISTED_ERRORS = 100;
const UNLISTED: ReadError = { path: '(file)', ...said('reader.notListed') };

export function readScenarioObject(raw: unknown, formulas: FormulaEvaluator): ReadResult {
	const r = readObject(raw, formulas);
	if (r.ok || r.errors.length <= MAX_LISTED_ERRORS) return r;
	const more = r.errors.length - MAX_LISTED_ERRORS;
	const n = more.toLocaleString('en-US');
	return {
		...r,
		errors: [
			...r.errors.slice(0, MAX_LISTED_ERRORS),
			{
				path: '(file)',
				message: `另有 ${n} 个问题未列出，这可能不是情景文件 — and ${n} more problems not listed: is this the right file?`,
				zh: `另有 ${n} 个问题未列出，这可能不是情景文件`
			}
		]
	};
}

function readObject(raw: unknown, formulas: FormulaEvaluator): ReadResult {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return fail([{ path: '(file)', ...said('reader.notObject') }]);
	const o = raw as Record<string, unknown>;
	if (o.format !== FORMAT)
		return fail([{ path: 'format', ...said('reader.format', { want: FORMAT, got: show(o.format) }) }]);
	if (o.version !== VERSION) {
		const newer = typeof o.version === 'number' && o.version > VERSION;
		return fail([
			{
				path: 'version',
				...(newer
					? said('reader.newer', { v: o.version as number, have: VERSION })
					: said('reader.version', { want: VERSION, got: show(o.version) }))
			}
		]);
	}
	const errors: ReadError[] = [];
	for (const k of Object.keys(o))
		if (!TOP_KEYS.has(k))
			errors.push({ path: k, ...said('reader.unknownKey', { key: k, allowed: [...TOP_KEYS].join(', ') }) });
	const env = v.safeParse(Envelope, o);
	if (!env.success)
		for (const i of env.issues)
			errors.push({
				path: i.path?.map((p) => String(p.key)).join('.') ?? '(file)',
				...envelopeSaid(i.message, show(i.input))
			});
	const years =
		env.success && env.output.years !== undefined
			? env.output.years
			: typeof o.years === 'number' && Number.isInteger(o.years) && o.years >= 1 && o.years <= MAX_YEARS
				? o.years
				: PLAN_YEARS;
	const start = env.success && env.output.start ? env.output.start : PLAN_START;

	const params: Record<string, ParamEntry> = Object.create(null);
	const given = o.parameters ?? {};
	if (typeof given !== 'object' || given === null || Array.isArray(given))
		errors.push({ path: 'parameters', ...said('reader.paramsNotObject') });
	else {
		let unknown = 0;
		for (const key of Object.keys(given)) {
			const def = PARAM.get(key);
			if (!def) {
				// Past what is listed, only the count matters: one shared placeholder, no new objects.
				if (unknown++ >= MAX_LISTED_ERRORS) {
					errors.push(UNLISTED);
					continue;
				}
				// A did-you-mean costs ~0.3 ms: enough for a person's typos, not for 100,000 keys in a hostile file.
				const hint = unknown <= 20 ? closest(key, KEYS) : undefined;
				const shown = key.length > 60 ? `${key.slice(0, 57)}…` : key;
				errors.push({
					path: `parameters.${shown}`,
					param: shown,
					...(hint ? said('reader.didYouMean', { key: shown, hint }) : said('reader.unknownParam', { key: shown }))
				});
				continue;
			}
			const r = checkParam(def, (given as Record<string, unknown>)[key], years);
			errors.push(...r.errors);
			// A parameter with shape errors is evaluated at its plan value, so that its dependants' errors still show.
			params[key] = r.entry ?? defaultEntry(key, years);
		}
	}
	const filled = KEYS.filter((k) => !(k in params));
	for (const k of filled) params[k] = defaultEntry(k, years);

	const doc: ScenarioDoc = {
		name: typeof o.name === 'string' ? o.name : 'Untitled scenario',
		description: typeof o.description === 'string' ? o.description : '',
		start,
		years,
		params: { ...params }
	};
	let evaluated: ReturnType<typeof evaluatePlain>;
	try {
		evaluated = hasFormula(doc) ? formulas(doc) : evaluatePlain(doc);
	} catch (e) {
		// A backstop: the checks above should leave HyperFormula nothing it cannot parse.
		return {
			ok: false,
			errors: [
				...errors,
				{
					path: 'parameters',
					...said('reader.cannotEvaluate', { detail: e instanceof Error ? e.message : String(e) })
				}
			],
			filled
		};
	}
	const { values, issues } = evaluated;
	const shapeBad = new Set(errors.map((e) => e.param).filter(Boolean));
	for (const i of issues) {
		if (shapeBad.has(i.key)) continue; // already reported, and evaluated at its plan value
		const def = PARAM.get(i.key)!;
		const path = def.shape === 'scalar' ? `parameters.${i.key}.value` : `parameters.${i.key}.values[${i.y}]`;
		errors.push({
			path,
			param: i.key,
			year: def.shape === 'scalar' ? undefined : i.y + 1,
			message: i.shown.startsWith('#') ? `${i.shown} — ${i.en}` : i.en,
			zh: i.shown.startsWith('#') ? `${i.shown} — ${i.zh}` : i.zh
		});
	}
	for (const def of CATALOGUE) {
		const u = doc.params[def.key].uncertainty;
		if (!u || shapeBad.has(def.key)) continue;
		const vals = def.shape === 'scalar' ? [values[def.key] as number] : (values[def.key] as (number | null)[]);
		const formula = doc.params[def.key].cells.map((c) => typeof c === 'string');
		for (const m of rangeProblems(def, u, vals, years, formula))
			errors.push({ path: `parameters.${def.key}.uncertainty`, param: def.key, ...saidMsg(m) });
	}
	errors.push(...crossChecks(values));
	if ('correlations' in o) readCorrelations(o.correlations, doc, errors);
	if (o.actuals !== undefined) errors.push(...attachActuals(doc, o.actuals, values));
	if (o.notes !== undefined) readNotes(o.notes, doc, errors);
	const register = o.register === undefined ? undefined : restore(o.register);
	if (register && 'error' in register) errors.push({ path: 'register', message: register.error });
	const lineage = o.lineage === undefined ? undefined : readLineage(o.lineage, errors);
	const fundUse = o.fundUse === undefined ? undefined : readFundUse(o.fundUse, errors);
	if (errors.length) return { ok: false, errors, filled };
	const kept = register && !('error' in register) ? register : undefined;
	const out: ReadResult = kept ? { ok: true, doc, values, filled, register: kept } : { ok: true, doc, values, filled };
	if (lineage) out.lineage = lineage;
	if (fundUse) out.fundUse = fundUse;
	return out;
}

/** Rules between parameters: there must be compounds, and no more committees or standard compounds than compounds. */
function crossChecks(values: ParamValues): ReadError[] {
	const N = ['market', 'quasi', 'basic', 'self'].reduce((s, t) => s + ((values[`${t}_compounds`] as number) ?? 0), 0);
	const out: ReadError[] = [];
	if (!(N > 0)) out.push({ path: 'parameters', ...said('reader.noCompounds') });
	for (const key of ['committees_start', 'standard_start']) {
		const x = values[key] as number | null;
		if (N > 0 && x !== null && x > N)
			out.push({
				path: `parameters.${key}.value`,
				param: key,
				...said('reader.moreThanCompounds', { x, n: N })
			});
	}
	return out;
}

function fail(errors: ReadError[]): ReadResult {
	return { ok: false, errors, filled: [] };
}

/** "Unexpected token … at position 123" → line and column, which is what a person can find in an editor. */
function jsonProblem(text: string, e: unknown): { message: string; zh: string } {
	if (e instanceof RangeError) return said('reader.jsonDeep');
	const msg = e instanceof Error ? e.message : String(e);
	const pos = /position (\d+)/.exec(msg);
	const lc = /line (\d+) column (\d+)/.exec(msg);
	const parser = `: ${msg.replace(/\s*\(line \d+ column \d+\)/, '')}`;
	// The parser's own words are English: the English line keeps them, the Chinese one gives line and column only.
	const detail = (L: Lang) => ({ en: parser, zh: '' })[L];
	if (lc) return saidEach('reader.jsonAt', (L) => ({ line: lc[1], col: lc[2], detail: detail(L) }));
	if (!pos) return saidEach('reader.json', (L) => ({ detail: detail(L) }));
	const before = text.slice(0, Number(pos[1]));
	const line = before.split('\n').length;
	const col = before.length - before.lastIndexOf('\n');
	return saidEach('reader.jsonAt', (L) => ({ line, col, detail: detail(L) }));
}
