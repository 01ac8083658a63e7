/**
 * What the spreadsheet controller (sheet.svelte.ts) needs of a grid: its shape (the paste planner's), the
 * cells' texts, and where edits go. The assumptions grid (param-sheet.ts) and the actuals grid
 * (actuals/actuals-sheet.ts) each give one; the keys, the clipboard and the input method are the controller's.
 */
import type { Msg } from '../../i18n';
import type { Edit, GridShape } from './paste-plan';

export interface SheetModel extends GridShape {
	/** A row with one value, in its first column: the selection sits there, and Tab moves down. */
	scalar?(row: number): boolean;
	/** Where the cell named `name` is (the Name box's jump), or null if there is no such cell. */
	positionOf(name: string): { row: number; col: number } | null;
	/** The cell's content as typed: the editor starts from it, and a paste back into a grid keeps it. */
	text(name: string): string;
	/** The cell's value as other spreadsheets should read it (the clipboard's tab-separated text). */
	value(name: string): string;
	/** Tab past the first or last column leaves the grid (a small table in a page); else it stops there. */
	tabLeaves?: boolean;
	/** A pasted block's trailing blank rows are dropped (the stray line break some sources add). */
	dropBlankRows?: boolean;

	/**
	 * Writes typed text into a cell. `false` at once: refused before anything changed (the selection stays);
	 * a promise: written or refused later (the selection has moved on, and returns to the cell if refused).
	 */
	commit(name: string, text: string): boolean | Promise<boolean>;
	/** Writes a block as one undoable step; `false` at once when refused before anything changed (it said why). */
	write(edits: Edit[]): false | Promise<unknown>;
	undo(): void;
	redo(): void;
	/** A note for the planner (a cut waiting for its paste); null takes it away. */
	note(m: Msg | null): void;
	/** Why a paste, cut or delete was refused, naming the cells. */
	refuse(m: Msg): void;
	/** The note shown while a cut of `cells` cells waits for its paste. */
	cutNote(cells: number): Msg;
}
