/**
 * Each street's monthly cash need under uncertainty: every Monte Carlo draw (the same seeded draws as the
 * Uncertainty view, montecarlo/sampler.ts) is run through the fund-use rule, and each street's P50 and P90 —
 * and the district's — are taken over the runs. A P90 is never a sum of P90s: quantiles do not add up, and the
 * streets' bad months need not coincide (docs/model.md § 分月用款计划).
 */
import { toModelInputs, type ParamValues } from '../inputs';
import type { CellLayout } from '../montecarlo/cells';
import type { McPlan } from '../montecarlo/plan';
import { allocSamples } from '../montecarlo/samples';
import { Sampler } from '../montecarlo/sampler';
import { originSeries } from './origins';
import type { StreetShares } from './shares';

export interface Band {
	p50: Float64Array;
	p90: Float64Array;
}

export interface StreetBands {
	/** Per street (StreetShares order), per month: subsidy + waiver compensation (万元). */
	streets: Band[];
	/** The district's subsidy + waiver compensation + reward fund, its quantiles taken on the runs. */
	district: Band;
	runs: number;
}

/**
 * Per run, the subsidy + waiver compensation of each origin tier and the reward fund are kept ([origin][month]
 * × runs: 5 × 36 × N doubles, whatever the number of streets); each street's column of N needs is then built
 * month by month from its shares and its quantiles taken. `rewardShare` gives streets their reward fund.
 */
export function streetBands(
	plan: McPlan,
	shares: StreetShares,
	opts: { runs: number; seed: number; lhs?: boolean; rewardShare?: number[] }
): StreetBands {
	const { runs } = opts;
	const Y = plan.layout.years;
	const M = 12 * Y;
	const K = shares.streets.length;
	const byOrigin = Array.from({ length: 4 * M }, () => new Float64Array(runs));
	const reward = Array.from({ length: M }, () => new Float64Array(runs));
	const sampler = new Sampler(plan, opts.seed, runs, opts.lhs ?? false);
	const store = allocSamples(1, Y);
	for (let i = 0; i < runs; i++) {
		sampler.iterate(i, store, 0);
		const inp = toModelInputs(valuesOf(plan.layout, sampler.v), Y);
		const o = originSeries(inp);
		for (let m = 0; m < M; m++) {
			reward[m][i] = m % 12 === 0 ? inp.rewardFund[m / 12] : 0;
			for (let t = 0; t < 4; t++) byOrigin[t * M + m][i] = o.subsidy[t][m] + o.waiverCompensation[t][m];
		}
	}
	const col = new Float64Array(runs);
	/** Street k's (with k = -1, the district's) need in each month over the runs, then its quantiles. */
	const band = (k: number): Band => {
		const out = { p50: new Float64Array(M), p90: new Float64Array(M) };
		for (let m = 0; m < M; m++) {
			for (let i = 0; i < runs; i++) {
				let x = (k < 0 ? 1 : (opts.rewardShare?.[k] ?? 0)) * reward[m][i];
				for (let t = 0; t < 4; t++) x += (k < 0 ? 1 : shares.share[k][t]) * byOrigin[t * M + m][i];
				col[i] = x;
			}
			out.p50[m] = quantile(col, 0.5);
			out.p90[m] = quantile(col, 0.9);
		}
		return out;
	};
	return {
		streets: Array.from({ length: K }, (_, k) => band(k)),
		district: band(-1),
		runs
	};
}

/** The sampler's cell vector back to catalogue values (NaN is a blank target). */
export function valuesOf(layout: CellLayout, v: Float64Array): ParamValues {
	const out: ParamValues = {};
	for (let i = 0; i < layout.size; i++) {
		const def = layout.defs[i];
		const x = Number.isNaN(v[i]) ? null : v[i];
		if (def.shape === 'scalar') out[def.key] = x as number;
		else ((out[def.key] ??= []) as (number | null)[])[layout.years0[i]] = x;
	}
	return out;
}

/** Linear interpolation between order statistics (R's type 7, the spreadsheet's PERCENTILE.INC). Sorts `a`. */
export function quantile(a: Float64Array, p: number): number {
	a.sort();
	const h = (a.length - 1) * p;
	const lo = Math.floor(h);
	return lo + 1 < a.length ? a[lo] + (h - lo) * (a[lo + 1] - a[lo]) : a[lo];
}
