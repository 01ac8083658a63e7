/**
 * A cell's note (批注) as the comment Excel, WPS and LibreOffice show on the Assumptions cell, and back. The
 * first line names who and when (`王芳 · 2026-12-07T06:20:00.000Z`) so that the note reads back whole; a comment
 * a colleague added in a spreadsheet has no such line, and reads back unsigned, dated at the workbook's save.
 */
import type { CellNote } from '../../model/cell-note';

const SEP = ' · ';
const HEAD = /^(.*) · (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)$/;

export const noteComment = (n: CellNote): string => `${n.by}${SEP}${n.at}\n${n.text}`;

/** exceljs hands a comment back as a string, or as rich-text runs once a spreadsheet has edited it. */
export function commentText(note: unknown): string | null {
	if (typeof note === 'string') return note;
	const texts = (note as { texts?: { text?: unknown }[] } | null)?.texts;
	if (!Array.isArray(texts)) return null;
	return texts.map((r) => (typeof r?.text === 'string' ? r.text : '')).join('');
}

/** A comment as the raw note the scenario reader then judges (length, text only) like a JSON file's. */
export function commentNote(text: string, savedAt: string): { by: string; at: string; text: string } {
	const nl = text.replace(/\r\n?/g, '\n').indexOf('\n');
	const clean = text.replace(/\r\n?/g, '\n');
	const head = nl < 0 ? null : HEAD.exec(clean.slice(0, nl));
	if (head) return { by: head[1], at: head[2], text: clean.slice(nl + 1) };
	return { by: '', at: savedAt, text: clean };
}
