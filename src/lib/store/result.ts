/**
 * Storage failures are values, never throws: the UI keeps the work in memory and says what happened
 * (STYLE habit 4). `toStoreError` turns whatever IndexedDB threw into one of these kinds.
 */
import type { Cell } from '../model/scenario';
import type { ScenarioRecord } from './schema';

/** A cell both tabs changed: what this tab started from, what it typed, what the other tab stored. */
export interface CellClash {
	cell: string;
	base: Cell;
	mine: Cell;
	theirs: Cell;
}

/** A problem in imported data: a path such as `scenarios[2].doc.years` and what is wrong there. */
export interface Issue {
	path: string;
	message: string;
	/** The street (and quarter) a fund-use input belongs to, for a screen to name it in the planner's words. */
	at?: { street: string; quarter?: string };
}

export type StoreError =
	| { kind: 'quota' | 'unavailable' | 'blocked' | 'not-found'; message: string }
	/** Another tab saved first (or deleted the scenario): `stored` is what is in the library now. */
	| { kind: 'conflict'; message: string; stored: ScenarioRecord }
	/** A cell-level merge found cells another tab changed differently: nothing was written. */
	| { kind: 'clash'; message: string; stored: ScenarioRecord; cells: CellClash[] }
	/** Data refused before anything was written (a bad backup, a value IndexedDB cannot store). */
	| { kind: 'invalid'; message: string; issues: Issue[] };

export type StoreErrorKind = StoreError['kind'];
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export const ok = <T>(value: T): StoreResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: StoreError): StoreResult<T> => ({ ok: false, error });
export const notFound = <T = never>(id: string): StoreResult<T> =>
	fail({ kind: 'not-found', message: `No scenario with id "${id}" in the library (deleted in another tab?)` });

const QUOTA =
	'Browser storage is full, so this change was not saved. It is still open here: export it or a backup, then free space (empty the bin, delete old scenarios).';
const RELOAD =
	'The scenario library was closed because another tab upgraded it: reload this page (your open work is still in memory; export it first if unsure).';
const NEWER = 'The scenario library was saved by a newer version of the workbench: reload this page to get it.';

/**
 * `phase` matters because the same DOMException name means different things: an InvalidStateError while
 * opening is Firefox's private mode (no IndexedDB), during a transaction it is a connection we closed for
 * another tab's upgrade.
 */
export function toStoreError(e: unknown, phase: 'open' | 'tx'): StoreError {
	const name = e instanceof Error || e instanceof DOMException ? e.name : '';
	const detail = e instanceof Error || e instanceof DOMException ? e.message : String(e);
	if (name === 'QuotaExceededError') return { kind: 'quota', message: QUOTA };
	if (name === 'VersionError') return { kind: 'blocked', message: NEWER };
	if (name === 'DataCloneError')
		return { kind: 'invalid', message: `The scenario is not plain data and cannot be stored (${detail})`, issues: [] };
	if (name === 'InvalidStateError' && phase === 'tx') return { kind: 'blocked', message: RELOAD };
	return {
		kind: 'unavailable',
		message: `The browser's storage (IndexedDB) is not available${phase === 'tx' ? ' for this change' : ''}: ${detail || name || 'unknown error'}. Private windows often block it; your work stays open here and can be exported.`
	};
}
