/**
 * Which scenario is the protected plan: the one the library began with. Noted once in `meta`; a library
 * made before there was a note gets it from the oldest live scenario bearing the plan's name. A plan in the
 * bin or purged protects nothing (restored, it is the plan again).
 *
 * Finding it only reads; the note is written in a transaction of its own, and a refused note (storage full on
 * the first visit) is tried again next time: the plan is protected whether or not its note could be written
 * (before, a refused note left the plan unprotected and its first edit landed in it).
 */
import { ok, type StoreResult } from './result';
import { inTx, type Ctx } from './tx';

export async function planId(ctx: Ctx, planName: string): Promise<StoreResult<string | null>> {
	const found = await inTx(ctx.db, ['meta', 'scenarios'], 'readonly', async (tx) => {
		const noted = await tx.objectStore('meta').get('planId');
		const scenarios = tx.objectStore('scenarios');
		if (noted !== undefined) {
			const r = await scenarios.get(noted);
			return ok({ id: r && r.deletedAt === null ? noted : null, noted: true });
		}
		const named = (await scenarios.getAll()).filter((r) => r.deletedAt === null && r.doc.name === planName);
		const first = named.sort((a, b) => a.createdAt - b.createdAt)[0];
		return ok({ id: first?.id ?? null, noted: false });
	});
	if (!found.ok) return found;
	const { id, noted } = found.value;
	if (id && !noted)
		await inTx(ctx.db, ['meta'], 'readwrite', async (tx) => ok(await tx.objectStore('meta').put(id, 'planId')));
	return ok(id);
}
