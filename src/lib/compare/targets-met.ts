/** Which of the plan's targets (§三, §四(四)1) each scenario meets, year by year, counted as the KPI counts them. */
import type { Projection } from '../model/projection';
import { TARGET_KINDS, type TargetKind } from '../model/targets';

export interface TargetsMet {
	met: number;
	/** Targets set (a blank target is no target and is not counted). */
	set: number;
	byKind: Record<TargetKind, (boolean | null)[]>;
}

export function targetsMet(p: Projection): TargetsMet {
	const byKind = Object.fromEntries(
		TARGET_KINDS.map((k) => [k, p.years.map((y) => y.targets[k])])
	) as TargetsMet['byKind'];
	const all = TARGET_KINDS.flatMap((k) => byKind[k]).filter((m) => m !== null);
	return { met: all.filter(Boolean).length, set: all.length, byKind };
}
