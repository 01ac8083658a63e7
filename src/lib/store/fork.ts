/**
 * The protected plan's working copy, made by the first edit to the plan. The copy, its
 * first history entry (the plan as it was), the edit's journal row and "open the copy next time" go in one
 * transaction: there is no moment when the edit lives only in memory, and a reload opens the copy with the
 * edit replayed, exactly like any other edit. Every request leaves before the explicit commit (no await in
 * between), so a busy page cannot hold the commit back.
 */
import type { ScenarioDoc } from '../model/scenario';
import { ok, type StoreResult } from './result';
import type { JournalRecord, ScenarioRecord } from './schema';
import { inTx, type Ctx } from './tx';

export interface ForkCopy {
	id: string;
	doc: ScenarioDoc;
}

/** An edit as journaled, without the scenario it belongs to (the copy's). */
export type ForkEdit = Omit<JournalRecord, 'id' | 'scenarioId'>;

/** Resolves to the edit's journal key (null when the copy was made without one: a whole-doc change). */
export async function forkWithEdit(
	ctx: Ctx,
	copy: ForkCopy,
	edit: ForkEdit | null
): Promise<StoreResult<number | null>> {
	return inTx(ctx.db, ['scenarios', 'history', 'journal', 'meta'], 'readwrite', async (tx) => {
		const at = ctx.now();
		const record: ScenarioRecord = {
			id: copy.id,
			doc: copy.doc,
			rev: 1,
			createdAt: at,
			updatedAt: at,
			deletedAt: null
		};
		const added = tx.objectStore('scenarios').add(record);
		const first = tx.objectStore('history').add({ scenarioId: copy.id, at, rev: 1, changes: [], doc: copy.doc });
		const key = edit ? tx.objectStore('journal').add({ ...edit, scenarioId: copy.id }) : null;
		const next = tx.objectStore('meta').put(copy.id, 'lastOpenedId');
		tx.commit?.();
		await Promise.all([added, first, next]);
		return ok(key ? await key : null);
	});
}
