/**
 * What the journal worker does, as plain functions over its own connection to the library (so it runs in
 * Node's tests with fake-indexeddb too). It never upgrades the database: the page opens it first; a connection
 * a newer tab needs is closed by `openWorkbenchDb`'s handler, and every later write then fails as a value.
 */
import { openWorkbenchDb } from './db';
import { forkWithEdit, type ForkCopy, type ForkEdit } from './fork';
import { addJournal } from './journal';
import { fail, type StoreResult } from './result';
import type { JournalRecord, WorkbenchDb } from './schema';

/** A journal write's outcome and when it was committed (ms since the epoch, `timeOrigin + now`). */
export type Journaled = { result: StoreResult<number>; committedAt: number };
/** A fork's outcome (fork.ts): the edit's journal key, null without an edit. */
export type Forked = { result: StoreResult<number | null>; committedAt: number };

export function createJournalApi() {
	let db: Promise<StoreResult<WorkbenchDb>> | null = null;
	let closed = false;
	const now = () => performance.timeOrigin + performance.now();
	const ctxOf = (db: WorkbenchDb) => ({ db, now: Date.now, newId: () => crypto.randomUUID(), historyLimit: 0 });
	/** This thread's connection, or 'unavailable' (the page then writes on its own thread). */
	async function ready(): Promise<StoreResult<WorkbenchDb>> {
		const d = db ? await db : null;
		if (d && d.ok && !closed) return d;
		const message = d && !d.ok ? d.error.message : 'the journal worker has no connection';
		return fail({ kind: 'unavailable', message });
	}
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
			const d = await ready();
			if (!d.ok) return { result: d, committedAt: now() };
			return { result: await addJournal(ctxOf(d.value), record), committedAt: now() };
		},
		/** The protected plan's working copy and its first edit, in one transaction (fork.ts). */
		async fork(copy: ForkCopy, edit: ForkEdit | null): Promise<Forked> {
			const d = await ready();
			if (!d.ok) return { result: d, committedAt: now() };
			return { result: await forkWithEdit(ctxOf(d.value), copy, edit), committedAt: now() };
		}
	};
}
export type JournalApi = ReturnType<typeof createJournalApi>;
