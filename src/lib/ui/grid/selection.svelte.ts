/** A grid's selection: an active cell and an anchor (shift-extends a block), plus the edit in progress. */
import type { Rect } from './paste-plan';
import type { SheetModel } from './sheet-model';

export class GridSelection {
	row = $state(0);
	col = $state(0);
	anchorRow = $state(0);
	anchorCol = $state(0);
	editing = $state(false);
	draft = $state('');
	/** A pending cut (Ctrl+X): its block and the clipboard payload's id; the next paste of that payload moves it. */
	cut = $state<{ rect: Rect; id: string } | null>(null);
	/** The column where a run of Tabs started: Enter then returns to it, one row down (as in WPS and Excel). */
	tabStart: number | null = null;
	constructor(public model: SheetModel) {}

	get name(): string | null {
		return this.model.nameAt(this.row, this.col);
	}
	get block(): Rect {
		return {
			r0: Math.min(this.row, this.anchorRow),
			r1: Math.max(this.row, this.anchorRow),
			c0: Math.min(this.col, this.anchorCol),
			c1: Math.max(this.col, this.anchorCol)
		};
	}
	inCut(r: number, c: number) {
		const b = this.cut?.rect;
		return !!b && r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
	}
	inBlock(r: number, c: number) {
		const b = this.block;
		return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
	}
	#scalar = (r: number) => !!this.model.scalar?.(r);
	move(dr: number, dc: number, extend = false) {
		this.tabStart = null;
		this.row = Math.max(0, Math.min(this.model.rows - 1, this.row + dr));
		this.col = Math.max(0, Math.min(this.model.cols - 1, this.col + dc));
		if (this.#scalar(this.row) && !extend) this.col = 0;
		if (!extend) [this.anchorRow, this.anchorCol] = [this.row, this.col];
	}
	select(row: number, col: number, extend = false) {
		this.tabStart = null;
		this.row = row;
		this.col = this.#scalar(row) && !extend ? 0 : col;
		if (!extend) [this.anchorRow, this.anchorCol] = [this.row, this.col];
	}
	/** Tab (Shift+Tab back): the next year along; in a one-value row, the next row, as there is nothing beside it. */
	tab(back = false) {
		if (this.#scalar(this.row)) return this.move(back ? -1 : 1, 0);
		const start = this.tabStart ?? this.col;
		this.move(0, back ? -1 : 1);
		this.tabStart = start;
	}
	/** Tab would leave the grid here: past its first or last column, where the model lets Tab out. */
	tabOut(back = false) {
		return !!this.model.tabLeaves && (back ? this.col === 0 : this.col === this.model.cols - 1);
	}
	/** Enter (Shift+Enter up): one row down, back in the column where a run of Tabs started. */
	enter(back = false) {
		const start = this.tabStart;
		this.move(back ? -1 : 1, 0);
		if (start !== null && !this.#scalar(this.row)) this.select(this.row, Math.min(start, this.model.cols - 1));
	}
	selectName(name: string): boolean {
		const p = this.model.positionOf(name);
		if (!p || p.col >= this.model.cols) return false;
		this.select(p.row, p.col);
		return true;
	}
	/** The horizon shrank under the selection: keep it on a year that still exists. */
	clamp() {
		const last = this.model.cols - 1;
		if (this.col > last) this.col = last;
		if (this.anchorCol > last) this.anchorCol = last;
	}
}
