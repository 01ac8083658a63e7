/** A note as a planner reads it — "王芳，2026-12-07 14:20：按物价局批复" — in the merge dialog, hover and History. */
import { t, type Lang } from '../../i18n';
import type { CellNote } from '../../model/cell-note';

/** The note's time in the planner's clock, to the minute (the file keeps UTC). */
export function noteTime(at: string): string {
	const d = new Date(at);
	if (Number.isNaN(d.getTime())) return at;
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const noteBy = (L: Lang, n: CellNote) => n.by || t(L, 'notes.nobody');

export const noteText = (L: Lang, n: CellNote) =>
	t(L, 'notes.line', { by: noteBy(L, n), at: noteTime(n.at), text: n.text });
