/** The last opened scenario (reopened on load) and the opaque per-scenario compound register. */
import { notFound, ok, type StoreResult } from './result';
import { inTx, type Ctx } from './tx';
import { mirrorOpened } from '../offline/first-paint';

export async function setLastOpened(ctx: Ctx, id: string): Promise<StoreResult<string>> {
	return inTx(ctx.db, ['meta'], 'readwrite', async (tx) => {
		await tx.objectStore('meta').put(id, 'lastOpenedId');
		return ok(id);
	}).then((r) => {
		// The first paint of the next open shows this scenario's picture only (it cannot wait for IndexedDB).
		if (r.ok) mirrorOpened(id);
		return r;
	});
}

/** `null` when nothing was opened yet, or the scenario has since gone to the bin or been purged. */
export async function getLastOpened(ctx: Ctx): Promise<StoreResult<string | null>> {
	return inTx(ctx.db, ['meta', 'scenarios'], 'readonly', async (tx) => {
		const id = await tx.objectStore('meta').get('lastOpenedId');
		if (id === undefined) return ok(null);
		const r = await tx.objectStore('scenarios').get(id);
		return ok(r && r.deletedAt === null ? id : null);
	});
}

/** `undefined` when the scenario has no register yet. */
export async function getRegister(ctx: Ctx, id: string): Promise<StoreResult<unknown>> {
	return inTx(ctx.db, ['registers'], 'readonly', async (tx) => ok(await tx.objectStore('registers').get(id)));
}

export async function putRegister(ctx: Ctx, id: string, value: unknown): Promise<StoreResult<string>> {
	return inTx(ctx.db, ['scenarios', 'registers'], 'readwrite', async (tx) => {
		if (!(await tx.objectStore('scenarios').getKey(id))) return notFound(id);
		await tx.objectStore('registers').put(value, id);
		return ok(id);
	});
}

/** Gives scenario `to` the register of `from` (the plan's, for its working copy); false when `from` has none. */
export async function copyRegister(ctx: Ctx, from: string, to: string): Promise<StoreResult<boolean>> {
	return inTx(ctx.db, ['registers'], 'readwrite', async (tx) => {
		const value = await tx.objectStore('registers').get(from);
		if (value === undefined) return ok(false);
		await tx.objectStore('registers').put(value, to);
		return ok(true);
	});
}
