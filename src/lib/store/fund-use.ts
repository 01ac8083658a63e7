/**
 * The fund-use plan's inputs kept per scenario, beside its register: read back checked (fund-use-schema.ts), written
 * whole in one transaction (nothing half-written: either the new inputs are stored or the old ones stay), and none
 * kept for a scenario without any, so its backups and files read as before.
 */
import { fundUseRecord, isEmpty, parseFundUse, type FundUseInputs } from './fund-use-schema';
import { fail, notFound, ok, type Issue, type StoreResult } from './result';
import { inTx, type Ctx } from './tx';

/** `null` when the scenario has none; kind 'invalid' (each issue naming its street and quarter) when damaged. */
export async function getFundUse(ctx: Ctx, id: string): Promise<StoreResult<FundUseInputs | null>> {
	return inTx(ctx.db, ['fundUse'], 'readonly', async (tx) => {
		const raw = await tx.objectStore('fundUse').get(id);
		if (raw === undefined) return ok(null);
		const p = parseFundUse(raw);
		return p.ok ? ok(p.value) : fail(invalid('The kept fund-use inputs cannot be read', p.issues));
	});
}

/** Replaces the scenario's inputs with `inputs`, checked first: a bad value is refused and nothing is written. */
export async function putFundUse(ctx: Ctx, id: string, inputs: FundUseInputs): Promise<StoreResult<FundUseInputs>> {
	const p = parseFundUse(fundUseRecord(inputs));
	if (!p.ok) return fail(invalid('The fund-use inputs were not stored, nothing changed', p.issues));
	const value = p.value;
	return inTx(ctx.db, ['scenarios', 'fundUse'], 'readwrite', async (tx) => {
		if (!(await tx.objectStore('scenarios').getKey(id))) return notFound(id);
		if (isEmpty(value)) await tx.objectStore('fundUse').delete(id);
		else await tx.objectStore('fundUse').put(fundUseRecord(value), id);
		return ok(value);
	});
}

/**
 * Gives scenario `to` the inputs of `from` (the plan's, for its working copy), unless `to` has its own already
 * (typed on the copy before this ran): false when nothing was copied.
 */
export async function copyFundUse(ctx: Ctx, from: string, to: string): Promise<StoreResult<boolean>> {
	return inTx(ctx.db, ['fundUse'], 'readwrite', async (tx) => {
		const value = await tx.objectStore('fundUse').get(from);
		if (value === undefined || (await tx.objectStore('fundUse').getKey(to)) !== undefined) return ok(false);
		await tx.objectStore('fundUse').put(value, to);
		return ok(true);
	});
}

function invalid(what: string, issues: Issue[]) {
	const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
	const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
	return { kind: 'invalid' as const, message: `${what}: ${shown.join('; ')}${more}`, issues };
}
