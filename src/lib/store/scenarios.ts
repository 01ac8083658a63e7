/** Create, read and change scenarios. Every change bumps `rev`, which is how tabs notice each other. */
import type { ScenarioDoc } from '../model/scenario';
import { addHistory } from './history';
import { fail, notFound, ok, type StoreResult } from './result';
import type { CellChange, MergeRecord, ScenarioRecord } from './schema';
import { inTx, type Ctx } from './tx';

/** What the library list shows. */
export interface ScenarioSummary {
	id: string;
	name: string;
	description: string;
	rev: number;
	updatedAt: number;
	deletedAt: number | null;
}

/** The outcome of a write: the caller keeps `rev` to pass as `expectedRev` next time. */
export interface Saved {
	id: string;
	rev: number;
	updatedAt: number;
}

export const summary = (r: ScenarioRecord): ScenarioSummary => ({
	id: r.id,
	name: r.doc.name,
	description: r.doc.description,
	rev: r.rev,
	updatedAt: r.updatedAt,
	deletedAt: r.deletedAt
});

/** Live scenarios, most recently changed first. */
export async function list(ctx: Ctx): Promise<StoreResult<ScenarioSummary[]>> {
	return inTx(ctx.db, ['scenarios'], 'readonly', async (tx) => {
		const all = await tx.objectStore('scenarios').index('updatedAt').getAll();
		return ok(
			all
				.reverse()
				.filter((r) => r.deletedAt === null)
				.map(summary)
		);
	});
}

/** Includes scenarios in the bin (their `deletedAt` is set). */
export async function get(ctx: Ctx, id: string): Promise<StoreResult<ScenarioRecord>> {
	return inTx(ctx.db, ['scenarios'], 'readonly', async (tx) => {
		const r = await tx.objectStore('scenarios').get(id);
		return r ? ok(r) : notFound(id);
	});
}

/** A new scenario, with a first history entry so that its starting state can be restored. */
export async function create(ctx: Ctx, doc: ScenarioDoc): Promise<StoreResult<Saved>> {
	return inTx(ctx.db, ['scenarios', 'history'], 'readwrite', async (tx) => {
		const at = ctx.now();
		const record: ScenarioRecord = { id: ctx.newId(), doc, rev: 1, createdAt: at, updatedAt: at, deletedAt: null };
		await tx.objectStore('scenarios').add(record);
		await addHistory(ctx, tx.objectStore('history'), { scenarioId: record.id, at, rev: 1, changes: [], doc });
		return ok({ id: record.id, rev: 1, updatedAt: at });
	});
}

/** A copy under a new name, with its compound register and fund-use inputs; its history starts afresh. */
export async function duplicate(ctx: Ctx, id: string, newName: string): Promise<StoreResult<Saved>> {
	return inTx(ctx.db, ['scenarios', 'history', 'registers', 'fundUse'], 'readwrite', async (tx) => {
		const source = await tx.objectStore('scenarios').get(id);
		if (!source) return notFound(id);
		const at = ctx.now();
		const doc = { ...source.doc, name: newName };
		const record: ScenarioRecord = { id: ctx.newId(), doc, rev: 1, createdAt: at, updatedAt: at, deletedAt: null };
		await tx.objectStore('scenarios').add(record);
		await addHistory(ctx, tx.objectStore('history'), { scenarioId: record.id, at, rev: 1, changes: [], doc });
		const register = await tx.objectStore('registers').get(id);
		if (register !== undefined) await tx.objectStore('registers').put(register, record.id);
		const fundUse = await tx.objectStore('fundUse').get(id);
		if (fundUse !== undefined) await tx.objectStore('fundUse').put(fundUse, record.id);
		return ok({ id: record.id, rev: 1, updatedAt: at });
	});
}

export interface MutateOptions {
	/** The rev this tab last read; a different stored rev means another tab wrote since: a conflict. */
	expectedRev?: number;
	/** Only restoring from the bin touches a deleted scenario. */
	allowDeleted?: boolean;
	/** Cell changes to record, in the same transaction as the write. */
	changes?: CellChange[];
	/** Journal rows this write makes redundant: deleted in the same transaction (never one without the other). */
	journal?: number[];
	/** A History entry even without cell changes: a note (批注) changed, or a merge (named in `merge`). */
	record?: boolean;
	merge?: MergeRecord;
}

/** Read, check, write and record history in one transaction: a compare-and-swap across tabs. */
export async function mutate(
	ctx: Ctx,
	id: string,
	options: MutateOptions,
	change: (r: ScenarioRecord, at: number) => ScenarioRecord
): Promise<StoreResult<Saved>> {
	const stores = options.journal?.length
		? (['scenarios', 'history', 'journal'] as const)
		: (['scenarios', 'history'] as const);
	return inTx(ctx.db, [...stores], 'readwrite', async (tx) => {
		const stored = await tx.objectStore('scenarios').get(id);
		if (!stored) return notFound(id);
		const name = stored.doc.name;
		if (stored.deletedAt !== null && !options.allowDeleted) {
			return fail({
				kind: 'conflict',
				message: `"${name}" was moved to the bin (in another tab?): restore it to keep editing.`,
				stored
			});
		}
		if (options.expectedRev !== undefined && options.expectedRev !== stored.rev) {
			const message = `"${name}" was changed in another tab (revision ${stored.rev}; this tab has ${options.expectedRev}), so this change was not saved. Load theirs, or save yours over it.`;
			return fail({ kind: 'conflict', message, stored });
		}
		const at = ctx.now();
		const next = { ...change(stored, at), id, rev: stored.rev + 1, updatedAt: at };
		await tx.objectStore('scenarios').put(next);
		if (options.changes?.length || options.record || options.merge) {
			await addHistory(ctx, tx.objectStore('history'), {
				scenarioId: id,
				at,
				rev: next.rev,
				changes: options.changes ?? [],
				doc: next.doc,
				...(options.merge ? { merge: options.merge } : {})
			});
		}
		for (const key of options.journal ?? []) await tx.objectStore('journal').delete(key);
		return ok({ id, rev: next.rev, updatedAt: at });
	});
}

export const save = (
	ctx: Ctx,
	id: string,
	doc: ScenarioDoc,
	changes: CellChange[] = [],
	expectedRev?: number,
	journal?: number[],
	extra: Pick<MutateOptions, 'record' | 'merge'> = {}
) => mutate(ctx, id, { changes, expectedRev, journal, ...extra }, (r) => ({ ...r, doc }));

export const rename = (ctx: Ctx, id: string, name: string, expectedRev?: number) =>
	mutate(ctx, id, { expectedRev }, (r) => ({ ...r, doc: { ...r.doc, name } }));
