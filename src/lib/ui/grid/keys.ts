/**
 * Spreadsheet keys, as in Excel and WPS: arrows move (Shift extends), Enter/Tab commit and move (Shift
 * reverses), F2 edits, typing replaces, Esc cancels (an edit, or a pending cut), Delete clears where a blank is
 * allowed, Ctrl+Z/Y undo/redo. Ctrl+C/X/V arrive as clipboard events (paste.ts); IME text as composition
 * events (Grid.svelte).
 * Returns true when the key was handled (the caller prevents the default).
 */
import { paramOfName } from '../../model/cell-names';
import type { Workbench } from '../../state/workbench.svelte';
import { cellText } from '../../sheet/input';
import { nameAt } from './rows';
import type { GridSelection } from './selection.svelte';

export function handleKey(e: KeyboardEvent, wb: Workbench, sel: GridSelection): boolean {
	const mod = e.ctrlKey || e.metaKey;
	if (mod && !e.altKey) {
		const k = e.key.toLowerCase();
		if (k === 'z' && !e.shiftKey) return (sel.editing || void wb.undo(), !sel.editing);
		if (k === 'y' || (k === 'z' && e.shiftKey)) return (sel.editing || void wb.redo(), !sel.editing);
		return false; // Ctrl+C / Ctrl+V go through the copy and paste events
	}
	if (sel.editing) return editingKey(e, wb, sel);
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
			return (sel.tab(e.shiftKey), true);
		case 'Escape':
			if (sel.cut) [sel.cut, wb.notice] = [null, null]; // Esc cancels a pending cut, as in Excel
			return true;
		case 'F2':
			if (!sel.name) return true;
			sel.draft = cellText(wb.cells[sel.name] ?? null);
			sel.editing = true;
			return true;
		case 'Delete':
		case 'Backspace':
			clearBlock(wb, sel);
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

function editingKey(e: KeyboardEvent, wb: Workbench, sel: GridSelection): boolean {
	const name = sel.name;
	const commitAnd = (move: () => void) => {
		sel.editing = false;
		if (name) void wb.commit(name, sel.draft).then((ok) => ok || sel.select(sel.row, sel.col));
		move();
		return true;
	};
	switch (e.key) {
		case 'Enter':
			return commitAnd(() => sel.enter(e.shiftKey));
		case 'Tab':
			return commitAnd(() => sel.tab(e.shiftKey));
		case 'Escape':
			sel.editing = false;
			return true;
	}
	return false;
}

/** Delete clears the block; cells that need a number are left alone and named in the notice. */
function clearBlock(wb: Workbench, sel: GridSelection) {
	const { r0, r1, c0, c1 } = sel.block;
	const edits: { name: string; cell: null }[] = [];
	const refused: string[] = [];
	for (let r = r0; r <= r1; r++)
		for (let c = c0; c <= c1; c++) {
			const n = nameAt(r, c);
			if (!n) continue;
			const def = paramOfName(n);
			if (def?.blank) edits.push({ name: n, cell: null });
			else refused.push(n);
		}
	if (edits.length) void wb.editMany(edits);
	if (refused.length) {
		wb.notice = {
			en: `${refused.join(', ')}: only targets may be blank — type a number instead`,
			zh: `${refused.join('、')}：只有目标可以留空，请输入数值`
		};
	}
}
