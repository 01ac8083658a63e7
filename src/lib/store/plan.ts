/**
 * Which scenario is the protected plan: the one the library began with. Noted once in `meta`; a library
 * made before there was a note gets it from the oldest live scenario bearing the plan's name. A plan in the
 * bin or purged protects nothing (restored, it is the plan again).
 */
import { ok, type StoreResult } from './result';
import { inTx, type Ctx } from './tx';

export async function planId(ctx: Ctx, planName: string): Promise<StoreResult<string | null>> {
	return inTx(ctx.db, ['meta', 'scenarios'], 'readwrite', async (tx) => {
		const meta = tx.objectStore('meta');
		const scenarios = tx.objectStore('scenarios');
		const noted = await meta.get('planId');
		if (noted !== undefined) {
			const r = await scenarios.get(noted);
			return ok(r && r.deletedAt === null ? noted : null);
		}
		const named = (await scenarios.getAll()).filter((r) => r.deletedAt === null && r.doc.name === planName);
		const first = named.sort((a, b) => a.createdAt - b.createdAt)[0];
		if (!first) return ok(null);
		await meta.put(first.id, 'planId');
		return ok(first.id);
	});
}
