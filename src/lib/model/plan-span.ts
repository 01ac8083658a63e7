/**
 * The plan's span and the longest horizon a scenario may have. Kept apart from scenario.ts so that the inputs
 * (which need the plan's three years) do not import the scenario type, which imports the actuals, which import
 * the projection's types, which import the inputs.
 */
export const MAX_YEARS = 10;
/** The plan's own span, three years from January 2022: what a file that leaves `start` or `years` out gets. */
export const PLAN_START = '2022-01';
export const PLAN_YEARS = 3;
/** The plan's last month: a year that starts after it is beyond the plan, and no clause of the plan states it. */
export const PLAN_END = '2024-12';
/** True for a year (its first month, YYYY-MM) after the plan's last: its figures cite "continued (assumption)". */
export const beyondPlan = (from: string): boolean => from > PLAN_END;
