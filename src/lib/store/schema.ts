/**
 * The IndexedDB schema of the scenario library and its migrations. Each version's step runs once, in order,
 * from whatever version the browser holds (`if (oldVersion < n)`), so a library created by any earlier
 * release opens with its data intact. Never edit a step that has shipped: add a new one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Cell, Correlation, ScenarioDoc, Uncertainty } from '../model/scenario';

export const DB_NAME = 'donghe-workbench';
export const DB_VERSION = 4;

export interface ScenarioRecord {
	id: string;
	doc: ScenarioDoc;
	/** Bumped by every write: a save that names an older rev was made on stale data (another tab saved). */
	rev: number;
	createdAt: number;
	updatedAt: number;
	/** Set while the scenario is in the bin; `null` when live. */
	deletedAt: number | null;
}

/** One edited cell, named as in HyperFormula and XLSX (`basic_subsidy_y2`). */
export interface CellChange {
	at: number;
	cell: string;
	old: Cell;
	new: Cell;
}

/**
 * One save. `doc` is the whole scenario right after it (~4 KB): a full snapshot makes restoring any entry a
 * single read, with no replay that a catalogue change could break.
 */
export interface HistoryRecord {
	/** Assigned by IndexedDB (autoIncrement), so it also orders entries in time. */
	id?: number;
	scenarioId: string;
	at: number;
	rev: number;
	changes: CellChange[];
	doc: ScenarioDoc;
	/** Set when the save was a colleague's copy merged in: what a History line says beyond the changes. */
	merge?: MergeRecord;
}

/**
 * A merge as History keeps it: the colleague's file, and for each conflict the value that lost — so nothing of
 * either side is lost (the winning value is in the snapshot). Records written before merges have none.
 */
export interface MergeRecord {
	file: string;
	lost: { kind: string; cell: string; side: 'mine' | 'theirs'; value: unknown }[];
}

/** One cell as the planner typed it, named as in the grid. */
export interface JournalCell {
	name: string;
	cell: Cell;
}

/**
 * One accepted edit, written the moment it is accepted and before the engine recomputes: the next full save
 * deletes it in its own transaction, and opening the scenario replays whatever is left (the page went away
 * between the two). Absolute values, not deltas, so replaying a row twice is harmless.
 */
export interface JournalRecord {
	id?: number;
	scenarioId: string;
	/** The stored rev the edit was typed against (for the record: replay applies it over whatever is stored). */
	baseRev: number;
	at: number;
	cells: JournalCell[];
	/** A range set (or cleared, `null`) on one parameter. */
	uncertainty?: { key: string; value: Uncertainty | null };
	/** The scenario's correlations as set on the Uncertainty tab ([] removes them). */
	correlations?: Correlation[];
	/**
	 * Set when this row's write met another tab's value for the same cell (held-clash.ts): the row is not replayed
	 * on opening but shown as that clash again, to wait for the planner's choice.
	 */
	clash?: { cell: string; base: Cell }[];
	/**
	 * The scenario replaced whole (a new horizon or start month, actuals entered or imported): replay starts from
	 * it. Rows written before this field existed have none and replay as before.
	 */
	doc?: ScenarioDoc;
}

export interface WorkbenchSchema extends DBSchema {
	scenarios: { key: string; value: ScenarioRecord; indexes: { updatedAt: number } };
	history: { key: number; value: HistoryRecord; indexes: { scenarioId: string } };
	/** The scenario to open next, and the protected plan's id (plan.ts): scenario ids. */
	meta: { key: 'lastOpenedId' | 'planId'; value: string };
	/** Owned by the compound-register feature: opaque JSON per scenario, kept and deleted with it. */
	registers: { key: string; value: unknown };
	journal: { key: number; value: JournalRecord; indexes: { scenarioId: string } };
	/**
	 * The fund-use plan's inputs typed beside the register (fund-use.ts): kept and deleted with the scenario like
	 * its register, and checked when read back (stored as found, so a damaged value is reported, not trusted).
	 */
	fundUse: { key: string; value: unknown };
}

export type WorkbenchDb = IDBPDatabase<WorkbenchSchema>;
type UpgradeTx = IDBPTransaction<WorkbenchSchema, StoreNames<WorkbenchSchema>[], 'versionchange'>;

export function upgrade(db: WorkbenchDb, oldVersion: number, tx: UpgradeTx): void {
	if (oldVersion < 1) {
		const scenarios = db.createObjectStore('scenarios', { keyPath: 'id' });
		scenarios.createIndex('updatedAt', 'updatedAt');
	}
	if (oldVersion < 2) {
		const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
		history.createIndex('scenarioId', 'scenarioId');
		db.createObjectStore('meta');
		db.createObjectStore('registers');
		// An error here aborts the upgrade, so the open fails and the v1 data stays as it was.
		fillV1Records(tx).catch(() => abortQuietly(tx));
	}
	if (oldVersion < 3) {
		db.createObjectStore('journal', { keyPath: 'id', autoIncrement: true }).createIndex('scenarioId', 'scenarioId');
	}
	if (oldVersion < 4) {
		db.createObjectStore('fundUse');
	}
}

/** Version 1 records were `{ id, doc, createdAt, updatedAt }`: version 2 adds `rev` and the bin's `deletedAt`. */
async function fillV1Records(tx: UpgradeTx): Promise<void> {
	let cursor = await tx.objectStore('scenarios').openCursor();
	while (cursor) {
		const r: Partial<ScenarioRecord> & Pick<ScenarioRecord, 'id' | 'doc' | 'updatedAt'> = cursor.value;
		if (r.rev === undefined || r.deletedAt === undefined || r.createdAt === undefined) {
			await cursor.update({
				...r,
				rev: r.rev ?? 1,
				deletedAt: r.deletedAt ?? null,
				createdAt: r.createdAt ?? r.updatedAt
			});
		}
		cursor = await cursor.continue();
	}
}

export function abortQuietly(tx: { abort(): void }): void {
	try {
		tx.abort();
	} catch {
		// Already committed or aborted: nothing left to undo.
	}
}
