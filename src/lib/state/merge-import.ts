/**
 * An imported copy merged into the library scenario it came from: the base is that scenario
 * as it was at the revision the file names (History keeps every saved revision); without lineage, or when that
 * revision is gone, the plan template — and the planner is told which. The merge itself is merge-copy.ts.
 */
import type { Lineage } from '../io/read-lineage';
import { t, type Lang } from '../i18n';
import { planScenario } from '../model/plan-scenario';
import type { ScenarioDoc } from '../model/scenario';
import type { Library } from './library.svelte';
import type { MergeResult } from './merge-copy';

export interface MergePlan {
	id: string;
	file: string;
	mine: ScenarioDoc;
	theirs: ScenarioDoc;
	/** Where the base came from, in the planner's words. */
	baseSaid: string;
	result: Extract<MergeResult, { ok: true }>;
}

/** What an export or a link says it came from: the open scenario and the revision last stored (none in memory). */
export const exportLineage = (lib: Library): Lineage | undefined =>
	lib.currentId && lib.repo ? { id: lib.currentId, rev: lib.saving.rev } : undefined;

/** The library scenario a file's lineage names, when this library has it. */
export const mergeTarget = (lib: Library, lineage?: Lineage) =>
	lineage && lib.repo ? lib.list.find((s) => s.id === lineage.id) : undefined;

export async function planMerge(
	lib: Library,
	id: string,
	theirs: ScenarioDoc,
	lineage: Lineage | undefined,
	file: string,
	L: Lang
): Promise<{ ok: true; plan: MergePlan } | { ok: false; message: string }> {
	await lib.settled();
	const repo = lib.repo;
	const stored = repo ? await repo.get(id) : null;
	if (!repo || !stored?.ok) return { ok: false, message: stored && !stored.ok ? stored.error.message : '' };
	const mine = stored.value.doc;
	let base: ScenarioDoc | null = null;
	let baseSaid = '';
	if (lineage?.id === id) {
		if (stored.value.rev === lineage.rev) base = mine;
		else {
			const h = await repo.history(id);
			const entry = h.ok ? h.value.find((e) => e.rev === lineage.rev) : undefined;
			const doc = entry ? await repo.restoreFromHistory(id, entry.id) : null;
			if (doc?.ok) base = doc.value;
		}
		if (base) baseSaid = t(L, 'share.baseRevision', { name: mine.name, rev: lineage.rev });
	}
	if (!base) {
		base = planScenario(mine.years, mine.start);
		const why = lineage ? t(L, 'share.revGone', { rev: lineage.rev }) : t(L, 'share.noLineage');
		baseSaid = t(L, 'share.baseTemplate', { why });
	}
	// The three-way merge loads with the first file that asks for it, not with the workbench's first screen.
	const { mergeCopies } = await import('./merge-copy');
	const result = mergeCopies(base, mine, theirs);
	if (!result.ok)
		return { ok: false, message: t(L, 'share.horizons', { mine: result.mineYears, theirs: result.theirYears }) };
	return { ok: true, plan: { id, file, mine, theirs, baseSaid, result } };
}
