/**
 * Settling a clash (the same cell changed differently here and in another tab), rebased on what is stored
 * now: "Keep mine" writes my values on top of theirs as a new revision; "Take theirs" writes mine first, so
 * it stays in History, then theirs back on top of it.
 */
import {
	cellOf,
	type CellChange,
	type CellClash,
	type Patch,
	type ScenarioRepository,
	type StoreResult
} from '../store';
import type { ScenarioDoc } from '../model/scenario';

export interface Settled {
	doc: ScenarioDoc;
	rev: number;
	/** "Take theirs": their values written back over mine, to be shown in the grid. */
	back: CellChange[] | null;
}

/** Null when the stored copy cannot be read (nothing written); a failed first write is returned as it came. */
export async function settleClash(
	repo: ScenarioRepository,
	clash: { id: string; cells: CellClash[] },
	patch: Patch,
	keep: 'theirs' | 'mine'
): Promise<StoreResult<Settled> | null> {
	const stored = await repo.get(clash.id);
	if (!stored.ok) return null;
	const r = await repo.applyPatch(clash.id, rebase(patch, new Set(clash.cells.map((x) => x.cell)), stored.value.doc));
	if (!r.ok) return r;
	if (keep === 'mine') return { ok: true, value: { doc: r.value.doc, rev: r.value.rev, back: null } };
	const back = theirsBack(clash.cells, r.value.doc, stored.value.doc, Date.now());
	const t = await repo.applyPatch(clash.id, { changes: back });
	const { doc, rev } = t.ok ? t.value : r.value;
	return { ok: true, value: { doc, rev, back } };
}

/**
 * A clash nobody answered, found in the journal on opening (store/held-clash.ts), as the write it stopped: my
 * values over the common base, with the journal rows the planner's choice deletes.
 */
export function heldPatch(held: { cells: CellClash[]; rows: number[] }, at: number): Patch {
	return { changes: held.cells.map((c) => ({ at, cell: c.cell, old: c.base, new: c.mine })), journal: held.rows };
}

/** "Keep mine": the clashing cells' starting value becomes theirs, so mine goes on top as a new revision. */
function rebase(patch: Patch, clashing: ReadonlySet<string>, stored: ScenarioDoc): Patch {
	return {
		...patch,
		changes: patch.changes.map((ch) => (clashing.has(ch.cell) ? { ...ch, old: cellOf(stored, ch.cell) ?? null } : ch))
	};
}

/** "Take theirs": their values put back over mine (which stays in History), as changes at `at`. */
function theirsBack(cells: CellClash[], mine: ScenarioDoc, theirs: ScenarioDoc, at: number): CellChange[] {
	return cells.map((x) => ({
		at,
		cell: x.cell,
		old: cellOf(mine, x.cell) ?? null,
		new: cellOf(theirs, x.cell) ?? null
	}));
}
