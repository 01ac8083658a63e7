import type { YearResult } from '../model/projection';
import type { ScenarioRun } from './types';

/** A figure summed over the plan's first `n` years; null when the horizon is shorter (nothing to compare). */
export function sumOfYears(run: ScenarioRun, n: number, get: (y: YearResult) => number): number | null {
	const ys = run.projection.years;
	return ys.length < n ? null : ys.slice(0, n).reduce((s, y) => s + get(y), 0);
}

/**
 * Basic subsidy, per plan year (first three), on `area(y)` 万 m² moved out of self-governance: what covering
 * those compounds costs. Approximate when covered area is also upgraded to quasi in the same scenario.
 */
export function coverSubsidy(run: ScenarioRun, area: (y: number) => number): number[] {
	const v = run.values as Record<string, number & number[]>;
	return run.projection.years.slice(0, 3).map((_, y) => area(y) * v.basic_subsidy[y] * 12 * v.subsidy_payout);
}

/** What this scenario's cover of self-governed compounds adds to each year's subsidy. */
export const coveredExtra = (run: ScenarioRun): number[] =>
	coverSubsidy(run, (y) => (run.values.self_area as number) - run.projection.years[y].area.self);
