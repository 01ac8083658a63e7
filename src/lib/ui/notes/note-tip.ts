/** A cell's note as its hover title and as words a screen reader adds to the cell's name. */
import { t, type Lang } from '../../i18n';
import type { CellNote } from '../../model/cell-note';
import { noteBy, noteTime } from './note-text';

export const noteTip = (L: Lang, n: CellNote | undefined): string =>
	n ? t(L, 'notes.hover', { by: noteBy(L, n), at: noteTime(n.at), text: n.text }) : '';

/** Joins a cell's other title (an error, a formula) and its note, one per line; undefined when there is none. */
export const cellTitle = (...parts: (string | undefined)[]): string | undefined =>
	parts.filter(Boolean).join('\n') || undefined;
