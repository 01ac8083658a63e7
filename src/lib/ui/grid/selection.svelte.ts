/** The grid's selection: an active cell and an anchor (shift-extends a block), plus the edit in progress. */
import type { Rect } from './paste-plan';
import { PARAM_ROWS, nameAt, positionOf } from './rows';

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
	constructor(public years: number) {}

	get name(): string | null {
		return nameAt(this.row, this.col);
	}
	get block() {
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
	move(dr: number, dc: number, extend = false) {
		this.tabStart = null;
		this.row = Math.max(0, Math.min(PARAM_ROWS.length - 1, this.row + dr));
		this.col = Math.max(0, Math.min(this.years - 1, this.col + dc));
		if (PARAM_ROWS[this.row].shape === 'scalar' && !extend) this.col = 0;
		if (!extend) [this.anchorRow, this.anchorCol] = [this.row, this.col];
	}
	select(row: number, col: number, extend = false) {
		this.tabStart = null;
		this.row = row;
		this.col = PARAM_ROWS[row].shape === 'scalar' && !extend ? 0 : col;
		if (!extend) [this.anchorRow, this.anchorCol] = [this.row, this.col];
	}
	/** Tab (Shift+Tab back): the next year along; in a one-value row, the next row, as there is nothing beside it. */
	tab(back = false) {
		if (PARAM_ROWS[this.row].shape === 'scalar') return this.move(back ? -1 : 1, 0);
		const start = this.tabStart ?? this.col;
		this.move(0, back ? -1 : 1);
		this.tabStart = start;
	}
	/** Enter (Shift+Enter up): one row down, back in the column where a run of Tabs started. */
	enter(back = false) {
		const start = this.tabStart;
		this.move(back ? -1 : 1, 0);
		if (start !== null && PARAM_ROWS[this.row].shape !== 'scalar')
			this.select(this.row, Math.min(start, this.years - 1));
	}
	selectName(name: string): boolean {
		const p = positionOf(name);
		if (!p || p.col >= this.years) return false;
		this.select(p.row, p.col);
		return true;
	}
}
