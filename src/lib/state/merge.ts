/**
 * The pure steps of saving against what other tabs stored: writes held back merged into the next one, and
 * which of another tab's stored cells to show here.
 */
import { cellOf, type Patch } from '../store';
import type { Cell, ScenarioDoc } from '../model/scenario';
import { allCells } from '../sheet/layout';

/** Writes the browser refused (oldest first) and the new one as one patch: the newest name and correlations win. */
export function mergeHeld(held: Patch[], patch: Patch): Patch {
	return {
		changes: [...held.flatMap((p) => p.changes), ...patch.changes],
		ranges: [...held.flatMap((p) => p.ranges ?? []), ...(patch.ranges ?? [])],
		name: patch.name ?? held.findLast((p) => p.name !== undefined)?.name,
		correlations: patch.correlations ?? held.findLast((p) => p.correlations)?.correlations,
		journal: [...held.flatMap((p) => p.journal ?? []), ...(patch.journal ?? [])]
	};
}

/**
 * Cells another tab stored (`stored` differs from `known`, the copy this tab last saw) that this tab shows
 * unchanged and has nothing of its own pending for (`mine`).
 */
export function remoteEdits(
	stored: ScenarioDoc,
	known: ScenarioDoc,
	shown: Record<string, Cell>,
	mine: ReadonlySet<string>
): { name: string; cell: Cell }[] {
	const edits: { name: string; cell: Cell }[] = [];
	for (const { name } of allCells(stored.years)) {
		const s = cellOf(stored, name);
		const k = cellOf(known, name);
		if (s === undefined || s === k || mine.has(name) || shown[name] !== k) continue;
		if (shown[name] !== s) edits.push({ name, cell: s });
	}
	return edits;
}
