/**
 * The plan check: every figure the plan states (§二, §三, §四(四)1, §七) beside the model's recomputation from a
 * scenario, each difference classified and explained in words. Order: money, areas, targets.
 */
import type { Finding } from './finding';
import { areaFindings, rewardFinding, subsidyFindings } from './plan-check-money';
import { coverageFinding, targetFindings } from './plan-check-targets';
import type { ScenarioRun } from './types';

export function planCheck(run: ScenarioRun): Finding[] {
	return [
		...subsidyFindings(run),
		rewardFinding(run),
		...areaFindings(run),
		...targetFindings(run),
		coverageFinding(run)
	];
}

export type { Finding, FindingStatus } from './finding';
