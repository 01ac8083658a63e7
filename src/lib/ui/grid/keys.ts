/**
 * Spreadsheet keys, as in Excel and WPS: arrows move (Shift extends), Enter/Tab commit and move (Shift
 * reverses), F2 edits, typing replaces, Esc cancels (an edit, or a pending cut), Delete clears where a blank is
 * allowed, Ctrl+Z/Y undo/redo. Ctrl+C/X/V arrive as clipboard events (paste.ts); input-method text through the
 * keyboard field (keyboard-field.svelte.ts). One map for every grid, through its model (sheet-model.ts).
 * Returns true when the key was handled (the caller prevents the default).
 */
import { msgEach, t } from '../../i18n';
import type { GridSelection } from './selection.svelte';

export function handleKey(e: KeyboardEvent, sel: GridSelection): boolean {
	const m = sel.model;
	const mod = e.ctrlKey || e.metaKey;
	if (mod && !e.altKey) {
		const k = e.key.toLowerCase();
		if (k === 'z' && !e.shiftKey) return (sel.editing || void m.undo(), !sel.editing);
		if (k === 'y' || (k === 'z' && e.shiftKey)) return (sel.editing || void m.redo(), !sel.editing);
		return false; // Ctrl+C / Ctrl+V go through the copy and paste events
	}
	if (sel.editing) return editingKey(e, sel);
	switch (e.key) {
		case 'ArrowUp':
			return (sel.move(-1, 0, e.shiftKey), true);
		case 'ArrowDown':
			return (sel.move(1, 0, e.shiftKey), true);
		case 'ArrowLeft':
			return (sel.move(0, -1, e.shiftKey), true);
		case 'ArrowRight':
			return (sel.move(0, 1, e.shiftKey), true);
		case 'Enter':
			return (sel.enter(e.shiftKey), true);
		case 'Tab':
			if (sel.tabOut(e.shiftKey)) return false; // out of a small table, as Tab does in a page
			return (sel.tab(e.shiftKey), true);
		case 'Escape':
			if (!sel.cut) return false;
			sel.cut = null; // Esc cancels a pending cut, as in Excel
			m.note(null);
			return true;
		case 'F2':
			if (!sel.name) return true;
			sel.draft = m.text(sel.name);
			sel.editing = true;
			return true;
		case 'Delete':
		case 'Backspace':
			clearBlock(sel);
			return true;
	}
	if (e.key.length === 1 && !e.altKey && sel.name) {
		sel.cut = null; // typing ends a pending cut, as in Excel
		sel.draft = e.key; // typing replaces the cell's content
		sel.editing = true;
		return true;
	}
	return false;
}

/** Ends the edit by writing it; a refusal known at once keeps the selection on the cell. */
export function commitEdit(sel: GridSelection, move: () => void) {
	const name = sel.name;
	sel.editing = false;
	if (!name) return move();
	const done = sel.model.commit(name, sel.draft);
	if (done === false) return;
	move();
	if (done !== true) void done.then((ok) => ok || sel.select(sel.row, sel.col));
}

function editingKey(e: KeyboardEvent, sel: GridSelection): boolean {
	switch (e.key) {
		case 'Enter':
			return (commitEdit(sel, () => sel.enter(e.shiftKey)), true);
		case 'Tab':
			return (commitEdit(sel, () => sel.tab(e.shiftKey)), true);
		case 'Escape':
			sel.editing = false;
			return true;
	}
	return false;
}

/** Delete clears the block; cells that need a number are left alone and named in the notice. */
function clearBlock(sel: GridSelection) {
	const { r0, r1, c0, c1 } = sel.block;
	const m = sel.model;
	const edits: { name: string; cell: null }[] = [];
	const refused: string[] = [];
	for (let r = r0; r <= r1; r++)
		for (let c = c0; c <= c1; c++) {
			const n = m.nameAt(r, c);
			if (!n) continue;
			if (m.blankAllowed(n)) edits.push({ name: n, cell: null });
			else refused.push(n);
		}
	if (edits.length) void m.write(edits);
	if (refused.length) m.refuse(msgEach('grid.clearRefused', (L) => ({ names: refused.join(t(L, 'grid.nameSep')) })));
}
