/**
 * What the journal worker does, as plain functions over its own connection to the library (so it runs in
 * Node's tests with fake-indexeddb too). It never upgrades the database: the page opens it first; a connection
 * a newer tab needs is closed by `openWorkbenchDb`'s handler, and every later write then fails as a value.
 */
import { openWorkbenchDb } from './db';
import { addJournal } from './journal';
import { fail, type StoreResult } from './result';
import type { JournalRecord, WorkbenchDb } from './schema';

/** A journal write's outcome and when it was committed (ms since the epoch, `timeOrigin + now`). */
export type Journaled = { result: StoreResult<number>; committedAt: number };

export function createJournalApi() {
	let db: Promise<StoreResult<WorkbenchDb>> | null = null;
	let closed = false;
	const now = () => performance.timeOrigin + performance.now();
	return {
		/** Opens this thread's connection (the page calls it once its own has opened). */
		async open(name?: string): Promise<boolean> {
			db = openWorkbenchDb({ name, onClosed: () => (closed = true) });
			return (await db).ok;
		},
		async close(): Promise<void> {
			const d = db ? await db : null;
			if (d?.ok) d.value.close();
			closed = true;
		},
		async add(record: Omit<JournalRecord, 'id'>): Promise<Journaled> {
			const d = db ? await db : null;
			if (!d || !d.ok || closed) {
				const message = d && !d.ok ? d.error.message : 'the journal worker has no connection';
				return { result: fail({ kind: 'unavailable', message }), committedAt: now() };
			}
			const ctx = { db: d.value, now: Date.now, newId: () => crypto.randomUUID(), historyLimit: 0 };
			const result = await addJournal(ctx, record);
			return { result, committedAt: now() };
		}
	};
}
export type JournalApi = ReturnType<typeof createJournalApi>;
