/**
 * Before a register's start state is applied: how far it moves the compounds and area, and
 * the horizon's outlay before and after, both worked out from the same evaluated cells so the two agree.
 */
import { runProjection } from '../../model/run';
import { asksFirst, startShift, valuesWith, type StartShift } from '../../model/guard/start-shift';
import type { Workbench } from '../../state/workbench.svelte';

export interface RegisterAsk {
	shift: StartShift;
	/** Null when a cell has no value (an error), so no outlay can be given. */
	outlay: { before: number; after: number } | null;
}

/** What to ask before applying `next` (start-state values by key), or null when it may go straight in. */
export function registerAsk(wb: Workbench, next: Record<string, number>): RegisterAsk | null {
	const shift = startShift((k) => wb.values[k] ?? 0, next);
	if (!asksFirst(shift) || !wb.doc) return null;
	const { years, start } = wb.doc;
	const was = valuesWith(wb.values, years, {});
	const now = valuesWith(wb.values, years, next);
	const outlay =
		was && now
			? {
					before: runProjection(was, years, start).totals.outlay,
					after: runProjection(now, years, start).totals.outlay
				}
			: null;
	return { shift, outlay };
}
