/** Each scenario's history: one entry per save, listing the cells it changed and the whole doc after it. */
import type { IDBPObjectStore } from 'idb';
import type { ScenarioDoc, Uncertainty } from '../model/scenario';
import { notFound, ok, fail, type StoreResult } from './result';
import type { CellNote } from '../model/cell-note';
import type { CellChange, HistoryRecord, MergeRecord, WorkbenchSchema } from './schema';
import { inTx, type Ctx, type StoreName } from './tx';

type HistoryStore = IDBPObjectStore<WorkbenchSchema, StoreName[], 'history', 'readwrite'>;

/** A history entry as listed: the snapshot is left out, since a list of hundreds would carry megabytes. */
export interface HistoryEntry {
	id: number;
	scenarioId: string;
	at: number;
	rev: number;
	changes: CellChange[];
	/** Ranges (Monte Carlo) this save set, changed or removed: found by comparing its snapshot with the one before. */
	ranges?: RangeChange[];
	/** Notes (批注) this save added, changed or removed: found the same way. */
	notes?: NoteChange[];
	merge?: MergeRecord;
}

export interface NoteChange {
	cell: string;
	old: CellNote | null;
	new: CellNote | null;
}

function noteChanges(before: ScenarioDoc | undefined, after: ScenarioDoc): NoteChange[] {
	if (!before) return [];
	const a = before.notes ?? {},
		b = after.notes ?? {};
	const out: NoteChange[] = [];
	for (const cell of new Set([...Object.keys(a), ...Object.keys(b)]))
		if (JSON.stringify(a[cell] ?? null) !== JSON.stringify(b[cell] ?? null))
			out.push({ cell, old: a[cell] ?? null, new: b[cell] ?? null });
	return out;
}

export interface RangeChange {
	key: string;
	old: Uncertainty | null;
	new: Uncertainty | null;
}

function rangeChanges(before: ScenarioDoc | undefined, after: ScenarioDoc): RangeChange[] {
	if (!before) return [];
	const keys = new Set([...Object.keys(before.params), ...Object.keys(after.params)]);
	const out: RangeChange[] = [];
	for (const key of keys) {
		const a = before.params[key]?.uncertainty ?? null,
			b = after.params[key]?.uncertainty ?? null;
		if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ key, old: a, new: b });
	}
	return out;
}

/** Called inside the save's own transaction, so a scenario and its history never disagree. */
export async function addHistory(ctx: Ctx, store: HistoryStore, entry: Omit<HistoryRecord, 'id'>): Promise<void> {
	await store.add(entry);
	const index = store.index('scenarioId');
	let extra = (await index.count(entry.scenarioId)) - ctx.historyLimit;
	if (extra <= 0) return;
	// The index orders equal keys by primary key, i.e. oldest first.
	let cursor = await index.openCursor(entry.scenarioId);
	while (cursor && extra-- > 0) {
		await cursor.delete();
		cursor = await cursor.continue();
	}
}

/** Newest first. */
export async function history(ctx: Ctx, id: string, limit = Infinity): Promise<StoreResult<HistoryEntry[]>> {
	return inTx(ctx.db, ['scenarios', 'history'], 'readonly', async (tx) => {
		if (!(await tx.objectStore('scenarios').getKey(id))) return notFound(id);
		const out: HistoryEntry[] = [];
		const docs: ScenarioDoc[] = [];
		let cursor = await tx.objectStore('history').index('scenarioId').openCursor(id, 'prev');
		// One record past the limit is read for its snapshot only: the last entry's range changes need it.
		while (cursor && out.length <= limit) {
			const { scenarioId, at, rev, changes, doc, merge } = cursor.value;
			out.push({ id: cursor.primaryKey, scenarioId, at, rev, changes, ...(merge ? { merge } : {}) });
			docs.push(doc);
			cursor = await cursor.continue();
		}
		for (let i = 0; i < out.length; i++) {
			out[i].ranges = rangeChanges(docs[i + 1], docs[i]);
			out[i].notes = noteChanges(docs[i + 1], docs[i]);
		}
		return ok(out.slice(0, limit));
	});
}

/**
 * The scenario as it was right after entry `entryId`. Nothing is written: the caller saves it like any edit,
 * so restoring is one more history entry (one undoable step) and goes through the conflict check.
 */
export async function restoreFromHistory(ctx: Ctx, id: string, entryId: number): Promise<StoreResult<ScenarioDoc>> {
	return inTx(ctx.db, ['history'], 'readonly', async (tx) => {
		const entry = await tx.objectStore('history').get(entryId);
		if (!entry || entry.scenarioId !== id) {
			return fail({
				kind: 'not-found',
				message: `History entry ${entryId} of scenario "${id}" is gone (pruned, or the scenario was purged)`
			});
		}
		return ok(entry.doc);
	});
}
