/**
 * Durable edits. An accepted edit is written to `journal` at once, in its own small transaction, before the
 * engine has recomputed; `applyPatch` later writes the scenario (cell-level merge against what is stored),
 * its history entry and the deletion of the journal rows it covers in one transaction; `recover` replays rows
 * a page left behind (reload, closed tab, killed browser) when the scenario is opened.
 */
import { parseName, type CellRef } from '../model/cell-names';
import type { Cell, Correlation, ScenarioDoc, Uncertainty } from '../model/scenario';
import { diffDocs } from './diff';
import { heldClash } from './held-clash';
import { addHistory } from './history';
import { fail, notFound, ok, type CellClash, type StoreResult } from './result';
import type { CellChange, JournalCell, JournalRecord, ScenarioRecord } from './schema';
import { inTx, type Ctx } from './tx';

/**
 * Commits explicitly right after the one request: the browser need not first report the request's success to
 * this (busy, just-edited) page and wait for it to go idle before committing, which took tens of milliseconds.
 */
export async function addJournal(ctx: Ctx, record: Omit<JournalRecord, 'id'>): Promise<StoreResult<number>> {
	return inTx(ctx.db, ['journal'], 'readwrite', async (tx) => {
		const key = tx.objectStore('journal').add(record);
		tx.commit?.();
		return ok(await key);
	});
}

/** Rows still waiting for a full save, oldest first. */
export async function pendingJournal(ctx: Ctx, id: string): Promise<StoreResult<JournalRecord[]>> {
	return inTx(ctx.db, ['journal'], 'readonly', async (tx) =>
		ok(await tx.objectStore('journal').index('scenarioId').getAll(id))
	);
}

/** Where a grid name (`basic_subsidy_y2`, `basic_area`) lives in a doc; null for a name the doc lacks. */
export function cellRef(doc: ScenarioDoc, name: string): CellRef | null {
	const ref = parseName(name, doc.years);
	return ref && doc.params[ref.key] ? ref : null;
}

export function cellOf(doc: ScenarioDoc, name: string): Cell | undefined {
	const ref = cellRef(doc, name);
	return ref ? (doc.params[ref.key].cells[ref.y] ?? null) : undefined;
}

/** A copy of `doc` with cells and ranges set; names the doc does not have are skipped. */
export function withEdits(
	doc: ScenarioDoc,
	cells: JournalCell[],
	ranges: { key: string; value: Uncertainty | null }[] = [],
	correlations?: Correlation[]
): ScenarioDoc {
	const next = structuredClone(doc);
	for (const { name, cell } of cells) {
		const ref = cellRef(next, name);
		if (ref) next.params[ref.key].cells[ref.y] = cell;
	}
	for (const { key, value } of ranges) {
		if (!next.params[key]) continue;
		if (value) next.params[key].uncertainty = value;
		else delete next.params[key].uncertainty;
	}
	// The whole list, as the Uncertainty tab set it; [] removes the field (a file without it reads as before).
	if (correlations?.length) next.correlations = correlations;
	else if (correlations) delete next.correlations;
	return next;
}

/** One change per cell: the first `old`, the last `new` (a cell typed twice before a save). */
export function collapse(changes: CellChange[]): CellChange[] {
	const by = new Map<string, CellChange>();
	for (const c of changes) {
		const seen = by.get(c.cell);
		by.set(c.cell, seen ? { ...c, old: seen.old } : c);
	}
	return [...by.values()];
}

/** Applies every journal row left for `id` over the stored scenario, as one saved revision with history. */
export interface Recovered {
	record: ScenarioRecord;
	replayed: number;
	/** Rows held by a clash nobody answered (held-clash.ts): kept, and shown as the clash again. */
	clash: { cells: CellClash[]; rows: number[] } | null;
}

export async function recover(ctx: Ctx, id: string): Promise<StoreResult<Recovered>> {
	return inTx(ctx.db, ['scenarios', 'history', 'journal'], 'readwrite', async (tx) => {
		const stored = await tx.objectStore('scenarios').get(id);
		if (!stored) return notFound(id);
		const journal = tx.objectStore('journal');
		const all = await journal.index('scenarioId').getAll(id);
		const held = all.filter((r) => r.clash?.length);
		const rows = all.filter((r) => !r.clash?.length);
		const cells = heldClash(held, (c) => cellOf(stored.doc, c) ?? null);
		// Held rows whose cells now agree with what is stored clash no more: they go like replayed rows.
		if (!cells.length) rows.push(...held);
		const clash = cells.length ? { cells, rows: held.map((r) => r.id!) } : null;
		if (!rows.length) return ok({ record: stored, replayed: 0, clash });
		let doc = stored.doc;
		for (const r of rows) doc = withEdits(r.doc ?? doc, r.cells, r.uncertainty ? [r.uncertainty] : [], r.correlations);
		const at = ctx.now();
		const changes = diffDocs(stored.doc, doc, at);
		let record = stored;
		if (JSON.stringify(doc) !== JSON.stringify(stored.doc)) {
			record = { ...stored, doc, rev: stored.rev + 1, updatedAt: at };
			await tx.objectStore('scenarios').put(record);
			await addHistory(ctx, tx.objectStore('history'), { scenarioId: id, at, rev: record.rev, changes, doc });
		}
		for (const r of rows) await journal.delete(r.id!);
		return ok({ record, replayed: rows.length, clash });
	});
}

/** What one tab writes: its cell changes (`old` is the value it started from), ranges, a new name. */
export interface Patch {
	changes: CellChange[];
	ranges?: { key: string; value: Uncertainty | null }[];
	/** The scenario's correlations as last set ([] removes them); absent when this write does not change them. */
	correlations?: Correlation[];
	name?: string;
	/** Journal rows this write makes redundant: deleted in the same transaction. */
	journal?: number[];
}

export interface Patched {
	id: string;
	rev: number;
	updatedAt: number;
	/** The scenario as stored now: this tab's changes on top of whatever other tabs wrote. */
	doc: ScenarioDoc;
}

/**
 * A cell-level three-way merge in one transaction: a change whose cell still holds the value this tab started
 * from (or already the new one) is applied; a cell another tab changed to something else is a clash, and then
 * nothing at all is written (the journal rows stay, so the edit is still safe).
 */
export async function applyPatch(ctx: Ctx, id: string, patch: Patch): Promise<StoreResult<Patched>> {
	return inTx(ctx.db, ['scenarios', 'history', 'journal'], 'readwrite', async (tx) => {
		const stored = await tx.objectStore('scenarios').get(id);
		if (!stored) return notFound(id);
		const name = stored.doc.name;
		if (stored.deletedAt !== null) {
			return fail({
				kind: 'conflict',
				message: `"${name}" was moved to the bin (in another tab?): restore it to keep editing.`,
				stored
			});
		}
		const changes = collapse(patch.changes);
		const clashes: CellClash[] = [];
		const effective: CellChange[] = [];
		for (const c of changes) {
			const cur = cellOf(stored.doc, c.cell);
			if (cur === undefined || cur === c.new) continue;
			if (cur === c.old) effective.push(c);
			else clashes.push({ cell: c.cell, base: c.old, mine: c.new, theirs: cur });
		}
		if (clashes.length) {
			const message = `"${name}" was changed in another tab in ${clashes.map((c) => c.cell).join(', ')}: choose which value to keep.`;
			return fail({ kind: 'clash', message, stored, cells: clashes });
		}
		let doc = withEdits(
			stored.doc,
			effective.map((c) => ({ name: c.cell, cell: c.new })),
			patch.ranges,
			patch.correlations
		);
		if (patch.name !== undefined) doc = { ...doc, name: patch.name };
		const journal = tx.objectStore('journal');
		for (const key of patch.journal ?? []) await journal.delete(key);
		if (JSON.stringify(doc) === JSON.stringify(stored.doc)) {
			return ok({ id, rev: stored.rev, updatedAt: stored.updatedAt, doc: stored.doc });
		}
		const at = ctx.now();
		const next: ScenarioRecord = { ...stored, doc, rev: stored.rev + 1, updatedAt: at };
		await tx.objectStore('scenarios').put(next);
		if (effective.length) {
			await addHistory(ctx, tx.objectStore('history'), {
				scenarioId: id,
				at,
				rev: next.rev,
				changes: effective.map((c) => ({ ...c, at })),
				doc
			});
		}
		return ok({ id, rev: next.rev, updatedAt: at, doc });
	});
}
