/**
 * Opens the library. Every failure comes back as a value: IndexedDB missing (private windows), an upgrade
 * held up by an old tab, a library from a newer release.
 */
import { openDB } from 'idb';
import { fail, ok, toStoreError, type StoreError, type StoreResult } from './result';
import { DB_NAME, DB_VERSION, upgrade, type WorkbenchDb, type WorkbenchSchema } from './schema';

export interface OpenOptions {
	/** Tests use a fresh name each; the app keeps the default. */
	name?: string;
	/**
	 * An older tab keeps the library open at the previous version, so this upgrade waits. Tell the user to
	 * close the other tab: the open completes by itself once it does.
	 */
	onBlocked?: (error: StoreError) => void;
	/**
	 * This connection is gone: a newer tab needed to upgrade (we closed it so that tab is not stuck) or the
	 * browser dropped the database. Every later call fails with kind 'blocked'; tell the user to reload.
	 */
	onClosed?: (error: StoreError) => void;
}

const BLOCKED =
	'Another tab with the workbench is open on an older version and holds the library: close it (or reload it) to continue.';
const CLOSED =
	'Another tab updated the workbench, so this tab let go of the library: reload this page. Your open work is still here and can be exported.';
const TERMINATED =
	'The browser closed the scenario library (storage cleared or a disk error): reload this page. Your open work is still here and can be exported.';

export async function openWorkbenchDb(options: OpenOptions = {}): Promise<StoreResult<WorkbenchDb>> {
	// Checked before idb touches the IndexedDB globals, which throw a ReferenceError when they are missing.
	if (typeof indexedDB === 'undefined' || indexedDB === null) {
		return fail(toStoreError(new Error('this browser offers no IndexedDB'), 'open'));
	}
	try {
		const db = await openDB<WorkbenchSchema>(options.name ?? DB_NAME, DB_VERSION, {
			upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
			blocked: () => options.onBlocked?.({ kind: 'blocked', message: BLOCKED }),
			blocking: (_old, _new, event) => {
				(event.target as IDBDatabase).close();
				options.onClosed?.({ kind: 'blocked', message: CLOSED });
			},
			terminated: () => options.onClosed?.({ kind: 'unavailable', message: TERMINATED })
		});
		return ok(db);
	} catch (e) {
		return fail(toStoreError(e, 'open'));
	}
}
