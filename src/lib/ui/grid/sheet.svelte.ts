/**
 * The spreadsheet controller every grid uses (the assumptions grid and the actuals grid): the selection
 * (selection.svelte.ts), the key map (keys.ts), the clipboard (paste.ts) and the input method's keyboard field
 * (keyboard-field.svelte.ts), over a grid's model (sheet-model.ts). A component renders the cells and hands the
 * controller its events; the controller keeps the keyboard in the grid and the active cell in view.
 */
import { focusBeyond } from '../focus-panes';
import { KeyboardField } from './keyboard-field.svelte';
import { handleKey } from './keys';
import { copyBlock, cutBlock, pasteBlock } from './paste';
import { GridSelection } from './selection.svelte';
import type { SheetModel } from './sheet-model';

export class Sheet extends GridSelection {
	/** The grid element (set by the component): focus inside it is the grid's own. */
	grid: HTMLElement | undefined = $state();
	/** The open cell editor, while editing. */
	editor: HTMLInputElement | undefined = $state();
	readonly kb: KeyboardField;

	constructor(model: SheetModel) {
		super(model);
		this.kb = new KeyboardField(this, () => this.grid);
	}
	/** There is a cell to type into (the keyboard field's condition for starting an edit). */
	get active() {
		return !!this.name;
	}

	focus() {
		this.kb.focus();
	}

	/**
	 * Binds the controller to its component (call once, from the component's script): the editor takes focus as
	 * an edit starts, the keyboard field returns to the grid after one, and the active cell stays in view with
	 * the field over it. `cellId` names a cell's element.
	 */
	track(cellId: (row: number, col: number) => string) {
		$effect(() => {
			if (this.editing && this.editor && !this.kb.composing) {
				this.editor.focus();
				this.editor.setSelectionRange(this.editor.value.length, this.editor.value.length);
			}
		});
		$effect(() => {
			if (this.editing) this.cut = null; // editing a cell ends a pending cut, as in Excel
		});
		$effect(() => {
			if (this.col >= this.model.cols) this.clamp(); // the horizon shrank
		});
		$effect(() => {
			// Both read layout, so they wait for the next frame: done at once they forced two layouts per Enter
			// before the new figures could be shown (edit_to_kpi bench).
			if (!this.name) return;
			const id = cellId(this.row, this.col);
			const frame = requestAnimationFrame(() => this.#reveal(document.getElementById(id)));
			return () => cancelAnimationFrame(frame);
		});
		$effect(() => {
			const sink = this.kb.sink;
			if (sink && this.kb.keysHere && !this.editing && document.activeElement !== sink)
				sink.focus({ preventScroll: true });
		});
	}

	/** The field over the active cell (an input method opens its candidates there); the cell in view below the header. */
	#reveal(cell: HTMLElement | null) {
		const grid = this.grid;
		if (!cell || !grid) return;
		this.kb.placeOver(cell);
		const box = cell.getBoundingClientRect();
		const view = grid.parentElement!.getBoundingClientRect();
		const head = grid.querySelector('[role="row"], thead')?.getBoundingClientRect().height ?? 0;
		if (box.top < view.top + head || box.bottom > view.bottom || box.left < view.left || box.right > view.right)
			cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
	}

	/** Keys on the grid and in the cell editor. */
	onkeydown = (e: KeyboardEvent) => {
		if (this.kb.imeKey(e)) return;
		e.stopPropagation(); // the editor's keys must not reach the grid's handler a second time
		// F6 / Shift+F6 leave the grid, as in Excel (Tab moves between cells): README "Keyboard".
		if (e.key === 'F6' && !this.editing && this.grid)
			return void (e.preventDefault(), focusBeyond(this.grid, !e.shiftKey));
		if (handleKey(e, this)) e.preventDefault();
		if (!this.editing) this.focus();
	};
	onfocusin = (e: FocusEvent) => {
		if (e.target !== this.editor && e.target !== this.kb.sink && !this.editing) this.focus();
	};
	oncopy = (e: ClipboardEvent) => copyBlock(e, this);
	oncut = (e: ClipboardEvent) => cutBlock(e, this);
	onpaste = (e: ClipboardEvent) => pasteBlock(e, this);

	/** The cell editor lost focus to another control (a button, the formula bar): what was typed is kept. */
	oneditorblur = (e: FocusEvent) => {
		this.kb.onBlur(e);
		const to = e.relatedTarget as Node | null;
		if (to && !this.grid?.contains(to)) this.keepDraft();
	};
	/**
	 * Ends an edit by keeping it, as Excel and WPS do when the planner clicks elsewhere: the text goes through the
	 * same check as Enter (refused out loud if it is not accepted), in the cell it was typed into.
	 */
	keepDraft() {
		const n = this.name;
		if (!this.editing || !n) return;
		const text = this.draft;
		this.editing = false;
		if (text !== this.model.text(n)) void this.model.commit(n, text);
	}

	cellMousedown(e: MouseEvent, row: number, col: number) {
		// A click inside the cell being edited places the caret; it does not end the edit.
		if (e.target === this.editor || (this.editing && this.row === row && this.col === col)) return;
		e.preventDefault(); // the keyboard stays in the field
		this.keepDraft(); // a click on another cell keeps what was typed in this one
		this.select(row, col, e.shiftKey);
		this.focus();
	}
	cellDblclick(row: number, col: number) {
		this.select(row, col);
		const n = this.name;
		if (!n) return;
		this.draft = this.model.text(n);
		this.editing = true;
	}
}
