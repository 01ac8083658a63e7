/**
 * The comlink boundary of the grid's engine: what the main thread may ask, what comes back. Results are values
 * (`ok: false` with a message), never thrown errors — comlink drops error classes.
 */
import type { ReadResult } from '../io/read-scenario';
import type { Kept } from '../register/stored';
import type { Lineage } from '../io/read-lineage';
import type { Cell, ScenarioDoc, Uncertainty } from '../model/scenario';
import type { Change, Snapshot } from '../sheet/session';

export interface Reply {
	/** The request's sequence number: the client drops replies older than one it already applied. */
	seq: number;
	changes: Change[];
	snapshot: Snapshot;
	canUndo: boolean;
	canRedo: boolean;
	error?: string;
	/** The doc as it now is, when the request replaced it whole (horizon, start, actuals; or their undo). */
	doc?: ScenarioDoc;
}

export interface SheetApi {
	open(seq: number, doc: ScenarioDoc): Reply;
	edit(seq: number, edits: { name: string; cell: Cell }[]): Reply;
	undo(seq: number): Reply;
	redo(seq: number): Reply;
	setUncertainty(seq: number, key: string, u: Uncertainty | null): Reply;
	/** Replaces the doc as one undoable step (the horizon, the start month, actuals). */
	replace(seq: number, doc: ScenarioDoc): Reply;
	/** The name or description changed (rename): the engine's copy of the doc, which exports use, follows. */
	setMeta(meta: { name?: string; description?: string }): void;
	links(name: string): { precedents: string[]; dependents: string[] };
	doc(): ScenarioDoc | null;
	/** Reads a scenario file with the same reader as `simulate`, without opening it. */
	read(text: string): ReadResult;
	/** Reads an XLSX workbook exported by the workbench (same checks, errors name the sheet cell). */
	readXlsx(bytes: Uint8Array): Promise<ReadResult>;
	/** The open scenario as an XLSX workbook, or a message when a cell is invalid. */
	/** `register`: the scenario's compound register, written on a sheet of its own when the planner exports it. */
	exportXlsx(
		lang: 'zh' | 'en',
		register?: Kept,
		/** The library scenario and revision this copy is of, as JSON exports carry it. */
		lineage?: Lineage
	): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>;
}
