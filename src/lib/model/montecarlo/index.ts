/** The Monte Carlo's public surface (docs/model.md § Uncertainty; shapes in docs/monte-carlo.md). */
export {
	createMcApi,
	type McApi,
	type PlanInfo,
	type Scenario,
	type SliceRequest,
	type SliceResult,
	type Progress
} from './api';
export { goalSeek, type GoalSeekRequest, type GoalSeekResult } from './goalseek';
export { checkMetric, describeMetric, metricValue, type Metric } from './metric';
export { planInfo, preparePlan, type McPlan, type PlanResult } from './plan';
export { seekProbability, type ProbabilitySeekRequest, type ProbabilitySeekResult } from './probability-seek';
export { checkSeed } from './prng';
export { NO_PROPAGATION, type Propagator, type PropagatorFactory } from './propagator';
export { PERCENTILES, type Pct } from './quantiles';
export { checkRuns, MAX_RUNS, runMonteCarlo, type RunOptions, type RunOutcome } from './runner';
export { allocSamples, concatSamples, YEARLY_OUTPUTS, type SampleStore, type YearlyOutput } from './samples';
export { summarize, type Bands, type McConvergence, type McSummary, type McYear } from './summary';
export { tornado, type TornadoBar, type TornadoResult } from './tornado';
