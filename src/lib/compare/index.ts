/** Comparing scenarios and checking the plan's arithmetic: pure functions over projections, no DOM. */
export { compareTable, type CompareCell, type CompareRow, type CompareTable } from './table';
export { delta, type Delta } from './delta';
export {
	diffAssumptions,
	type AssumptionDiff,
	type CellChange,
	type ParamChange,
	type SectionChange
} from './assumption-diff';
export { METRICS, METRIC, GROUP_LABEL, type Metric, type MetricGroup, type MetricKind } from './metrics';
export { planCheck, type Finding, type FindingStatus } from './plan-check';
export { targetsMet, type TargetsMet } from './targets-met';
export { fmtDelta, fmtValue } from './format';
export { cite, citationText, atPlanValue, type Citation } from './cite';
export type { ScenarioRun, Bilingual } from './types';
