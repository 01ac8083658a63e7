/**
 * The one key map, over two grids' models: what a planner's keys do to the selection and which writes reach
 * the model. Expected moves are written out here by hand (Excel's and WPS's behaviour), not read from the code.
 */
import { describe, expect, it } from 'vitest';
import { handleKey } from '../../src/lib/ui/grid/keys';
import { GridSelection } from '../../src/lib/ui/grid/selection.svelte';
import type { SheetModel } from '../../src/lib/ui/grid/sheet-model';
import type { Edit } from '../../src/lib/ui/grid/paste-plan';

/** A 3 × 3 grid (row 1 has one value), cells named r{row}c{col}; only row 2 may be blank. */
function model(over: Partial<SheetModel> = {}) {
	const writes: Edit[][] = [];
	const commits: [string, string][] = [];
	const said: string[] = [];
	const m: SheetModel = {
		rows: 3,
		cols: 3,
		nameAt: (r, c) => (r === 1 && c > 0 ? null : `r${r}c${c}`),
		blankAllowed: (n) => n.startsWith('r2'),
		scalar: (r) => r === 1,
		positionOf: () => null,
		text: (n) => `text of ${n}`,
		value: (n) => n,
		commit: (n, t) => (commits.push([n, t]), Promise.resolve(true)),
		write: (e) => (writes.push(e), Promise.resolve()),
		undo: () => said.push('undo'),
		redo: () => said.push('redo'),
		note: (msg) => void said.push(`note ${msg?.en ?? null}`),
		refuse: (msg) => void said.push(`refuse ${msg.en}`),
		cutNote: (n) => ({ zh: `${n}`, en: `${n}` }),
		...over
	};
	return { m, writes, commits, said };
}
const key = (k: string, more: Partial<KeyboardEvent> = {}) =>
	({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...more }) as KeyboardEvent;
const at = (s: GridSelection) => [s.row, s.col];

describe('the spreadsheet keys', () => {
	it('move, extend with Shift, and stop at the edges', () => {
		const s = new GridSelection(model().m);
		handleKey(key('ArrowRight'), s);
		handleKey(key('ArrowRight'), s);
		handleKey(key('ArrowRight'), s);
		expect(at(s)).toEqual([0, 2]);
		handleKey(key('ArrowDown', { shiftKey: true }), s);
		handleKey(key('ArrowDown', { shiftKey: true }), s);
		expect(s.block).toEqual({ r0: 0, r1: 2, c0: 2, c1: 2 });
	});

	it('Tab runs along the years and Enter returns to where the run of Tabs began, one row down', () => {
		const s = new GridSelection(model().m);
		s.select(2, 0);
		handleKey(key('Tab'), s);
		handleKey(key('Tab'), s);
		expect(at(s)).toEqual([2, 2]);
		s.select(0, 1);
		handleKey(key('Tab'), s);
		handleKey(key('Enter'), s); // row 1 has one value: its first column
		expect(at(s)).toEqual([1, 0]);
		handleKey(key('Enter'), s);
		expect(at(s)).toEqual([2, 0]);
	});

	it('Tab past the last year stays in a grid that keeps it, and leaves one that lets it out', () => {
		const kept = new GridSelection(model().m);
		kept.select(0, 2);
		expect(handleKey(key('Tab'), kept)).toBe(true);
		expect(at(kept)).toEqual([0, 2]);
		const out = new GridSelection(model({ tabLeaves: true }).m);
		out.select(0, 2);
		expect(handleKey(key('Tab'), out)).toBe(false);
		out.select(0, 0);
		expect(handleKey(key('Tab', { shiftKey: true }), out)).toBe(false);
		expect(handleKey(key('Tab'), out)).toBe(true);
		expect(at(out)).toEqual([0, 1]);
	});

	it('typing replaces, F2 edits what is there, Enter commits and moves down', () => {
		const { m, commits } = model();
		const s = new GridSelection(m);
		handleKey(key('7'), s);
		expect([s.editing, s.draft]).toEqual([true, '7']);
		s.draft = '75';
		handleKey(key('Enter'), s);
		expect(commits).toEqual([['r0c0', '75']]);
		expect([s.editing, ...at(s)]).toEqual([false, 1, 0]);
		handleKey(key('F2'), s);
		expect(s.draft).toBe('text of r1c0');
	});

	it('a refusal known at once keeps the selection on the cell', () => {
		const s = new GridSelection(model({ commit: () => false }).m);
		handleKey(key('x'), s);
		handleKey(key('Enter'), s);
		expect([s.editing, ...at(s)]).toEqual([false, 0, 0]);
	});

	it('Delete clears the cells that may be blank in one write and names the others', () => {
		const { m, writes, said } = model();
		const s = new GridSelection(m);
		s.select(1, 0);
		s.select(2, 1, true);
		handleKey(key('Delete'), s);
		expect(writes).toEqual([
			[
				{ name: 'r2c0', cell: null },
				{ name: 'r2c1', cell: null }
			]
		]);
		expect(said).toEqual(['refuse r1c0: only targets may be blank — type a number instead']);
	});

	it('Ctrl+Z and Ctrl+Y undo and redo, except inside an edit (the text field has its own)', () => {
		const { m, said } = model();
		const s = new GridSelection(m);
		expect(handleKey(key('z', { ctrlKey: true }), s)).toBe(true);
		expect(handleKey(key('y', { ctrlKey: true }), s)).toBe(true);
		s.editing = true;
		expect(handleKey(key('z', { ctrlKey: true }), s)).toBe(false);
		expect(said).toEqual(['undo', 'redo']);
	});

	it('Esc cancels a pending cut and its note; with none, it is not the grid’s', () => {
		const { m, said } = model();
		const s = new GridSelection(m);
		expect(handleKey(key('Escape'), s)).toBe(false);
		s.cut = { rect: { r0: 0, r1: 0, c0: 0, c1: 0 }, id: 'x' };
		expect(handleKey(key('Escape'), s)).toBe(true);
		expect([s.cut, said]).toEqual([null, ['note null']]);
	});
});
