/**
 * Deleting is recoverable: a deleted scenario goes to the bin (`deletedAt`) and leaves the list; `restore`
 * brings it back; only `purge` (a confirmed delete, or the bin emptied after a while) removes data.
 */
import { notFound, ok, type StoreResult } from './result';
import { summary, mutate, type Saved, type ScenarioSummary } from './scenarios';
import { inTx, type Ctx, type Tx } from './tx';
import { forgetOpened } from '../offline/first-paint';

export const softDelete = (ctx: Ctx, id: string): Promise<StoreResult<Saved>> =>
	mutate(ctx, id, { allowDeleted: true }, (r, at) => ({ ...r, deletedAt: r.deletedAt ?? at }));

export const restore = (ctx: Ctx, id: string): Promise<StoreResult<Saved>> =>
	mutate(ctx, id, { allowDeleted: true }, (r) => ({ ...r, deletedAt: null }));

/** The bin, most recently deleted first. */
export async function listDeleted(ctx: Ctx): Promise<StoreResult<ScenarioSummary[]>> {
	return inTx(ctx.db, ['scenarios'], 'readonly', async (tx) => {
		const all = await tx.objectStore('scenarios').getAll();
		const deleted = all.filter((r) => r.deletedAt !== null).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
		return ok(deleted.map(summary));
	});
}

type PurgeStores = ['scenarios', 'history', 'registers', 'fundUse', 'meta'];
type PurgeTx = Tx<PurgeStores, 'readwrite'>;
const PURGE_STORES: PurgeStores = ['scenarios', 'history', 'registers', 'fundUse', 'meta'];

/** Removes a scenario for good (live or in the bin), with its history, compound register and fund-use inputs. */
export async function purge(ctx: Ctx, id: string): Promise<StoreResult<string>> {
	return inTx(ctx.db, PURGE_STORES, 'readwrite', async (tx) => {
		if (!(await tx.objectStore('scenarios').getKey(id))) return notFound(id);
		await removeAll(tx, id);
		return ok(id);
	});
}

/** Empties the bin of scenarios deleted at least `olderThanMs` ago (0: all of it). Returns the ids removed. */
export async function purgeDeleted(ctx: Ctx, olderThanMs: number): Promise<StoreResult<string[]>> {
	return inTx(ctx.db, PURGE_STORES, 'readwrite', async (tx) => {
		const cutoff = ctx.now() - olderThanMs;
		const all = await tx.objectStore('scenarios').getAll();
		const ids = all.filter((r) => r.deletedAt !== null && r.deletedAt <= cutoff).map((r) => r.id);
		for (const id of ids) await removeAll(tx, id);
		return ok(ids);
	});
}

async function removeAll(tx: PurgeTx, id: string): Promise<void> {
	await tx.objectStore('scenarios').delete(id);
	const keys = await tx.objectStore('history').index('scenarioId').getAllKeys(id);
	for (const key of keys) await tx.objectStore('history').delete(key);
	await tx.objectStore('registers').delete(id);
	await tx.objectStore('fundUse').delete(id);
	if ((await tx.objectStore('meta').get('lastOpenedId')) === id) await tx.objectStore('meta').delete('lastOpenedId');
	forgetOpened(id);
}
