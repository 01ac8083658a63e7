/**
 * Goal seek on a probability: e.g. the lowest year-3 basic collection rate for which P(year-3 satisfaction
 * target met) ≥ 0.8. Each trial value runs the same N iterations with the same seed (common random numbers:
 * the cell is pinned after the draws, so every other parameter sees the same quantiles), which makes P a step
 * function of the value that bisection can search. Assumes P rises with the value ('lowest') or falls with it
 * ('highest'); the answer is good to 1e-6 of the range, and P itself to its standard error √(p(1−p)/N).
 */
import { refusal, seekWords, type SeekRefusal } from './seek-words';
import type { TargetKind } from '../targets';
import { TARGET_KINDS } from '../targets';
import { round, seekRange } from './goalseek';
import type { McPlan } from './plan';
import { runSync, yieldNow } from './runner';
import { Sampler } from './sampler';
import { MET, NK, NO_TARGET } from './samples';

export interface ProbabilitySeekRequest {
	cell: string;
	target: TargetKind;
	year: number; // 1-based
	probability: number;
	/** 'lowest' value reaching the probability (P rises with it, the default) or 'highest' (P falls with it). */
	direction?: 'lowest' | 'highest';
	runs?: number;
	seed?: number;
	lhs?: boolean;
	low?: number;
	high?: number;
}
export type ProbabilitySeekResult =
	| {
			ok: true;
			cell: string;
			value: number;
			probability: number;
			standardError: number;
			runs: number;
			seed: number;
			trials: number;
	  }
	| SeekRefusal;

export async function seekProbability(
	plan: McPlan,
	req: ProbabilitySeekRequest,
	opts: { isCancelled?: () => boolean; onProgress?: (done: number, total: number) => void } = {}
): Promise<ProbabilitySeekResult> {
	const { runs = 2000, seed = 1, lhs = false, direction = 'lowest' } = req;
	const words = seekWords(plan.doc.start, plan.layout.years);
	const j = TARGET_KINDS.indexOf(req.target);
	if (j < 0)
		return refusal(
			'bad-target',
			`unknown target "${req.target}" (one of ${TARGET_KINDS.join(', ')})`,
			words.badMetric()
		);
	if (!Number.isInteger(req.year) || req.year < 1 || req.year > plan.layout.years)
		return refusal(
			'bad-year',
			`year ${req.year} is outside the plan's years 1–${plan.layout.years}`,
			words.badYear(req.year)
		);
	if (!(req.probability > 0 && req.probability <= 1))
		return refusal(
			'bad-probability',
			`probability ${req.probability} must be above 0 and at most 1`,
			words.badProbability(req.probability)
		);
	const r = seekRange(plan, req.cell, req.low, req.high);
	if ('message' in r) return r;
	const { slot, lo, hi, integer } = r;
	const moving = [...new Set([...plan.vars.flatMap((v) => v.slots), slot])];
	const propagator = await plan.makePropagator(moving).catch(() => null);
	if (!propagator)
		return refusal(
			'no-formulas',
			`the formulas that read ${req.cell} cannot be evaluated here`,
			words.noFormulas(req.cell)
		);
	const y = req.year - 1;
	let trials = 0;
	const P = (x: number): number => {
		trials++;
		const store = runSync(plan, runs, seed, lhs, new Sampler(plan, seed, runs, lhs, propagator, { slot, value: x }));
		let met = 0;
		for (let i = 0; i < runs; i++) {
			const c = store.met[(i * plan.layout.years + y) * NK + j];
			if (c === NO_TARGET) return NaN;
			if (c === MET) met++;
		}
		return met / runs;
	};
	const steps = integer ? Math.ceil(Math.log2(hi - lo + 1)) + 2 : 22;
	try {
		const good = direction === 'lowest' ? hi : lo; // the end where the probability should be highest
		const pGood = P(good);
		if (Number.isNaN(pGood))
			return refusal(
				'no-target',
				`year ${req.year} has no ${req.target} target, so there is no probability to reach`,
				words.noTarget(req.year, req.target)
			);
		const what = `the chance of meeting the year-${req.year} ${req.target} target`;
		if (pGood < req.probability) {
			return refusal(
				'no-probability',
				`no value of ${req.cell} between ${lo} and ${hi} gives ${what} of ${req.probability}: even at ${good} it is ${round(pGood)} (${runs} runs, seed ${seed})`,
				words.noProbability(req.cell, lo, hi, req.year, req.target, req.probability, good, pGood, runs, seed)
			);
		}
		let pass = good,
			pPass = pGood;
		let fail = direction === 'lowest' ? lo : hi;
		const pFail = P(fail);
		if (pFail >= req.probability) return done(fail, pFail);
		// Bisection between the failing and the passing end.
		for (let k = 0; k < 100 && Math.abs(pass - fail) > (integer ? 1 : 1e-6 * (hi - lo)); k++) {
			if (opts.isCancelled?.()) return refusal('cancelled', 'cancelled', words.cancelled());
			opts.onProgress?.(k + 2, steps);
			await yieldNow();
			const mid = integer ? Math.floor((pass + fail) / 2) : (pass + fail) / 2;
			const p = P(mid);
			if (p >= req.probability) {
				pass = mid;
				pPass = p;
			} else fail = mid;
		}
		return done(pass, pPass);
	} finally {
		propagator.dispose();
	}

	function done(value: number, p: number): ProbabilitySeekResult {
		return {
			ok: true,
			cell: plan.layout.names[slot],
			value,
			probability: p,
			standardError: Math.sqrt((p * (1 - p)) / runs),
			runs,
			seed,
			trials
		};
	}
}
