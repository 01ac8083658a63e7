/**
 * Which assumption matters in which year: for a yearly output and a year, each uncertain parameter's share of
 * the output's variance, estimated as its squared Spearman rank correlation with the output, normalised so the
 * shares add to 1 (Crystal Ball's "contribution to variance"). Rank-based, so a monotone but non-linear effect
 * counts fully; cheap (one rank sort per column), unlike a first-order Sobol index, which needs extra runs per
 * parameter. Shares describe association in this run: with correlated parameters, a parameter that merely moves
 * with an influential one also gets a share.
 */
import { ranks } from './correlation';
import type { DrawShape } from './plan';
import { NY, OUT, YEARLY_OUTPUTS, type SampleStore, type YearlyOutput } from './samples';

export const SENSITIVITY_METHOD = 'squared Spearman rank correlation, normalised to sum to 1';

export interface Sensitivity {
	method: string;
	/** The uncertain parameters, in the order of `shares`. */
	keys: string[];
	/** Per plan year, per output: one share per key (0 … 1, summing to 1; all 0 when the output does not vary). */
	years: { year: number; shares: Partial<Record<YearlyOutput, number[]>> }[];
}

/** Spearman's ρ of two rank vectors (each a permutation of 0 … n−1). */
function rankCorrelation(a: Uint32Array, b: Uint32Array): number {
	const n = a.length;
	if (n < 2) return 0;
	const m = (n - 1) / 2;
	let s = 0;
	for (let i = 0; i < n; i++) s += (a[i] - m) * (b[i] - m);
	return s / ((n * (n * n - 1)) / 12);
}

/** Ranks of a column, with ties (a constant output) detected: null when the column does not vary. */
function varyingRanks(x: Float64Array): Uint32Array | null {
	let lo = Infinity,
		hi = -Infinity;
	for (let i = 0; i < x.length; i++) {
		if (x[i] < lo) lo = x[i];
		if (x[i] > hi) hi = x[i];
	}
	return hi > lo ? ranks(x) : null;
}

export function sensitivity(
	plan: DrawShape,
	s: SampleStore,
	outputs: readonly YearlyOutput[] = YEARLY_OUTPUTS
): Sensitivity {
	const { n, drawCols: C } = s;
	const drawRanks = plan.columns.map((_, c) => {
		const col = new Float64Array(n);
		for (let i = 0; i < n; i++) col[i] = s.draws[i * C + c];
		return varyingRanks(col);
	});
	const keys = plan.vars.map((v) => v.key);
	const col = new Float64Array(n);
	const years: Sensitivity['years'] = [];
	for (let y = 0; y < s.years; y++) {
		const shares: Sensitivity['years'][number]['shares'] = {};
		for (const out of outputs) {
			for (let i = 0; i < n; i++) col[i] = s.yearly[(i * s.years + y) * NY + OUT[out]];
			const r = varyingRanks(col);
			const raw = keys.map(() => 0);
			if (r)
				plan.columns.forEach((c, k) => {
					const d = drawRanks[k];
					if (d) raw[c.var] += rankCorrelation(d, r) ** 2;
				});
			const total = raw.reduce((a, b) => a + b, 0);
			shares[out] = raw.map((x) => (total > 0 ? x / total : 0));
		}
		years.push({ year: y + 1, shares });
	}
	return { method: SENSITIVITY_METHOD, keys, years };
}
