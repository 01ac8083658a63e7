/**
 * One transaction, one result. The body may only await IndexedDB requests (an await on anything else lets
 * the transaction auto-commit half-done); a domain failure it returns, or anything it throws, aborts the
 * transaction so nothing partial is written.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { fail, toStoreError, type StoreResult } from './result';
import { abortQuietly, type WorkbenchDb, type WorkbenchSchema } from './schema';

export type StoreName = StoreNames<WorkbenchSchema>;
export type Tx<S extends StoreName[], M extends IDBTransactionMode> = IDBPTransaction<WorkbenchSchema, S, M>;

/** What every store function needs; the repository builds it once. */
export interface Ctx {
	db: WorkbenchDb;
	now: () => number;
	newId: () => string;
	/** Oldest history entries beyond this many per scenario are dropped on save. */
	historyLimit: number;
}

export async function inTx<const S extends StoreName[], M extends 'readonly' | 'readwrite', T>(
	db: WorkbenchDb,
	stores: S,
	mode: M,
	body: (tx: Tx<S, M>) => Promise<StoreResult<T>>
): Promise<StoreResult<T>> {
	let tx: Tx<S, M>;
	try {
		tx = db.transaction(stores, mode);
	} catch (e) {
		return fail(toStoreError(e, 'tx'));
	}
	// Handled here so an abort never surfaces as an unhandled rejection; awaited below for the real outcome.
	const done = tx.done;
	done.catch(() => {});
	try {
		const result = await body(tx);
		if (!result.ok) {
			abortQuietly(tx);
			return result;
		}
		// Quota errors often arrive only at commit, so success means `done`, not the last request.
		await done;
		return result;
	} catch (e) {
		abortQuietly(tx);
		return fail(toStoreError(e, 'tx'));
	}
}
