/**
 * Goal seek, deterministic: the value of one cell that makes an output hit a number — e.g. the year-2 basic
 * subsidy at which basic-tier firms break even (margin 0). Every other cell keeps its value; formulas that
 * read the cell follow it. Method: scan the range on a 65-point grid for the first sign change, then refine it
 * by the Illinois variant of regula falsi (bracketed, so it cannot diverge). A function that crosses the target
 * twice between two grid points would be missed; the model's outputs are monotone in each input in practice.
 */
import { refusal, seekWords, type SeekRefusal } from './seek-words';
import { checkMetric, describeMetric, metricValue, type Metric } from './metric';
import type { McPlan } from './plan';
import { runOnce } from './sampler';

export interface GoalSeekRequest {
	/** Cell name, e.g. `basic_subsidy_y2` or `grace_months`. */
	cell: string;
	metric: Metric;
	target: number;
	/** Search range; default the parameter's valid range. */
	low?: number;
	high?: number;
}
export type GoalSeekResult =
	| { ok: true; cell: string; value: number; achieved: number; overridesFormula: boolean }
	/** `message` in English (logs, tests); `msg` the same in both languages, for the planner's screen. */
	| SeekRefusal;

/** The slot and search range of a cell, or what is wrong with them. */
export function seekRange(
	plan: McPlan,
	cell: string,
	low?: number,
	high?: number
): { slot: number; lo: number; hi: number; integer: boolean } | SeekRefusal {
	const words = seekWords(plan.doc.start, plan.layout.years);
	const slot = plan.layout.index.get(cell.trim().toLowerCase());
	if (slot === undefined)
		return refusal(
			'no-cell',
			`there is no cell "${cell}": names look like basic_subsidy_y2 (a yearly parameter) or grace_months`,
			words.noCell(cell)
		);
	const def = plan.layout.defs[slot];
	const lo = low ?? def.min,
		hi = high ?? def.max;
	if (!(lo < hi) || lo < def.min || hi > def.max)
		return refusal(
			'bad-range',
			`search range ${lo}–${hi} must be increasing and inside ${cell}'s valid range ${def.min}–${def.max}`,
			words.badRange(cell, lo, hi, def.min, def.max)
		);
	return { slot, lo, hi, integer: def.integer === true };
}

export async function goalSeek(plan: McPlan, req: GoalSeekRequest): Promise<GoalSeekResult> {
	const words = seekWords(plan.doc.start, plan.layout.years);
	const bad = checkMetric(req.metric, plan.layout.years);
	if (bad) return refusal('bad-metric', bad, words.badMetric());
	const r = seekRange(plan, req.cell, req.low, req.high);
	if ('message' in r) return r;
	const { slot, lo, hi, integer } = r;
	const propagator = await plan.makePropagator([slot]).catch(() => null);
	if (!propagator)
		return refusal(
			'no-formulas',
			`the formulas that read ${req.cell} cannot be evaluated here`,
			words.noFormulas(req.cell)
		);
	try {
		const f = (x: number) =>
			metricValue(
				runOnce(plan, propagator, (v) => (v[slot] = x)),
				0,
				req.metric
			) - req.target;
		const done = (value: number): GoalSeekResult => ({
			ok: true,
			cell: plan.layout.names[slot],
			value,
			achieved: f(value) + req.target,
			overridesFormula: plan.graph.formula[slot] !== null
		});
		const grid = integer
			? Array.from({ length: hi - lo + 1 }, (_, k) => lo + k)
			: Array.from({ length: 65 }, (_, k) => (k === 64 ? hi : lo + ((hi - lo) * k) / 64));
		const fs = grid.map(f);
		for (let k = 0; k < grid.length; k++) {
			if (fs[k] === 0) return done(grid[k]);
			if (k > 0 && Math.sign(fs[k]) !== Math.sign(fs[k - 1])) {
				// A whole-number cell: the nearer of the two integers around the crossing.
				if (integer) return done(Math.abs(fs[k]) < Math.abs(fs[k - 1]) ? grid[k] : grid[k - 1]);
				return done(illinois(f, grid[k - 1], fs[k - 1], grid[k], fs[k]));
			}
		}
		const min = Math.min(...fs) + req.target,
			max = Math.max(...fs) + req.target;
		return refusal(
			'no-value',
			`no value of ${req.cell} between ${lo} and ${hi} makes ${describeMetric(req.metric)} equal ${req.target}: over that range it only goes from ${round(min)} to ${round(max)}`,
			words.noValue(req.cell, lo, hi, req.metric, req.target, round(min), round(max))
		);
	} finally {
		propagator.dispose();
	}
}

/** Regula falsi with the Illinois fix (halve the stale end's value): superlinear, always bracketed. */
function illinois(f: (x: number) => number, a: number, fa: number, b: number, fb: number): number {
	let side = 0;
	const tol = 1e-12 * Math.max(Math.abs(fa), Math.abs(fb));
	for (let k = 0; k < 200; k++) {
		const c = (a * fb - b * fa) / (fb - fa);
		const fc = f(c);
		if (Math.abs(fc) <= tol || Math.abs(b - a) <= 1e-13 * Math.max(1, Math.abs(c))) return c;
		if (Math.sign(fc) === Math.sign(fb)) {
			{
				b = c;
				fb = fc;
			}
			if (side === -1) fa /= 2;
			side = -1;
		} else {
			{
				a = c;
				fa = fc;
			}
			if (side === 1) fb /= 2;
			side = 1;
		}
	}
	return Math.abs(fa) < Math.abs(fb) ? a : b;
}

export const round = (x: number) => Number(x.toPrecision(6));
