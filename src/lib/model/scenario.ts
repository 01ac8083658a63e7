/**
 * A scenario as the planner edits it: cells that may hold formulas, not yet evaluated. This is what the grid
 * shows, IndexedDB stores and scenario files carry; `ParamValues` (inputs.ts) is what it evaluates to.
 */
import type { Actuals } from './actuals';
import type { Notes } from './cell-note';
import type { ParamValues } from './inputs';

/** A number, a blank (`null`, where the catalogue allows it) or a formula string starting with `=`. */
export type Cell = number | null | string;

export const DISTRIBUTIONS = ['triangular', 'uniform', 'pert', 'normal'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** docs/model.md § Uncertainty: one quantile per iteration, applied to every year of the parameter. */
export interface Uncertainty {
	dist: Distribution;
	/** One bound, or one per plan year. */
	low?: number | number[];
	high?: number | number[];
	sd?: number;
	/**
	 * How the range applies across plan years: "same" (one draw for every year, the default), "independent"
	 * (a draw per year) or a number ρ, −1 … 1 (a draw per year, rank-correlated ρ between consecutive years).
	 */
	years?: YearsRule;
}

export type YearsRule = 'same' | 'independent' | number;

/** Spearman rank correlation ρ (−1 … 1) between the draws of two parameters that carry ranges. */
export interface Correlation {
	a: string;
	b: string;
	rho: number;
}

export interface ParamEntry {
	/** One cell for a scalar parameter, one per plan year otherwise. */
	cells: Cell[];
	note?: string;
	uncertainty?: Uncertainty;
}

export interface ScenarioDoc {
	name: string;
	description: string;
	start: string; // YYYY-MM
	years: number;
	/** Every catalogue parameter, keyed by catalogue key. */
	params: Record<string, ParamEntry>;
	/** Only present when the file has it: an old file reads back exactly as it was written. */
	correlations?: Correlation[];
	/** What actually happened, per plan year (model/actuals.ts); absent in files without a review. */
	actuals?: Actuals;
	/** A next plan's parent (model/next-plan.ts): absent in every other scenario, and not written to files. */
	follows?: Follows;
	/** Notes (批注) on cells, keyed by cell name (model/cell-note.ts); absent in files without any. */
	notes?: Notes;
}

/** The parent's last year's figures: where the bridge to the next plan's first year starts. */
export interface LastYear {
	/** The parent's last year, as its first month (YYYY-MM). */
	from: string;
	outlay: number;
	committeeRate: number;
	standardRate: number;
	satisfaction: number;
	coverage: number;
}

/** What a next plan follows: its parent, where its start state came from, and the parent carried on. */
export interface Follows {
	parent: string;
	/** The parent's last month (YYYY-MM). */
	end: string;
	/** The start state: the model's end state, or the re-forecast's (actuals known). */
	from: 'model' | 'reforecast';
	/** The parent's last year carried on over the next plan's years (an assumption): the cards' baseline. */
	continuation: ParamValues;
	last: LastYear;
}

export const FORMAT = 'property-plan-scenario';
export const VERSION = 1;
export { MAX_YEARS, PLAN_START, PLAN_YEARS } from './plan-span';
