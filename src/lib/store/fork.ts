/**
 * The protected plan's working copy, made by the first edit to the plan. The copy, its
 * first history entry (the plan as it was), the edit's journal row and "open the copy next time" go in one
 * transaction: there is no moment when the edit lives only in memory, and a reload opens the copy with the
 * edit replayed, exactly like any other edit. Every request leaves before the explicit commit (no await in
 * between, once the reads are done), so a busy page cannot hold the commit back.
 *
 * Two tabs showing the plan may both take a first edit before either hears of the other's copy. So a copy's
 * id is not random: it is "<plan id>~<n>", n one more than the copies this tab saw when it opened the plan
 * (`seen`, counting those in the bin). Both racing tabs name the same id; whichever writes second finds it
 * already made since it looked and journals its edit there instead — one working copy, both edits in it.
 */
import type { ScenarioDoc } from '../model/scenario';
import { fail, ok, type StoreResult } from './result';
import type { JournalRecord, ScenarioRecord } from './schema';
import { inTx, type Ctx, type Tx } from './tx';

export interface ForkCopy {
	id: string;
	doc: ScenarioDoc;
	/** The plan it copies and how many copies of it this tab saw (forksOf) when it opened the plan. */
	of?: { planId: string; seen: number };
}

/** An edit as journaled, without the scenario it belongs to (the copy's). */
export type ForkEdit = Omit<JournalRecord, 'id' | 'scenarioId'>;

/** The id of the plan's n-th working copy. */
export const copyId = (planId: string, n: number) => `${planId}~${n}`;

const copyRange = (planId: string) => IDBKeyRange.bound(`${planId}~`, `${planId}~\uffff`);

/** The highest n among the plan's working copies ever made (live or in the bin); 0 when none. */
async function highest(tx: Tx<['scenarios'], 'readonly' | 'readwrite'>, planId: string): Promise<number> {
	const keys = await tx.objectStore('scenarios').getAllKeys(copyRange(planId));
	let n = 0;
	for (const k of keys) {
		const m = /~(\d+)$/.exec(String(k));
		if (m) n = Math.max(n, Number(m[1]));
	}
	return n;
}

/** How many working copies of the plan have been made so far: what a tab notes when it opens the plan. */
export async function forksOf(ctx: Ctx, planId: string): Promise<StoreResult<number>> {
	return inTx(ctx.db, ['scenarios'], 'readonly', async (tx) => ok(await highest(tx, planId)));
}

/** Resolves to the edit's journal key (null when the copy was made without one: a whole-doc change). */
export async function forkWithEdit(
	ctx: Ctx,
	copy: ForkCopy,
	edit: ForkEdit | null
): Promise<StoreResult<number | null>> {
	return inTx(ctx.db, ['scenarios', 'history', 'journal', 'meta'], 'readwrite', async (tx) => {
		const at = ctx.now();
		const existing = copy.of ? await tx.objectStore('scenarios').get(copy.id) : undefined;
		if (existing) {
			// Made by another tab since this one opened the plan: this tab's edit joins it (its base is the plan,
			// so the merged write that follows compares cell by cell and asks on a clash, as for any two tabs).
			if (existing.deletedAt !== null) return fail({ kind: 'conflict', message: 'copy in the bin', stored: existing });
			const key = edit ? tx.objectStore('journal').add({ ...edit, scenarioId: copy.id }) : null;
			const next = tx.objectStore('meta').put(copy.id, 'lastOpenedId');
			tx.commit?.();
			await next;
			return ok(key ? await key : null);
		}
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
