/**
 * The Compare screen's defaults and memory: the plan is the baseline unless the planner chose otherwise, and the
 * planner's last choice of scenarios and baseline comes back after a reload (ids that left the library are
 * dropped). Kept in localStorage: a preference of this browser, not part of any scenario.
 */
import type { ScenarioSummary } from '../../store';

const KEY = 'compare.choice';
/** The plan as shipped: its name in every language the file has had. */
const PLAN_NAME = /^规划原文/;

export interface Choice {
	selected: string[];
	baselineId: string | null;
}

export function recall(): Choice | null {
	try {
		const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		if (raw && Array.isArray(raw.selected) && raw.selected.every((s: unknown) => typeof s === 'string'))
			return { selected: raw.selected, baselineId: typeof raw.baselineId === 'string' ? raw.baselineId : null };
	} catch {
		/* unreadable or unavailable: the defaults */
	}
	return null;
}

export function remember(c: Choice) {
	try {
		localStorage.setItem(KEY, JSON.stringify(c));
	} catch {
		/* not remembered, still shown */
	}
}

/** The remembered choice where it still holds; else the plan first (the baseline) and the newest other scenario. */
export function defaultChoice(library: ScenarioSummary[], saved: Choice | null): Choice {
	const live = new Set(library.map((s) => s.id));
	const kept = saved?.selected.filter((id) => live.has(id)) ?? [];
	if (kept.length >= 2)
		return {
			selected: kept,
			baselineId: saved!.baselineId && live.has(saved!.baselineId) ? saved!.baselineId : kept[0]
		};
	const plan = library.filter((s) => PLAN_NAME.test(s.name)).at(-1); // the oldest copy: the one the library began with
	const others = library.filter((s) => s.id !== plan?.id);
	const selected = plan ? [plan.id, ...others.slice(0, 1).map((s) => s.id)] : library.slice(0, 2).map((s) => s.id);
	return { selected, baselineId: selected[0] ?? null };
}
