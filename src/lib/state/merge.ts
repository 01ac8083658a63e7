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
 * The one three-way rule, for a cell between two tabs and for a colleague's copy merged back (merge-copy.ts):
 * a value changed on one side only is taken from that side; the same change on both sides is one change; values
 * changed differently on both sides are a conflict, which keeps mine until someone chooses.
 */
export function pick3<T>(base: T, mine: T, theirs: T, same: (a: T, b: T) => boolean = Object.is) {
	if (same(mine, theirs)) return { take: 'mine', conflict: false } as const;
	if (same(mine, base)) return { take: 'theirs', conflict: false } as const;
	if (same(theirs, base)) return { take: 'mine', conflict: false } as const;
	return { take: 'mine', conflict: true } as const;
}

/** Stands for a cell with an edit of this tab's on its way: unequal to any value, so it counts as changed here. */
const PENDING = Symbol('pending');

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
		if (s === undefined) continue;
		const here: Cell | undefined | typeof PENDING = mine.has(name) ? PENDING : shown[name];
		if (pick3<unknown>(cellOf(known, name), here, s).take === 'theirs') edits.push({ name, cell: s });
	}
	return edits;
}
