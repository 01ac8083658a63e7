/**
 * The optimisation request as a planner writes it (a SPEC.json for the CLI, the Decide tab's form), checked
 * whole: every problem is reported with the key it is under, in both languages, and nothing runs until the
 * request is clean.
 *
 *   { "decide": { "<cell>": { "min", "max", "step" } }, "minimize": "total.outlay",
 *     "subjectTo": [{ "output": "y2.target.standard", "met": true } | { "output": "…", "probability": 0.8 }],
 *     "taper": false, "runs": 2000, "seed": 1, "lhs": false }
 */
import type { CellLayout } from '../montecarlo/cells';
import { checkSeed } from '../montecarlo/prng';
import { checkRuns } from '../montecarlo/runner';
import type { Words } from '../outputs';
import type { Constraint } from './evaluator';
import { latticeSize, type Lattice } from './optimize';
import { resolveOutput } from './outputs';
import type { OptimizeProblem } from './plan-optimize';

export interface OptimizeSpec {
	decide: Record<string, { min: number; max: number; step: number }>;
	minimize: string;
	subjectTo: ({ output: string; met: true } | { output: string; probability: number })[];
	taper?: boolean;
	runs?: number;
	seed?: number;
	lhs?: boolean;
}

export interface SpecError {
	/** Where: `decide.basic_subsidy_y2.step`, `subjectTo[1].probability` … */
	key: string;
	message: Words;
}

export const MAX_DECISIONS = 12;
const MAX_LATTICE = 100_000;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** `base` (the scenario's evaluated cells) lets it refuse a target in a year that has none. */
export function checkSpec(
	spec: unknown,
	layout: CellLayout,
	base?: Float64Array
): { ok: true; problem: OptimizeProblem } | { ok: false; errors: SpecError[] } {
	const errors: SpecError[] = [];
	const err = (key: string, zh: string, en: string) => errors.push({ key, message: { zh, en } });
	if (!isObj(spec)) {
		err('', '优化设置必须是一个 JSON 对象', 'the optimisation spec must be a JSON object');
		return { ok: false, errors };
	}
	const known = ['decide', 'minimize', 'subjectTo', 'taper', 'runs', 'seed', 'lhs'];
	for (const k of Object.keys(spec))
		if (!known.includes(k))
			err(k, `未知的设置项“${k}”（可用：${known.join('、')}）`, `unknown key "${k}" (one of ${known.join(', ')})`);

	const lattice: Lattice[] = [];
	if (!isObj(spec.decide) || Object.keys(spec.decide).length === 0)
		err(
			'decide',
			'decide 须列出至少一个决策单元格，如 { "basic_subsidy_y2": { "min": 0, "max": 0.3, "step": 0.005 } }',
			'decide must name at least one decision cell, e.g. { "basic_subsidy_y2": { "min": 0, "max": 0.3, "step": 0.005 } }'
		);
	else {
		const cells = Object.entries(spec.decide);
		if (cells.length > MAX_DECISIONS)
			err(
				'decide',
				`决策单元格最多 ${MAX_DECISIONS} 个（现有 ${cells.length} 个）`,
				`at most ${MAX_DECISIONS} decision cells (${cells.length} given)`
			);
		for (const [cell, r] of cells) {
			const key = `decide.${cell}`;
			const slot = layout.index.get(cell.trim().toLowerCase());
			if (slot === undefined) {
				err(
					key,
					`没有名为“${cell}”的单元格（名称形如 basic_subsidy_y2 或 grace_months）`,
					`there is no cell "${cell}" (names look like basic_subsidy_y2 or grace_months)`
				);
				continue;
			}
			if (!isObj(r)) {
				err(key, '须为 { "min", "max", "step" }', 'must be { "min", "max", "step" }');
				continue;
			}
			let bad = false;
			for (const f of ['min', 'max', 'step'] as const)
				if (!num(r[f])) {
					err(`${key}.${f}`, `${f} 须为数字`, `${f} must be a number`);
					bad = true;
				}
			if (bad) continue;
			const { min, max, step } = r as { min: number; max: number; step: number };
			const def = layout.defs[slot];
			if (step <= 0) err(`${key}.step`, `步长须大于 0（现为 ${step}）`, `step must be above 0 (it is ${step})`);
			else if (min > max) err(`${key}.min`, `下限 ${min} 大于上限 ${max}`, `min ${min} is above max ${max}`);
			else if (min < def.min || max > def.max)
				err(
					key,
					`范围 ${min}–${max} 超出该单元格的有效范围 ${def.min}–${def.max}`,
					`range ${min}–${max} lies outside the cell's valid range ${def.min}–${def.max}`
				);
			else if (def.integer && (!Number.isInteger(min) || !Number.isInteger(step)))
				err(
					key,
					'该单元格只能取整数：min 与 step 须为整数',
					'this cell takes whole numbers: min and step must be whole'
				);
			else if (latticeSize({ cell, min, max, step }) + 1 > MAX_LATTICE)
				err(
					`${key}.step`,
					`步长太小：${min}–${max} 之间超过 ${MAX_LATTICE.toLocaleString('en')} 个取值`,
					`step too small: more than ${MAX_LATTICE.toLocaleString('en')} values between ${min} and ${max}`
				);
			else lattice.push({ cell: layout.names[slot], min, max, step });
		}
	}

	const years = layout.years;
	let minimize = null;
	if (typeof spec.minimize !== 'string')
		err('minimize', 'minimize 须为输出名，如 "total.outlay"', 'minimize must be an output name, e.g. "total.outlay"');
	else {
		const r = resolveOutput(spec.minimize, years);
		if (!r.ok) errors.push({ key: 'minimize', message: r.message });
		else if (r.output.kind !== 'value')
			err(
				'minimize',
				`“${r.output.name}”是 0/1 标志，不能作为目标函数（用 total.outlay 或 total.subsidy）`,
				`"${r.output.name}" is a 0/1 flag, not an amount to minimise (use total.outlay or total.subsidy)`
			);
		else minimize = r.output;
	}

	const subjectTo: Constraint[] = [];
	if (spec.subjectTo !== undefined && !Array.isArray(spec.subjectTo))
		err('subjectTo', 'subjectTo 须为数组', 'subjectTo must be an array');
	else
		((spec.subjectTo as unknown[]) ?? []).forEach((c, i) => {
			const key = `subjectTo[${i}]`;
			if (!isObj(c) || typeof c.output !== 'string') {
				err(
					key,
					'须为 { "output", "met": true } 或 { "output", "probability" }',
					'must be { "output", "met": true } or { "output", "probability" }'
				);
				return;
			}
			const r = resolveOutput(c.output, years);
			if (!r.ok) {
				errors.push({ key: `${key}.output`, message: r.message });
				return;
			}
			const b = r.ref.base;
			const slot = b.kind === 'target' ? layout.index.get(`target_${b.target}_y${b.year}`) : undefined;
			if (base && slot !== undefined && Number.isNaN(base[slot])) {
				err(
					`${key}.output`,
					`第${(b as { year: number }).year}年没有该目标（目标单元格为空），无法约束`,
					`year ${(b as { year: number }).year} has no such target (its target cell is blank), so it cannot be a constraint`
				);
				return;
			}
			if (r.output.kind === 'value') {
				err(
					`${key}.output`,
					`“${r.output.name}”是数值，约束须为目标（y3.target.standard）或阈值（y3.satisfaction>=0.9）`,
					`"${r.output.name}" is a number: a constraint is a target (y3.target.standard) or a threshold (y3.satisfaction>=0.9)`
				);
				return;
			}
			const hasMet = 'met' in c,
				hasP = 'probability' in c;
			if (hasMet === hasP)
				err(key, '须给出 "met": true 或 "probability" 之一', 'give exactly one of "met": true or "probability"');
			else if (hasMet && c.met !== true) err(`${key}.met`, 'met 只能为 true', 'met can only be true');
			else if (hasP && !(num(c.probability) && c.probability > 0 && c.probability <= 1))
				err(`${key}.probability`, '概率须大于 0 且不超过 1', 'probability must be above 0 and at most 1');
			else
				subjectTo.push(
					hasMet ? { output: r.output, met: true } : { output: r.output, probability: c.probability as number }
				);
		});

	if (spec.taper !== undefined && typeof spec.taper !== 'boolean')
		err('taper', 'taper 须为 true 或 false', 'taper must be true or false');
	if (spec.lhs !== undefined && typeof spec.lhs !== 'boolean')
		err('lhs', 'lhs 须为 true 或 false', 'lhs must be true or false');
	const runs = spec.runs ?? 2000,
		seed = spec.seed ?? 1;
	const badRuns = typeof runs === 'number' ? checkRuns(runs) : 'runs must be a number';
	if (badRuns) err('runs', `模拟次数无效：${badRuns}`, badRuns);
	else if ((runs as number) > 100_000)
		err('runs', '每个候选方案最多模拟 100,000 次', 'at most 100,000 runs per candidate plan');
	const badSeed = typeof seed === 'number' ? checkSeed(seed) : 'seed must be a number';
	if (badSeed) err('seed', `随机种子无效：${badSeed}`, badSeed);
	if (errors.length || !minimize) return { ok: false, errors };
	return {
		ok: true,
		problem: {
			lattice,
			minimize,
			subjectTo,
			taper: spec.taper === true,
			runs: runs as number,
			seed: seed as number,
			lhs: spec.lhs === true
		}
	};
}
