/**
 * The reader's step for `notes` (批注): an object keyed by cell name, each note checked by the one rule
 * (model/cell-note.ts). Every bad note is reported, naming its cell by label and year as the grid shows it.
 */
import { noteProblem, BY_MAX, NOTE_MAX, type NoteProblem, type Notes } from '../model/cell-note';
import { parseName } from '../model/cell-names';
import { cellLabel } from '../model/vocabulary';
import type { ScenarioDoc } from '../model/scenario';
import { allCells } from '../sheet/layout';
import { t, type Lang, type MessageKey } from '../i18n';
import type { ReadError } from './read-error';

const KEY: Record<NoteProblem['code'], MessageKey> = {
	cell: 'notes.cell',
	shape: 'notes.shape',
	empty: 'notes.empty',
	long: 'notes.long',
	control: 'notes.control',
	by: 'notes.byBad',
	at: 'notes.at'
};

/** A bad note's reason in one language, naming the cell as the planner knows it ("基本服务费（2026年）"). */
export function noteMessage(p: NoteProblem, L: Lang, start: string | null): string {
	const shown = p.cell.length > 60 ? `${p.cell.slice(0, 57)}…` : p.cell;
	const cell = p.code === 'cell' ? shown : cellLabel(p.cell, start)[L];
	return t(L, KEY[p.code], { cell, n: 'n' in p ? p.n : 0, max: p.code === 'by' ? BY_MAX : NOTE_MAX });
}

/** Sets `doc.notes` when every note is good (an empty object sets nothing); pushes each problem onto `errors`. */
export function readNotes(raw: unknown, doc: ScenarioDoc, errors: ReadError[]): void {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		errors.push({ path: 'notes', message: t('en', 'notes.notObject'), zh: t('zh', 'notes.notObject') });
		return;
	}
	const entries = Object.entries(raw as Record<string, unknown>);
	const max = allCells(doc.years).length;
	if (entries.length > max) {
		const vars = { n: entries.length, max };
		errors.push({ path: 'notes', message: t('en', 'notes.tooMany', vars), zh: t('zh', 'notes.tooMany', vars) });
		return;
	}
	const out: Notes = {};
	let bad = false;
	for (const [cell, note] of entries) {
		const p = noteProblem(cell, note, doc.years);
		if (!p) {
			const n = note as Notes[string];
			out[cell] = { by: n.by, at: n.at, text: n.text };
			continue;
		}
		bad = true;
		const ref = p.code === 'cell' ? null : parseName(cell, doc.years);
		errors.push({
			path: `notes.${cell.slice(0, 60)}`,
			...(ref ? { param: ref.key } : {}),
			...(ref && cell !== ref.key ? { year: ref.y + 1 } : {}),
			message: noteMessage(p, 'en', doc.start),
			zh: noteMessage(p, 'zh', doc.start)
		});
	}
	if (!bad && entries.length) doc.notes = out;
}
