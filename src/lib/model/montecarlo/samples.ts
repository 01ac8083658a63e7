/**
 * The raw samples of a run: one row per iteration, in iteration order, as plain typed arrays so that a worker
 * can transfer them (Comlink.transfer) and the client can concatenate slices. Percentiles need the raw
 * samples; at ~1.1 kB an iteration (3 years), 100,000 iterations hold ~110 MB, 10,000 ~11 MB.
 */
import { TIERS } from '../catalogue';
import { TARGET_KINDS } from '../targets';

/** Yearly outputs kept per iteration (the names of docs/model.md; money in 万元, rates as fractions). */
export const YEARLY_OUTPUTS = [
	'outlay',
	'subsidy',
	'rewardFund',
	'waiverCompensation',
	'adequacy',
	'committeeRate',
	'standardRate',
	'coverage',
	'satisfaction',
	...TIERS.map((t) => `firmIncome_${t}` as const),
	...TIERS.map((t) => `firmCost_${t}` as const)
] as const;
export type YearlyOutput = (typeof YEARLY_OUTPUTS)[number];
/**
 * Kept per iteration but not summarised (no percentiles in the CLI or on screen): what output names
 * (outputs.ts) such as `y2.subsidy.basic` or `y3.committees` read in a Monte Carlo.
 */
export const EXTRA_OUTPUTS = [...TIERS.map((t) => `subsidy_${t}` as const), 'committees', 'standard'] as const;
export type StoredOutput = YearlyOutput | (typeof EXTRA_OUTPUTS)[number];
/** Numbers per iteration and year in `yearly`: the summarised outputs, then the extras. */
export const NY = YEARLY_OUTPUTS.length + EXTRA_OUTPUTS.length;
export const OUT: Record<StoredOutput, number> = Object.fromEntries(
	[...YEARLY_OUTPUTS, ...EXTRA_OUTPUTS].map((k, i) => [k, i])
) as Record<StoredOutput, number>;

/** Target codes in `met`: the target was missed, met, or there is none that year. */
export const MISSED = 0,
	MET = 1,
	NO_TARGET = 2;
export const NK = TARGET_KINDS.length;

export interface SampleStore {
	/** Iterations held (a slice of the run when it comes from one worker). */
	n: number;
	years: number;
	/** n × years × NY, row-major: [i][y][output]. */
	yearly: Float64Array;
	/** n × 12·years: district outlay per month (万元). */
	monthOutlay: Float64Array;
	/** n × 12·years: overall satisfaction after each month's update. */
	monthSatisfaction: Float64Array;
	/** n × years × NK target codes (MISSED / MET / NO_TARGET), kinds in TARGET_KINDS order. */
	met: Uint8Array;
	/** Iterations in which a propagated formula gave an error and kept its deterministic value. */
	formulaErrors: number;
	/** Quantiles per draw column (plan.columns) and iteration. */
	drawCols: number;
	/** n × drawCols: the quantile u each column drew (the rank correlations and sensitivities are computed on these). */
	draws: Float64Array;
}

export function allocSamples(n: number, years: number, drawCols = 0): SampleStore {
	return {
		drawCols,
		draws: new Float64Array(n * drawCols),
		n,
		years,
		yearly: new Float64Array(n * years * NY),
		monthOutlay: new Float64Array(n * 12 * years),
		monthSatisfaction: new Float64Array(n * 12 * years),
		met: new Uint8Array(n * years * NK),
		formulaErrors: 0
	};
}

/** Slices in iteration order → one store (what the client does with the workers' parts). */
export function concatSamples(parts: SampleStore[]): SampleStore {
	const years = parts[0].years;
	const out = allocSamples(
		parts.reduce((s, p) => s + p.n, 0),
		years,
		parts[0].drawCols
	);
	let i = 0;
	for (const p of parts) {
		out.yearly.set(p.yearly, i * years * NY);
		out.monthOutlay.set(p.monthOutlay, i * 12 * years);
		out.monthSatisfaction.set(p.monthSatisfaction, i * 12 * years);
		out.met.set(p.met, i * years * NK);
		out.draws.set(p.draws, i * out.drawCols);
		out.formulaErrors += p.formulaErrors;
		i += p.n;
	}
	return out;
}

/** The typed arrays of a store, for Comlink.transfer. */
export function transferables(s: SampleStore): ArrayBuffer[] {
	return [
		s.yearly.buffer,
		s.monthOutlay.buffer,
		s.monthSatisfaction.buffer,
		s.met.buffer,
		s.draws.buffer
	] as ArrayBuffer[];
}
