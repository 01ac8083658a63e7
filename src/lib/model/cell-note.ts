/**
 * A note (批注) on one assumption cell: who wrote it (the name the planner set once), when, and the text. Kept in
 * `ScenarioDoc.notes`, keyed by cell name (`basic_fee_y2`), so it travels with the cell through files, XLSX
 * comments, links and the three-way merge. Pure: the checks here are the one rule every edge applies.
 */
import { cellName, PARAM } from './catalogue';
import { parseName } from './cell-names';

export interface CellNote {
	/** The author's name as the planner set it; may be empty (a note written before a name was set). */
	by: string;
	/** When it was written, ISO 8601 in UTC (`2026-12-07T06:20:00.000Z`). */
	at: string;
	text: string;
}

export type Notes = Record<string, CellNote>;

/** Long enough for a paragraph on why a figure was chosen; a note is not a document. */
export const NOTE_MAX = 1000;
export const BY_MAX = 40;

/** Control characters other than tab and line breaks: text only, no binary smuggled into a cell comment. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

export type NoteProblem =
	| { code: 'cell'; cell: string }
	| { code: 'shape'; cell: string }
	| { code: 'empty'; cell: string }
	| { code: 'long'; cell: string; n: number }
	| { code: 'control'; cell: string }
	| { code: 'by'; cell: string }
	| { code: 'at'; cell: string };

/** What is wrong with one note on `cell` in a horizon of `years`, or null. */
export function noteProblem(cell: string, raw: unknown, years: number): NoteProblem | null {
	if (!isCellName(cell, years)) return { code: 'cell', cell };
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { code: 'shape', cell };
	const o = raw as Record<string, unknown>;
	if (Object.keys(o).some((k) => k !== 'by' && k !== 'at' && k !== 'text')) return { code: 'shape', cell };
	if (typeof o.text !== 'string') return { code: 'shape', cell };
	if (!o.text.trim()) return { code: 'empty', cell };
	if (o.text.length > NOTE_MAX) return { code: 'long', cell, n: o.text.length };
	if (CONTROL.test(o.text)) return { code: 'control', cell };
	if (typeof o.by !== 'string' || o.by.length > BY_MAX || CONTROL.test(o.by)) return { code: 'by', cell };
	if (typeof o.at !== 'string' || !ISO.test(o.at) || Number.isNaN(Date.parse(o.at))) return { code: 'at', cell };
	return null;
}

/** A note's key must be a cell's own name as the grid writes it (not `Basic_Fee_y02`), within the horizon. */
export function isCellName(cell: string, years: number): boolean {
	const ref = parseName(cell, years);
	return ref !== null && cellName(PARAM.get(ref.key)!, ref.y) === cell;
}

/** A note as the planner typed it, trimmed; the caller has checked it with `noteProblem`. */
export const makeNote = (text: string, by: string, at: Date): CellNote => ({
	by: by.trim(),
	at: at.toISOString(),
	text: text.trim()
});

/** A copy of `doc` with the note on `cell` set (or removed, `null`); no `notes` field once none is left. */
export function withNote<D extends { notes?: Notes }>(doc: D, cell: string, note: CellNote | null): D {
	const notes = { ...doc.notes };
	if (note) notes[cell] = note;
	else delete notes[cell];
	const { notes: _, ...rest } = doc;
	return (Object.keys(notes).length ? { ...rest, notes } : rest) as D;
}
