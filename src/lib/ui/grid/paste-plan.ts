/**
 * Where a paste goes, decided before anything changes (pure: no DOM, no workbench). Rules, as in Excel:
 * - the paste starts at the selection's top-left, whichever corner the selection was made from;
 * - one copied value fills every cell of the selection (a scalar row's missing years are no cells to fill);
 * - a copied block tiles a selection that is a whole multiple of it (rows and columns);
 * - a single selected cell takes the block at its own size (the block's extent is the paste area);
 * - any other selection is refused (Excel's rule; WPS would paste once at the top-left, which writes outside a
 *   selection smaller than the block, and silently leaves a larger one half-filled);
 * - nothing is written outside the paste area; a block that runs past the last year or row, or puts a value
 *   where a scalar row has no cell, is refused with a message naming the problem;
 * - every cell is parsed like typed input, and one refused cell refuses the whole paste.
 * A cut moves: the paste area takes the cut cells and the cut cells outside it are cleared (only cells that may be
 * blank can be cut; see `cutProblems`). As in Excel, a cut pastes into one cell or a block of its own size.
 */
import type { Cell } from '../../model/scenario';
import { parseCellInput } from '../../sheet/cell-input';
import { msg, msgEach, t, type Lang, type Msg } from '../../i18n';

export type { Msg } from '../../i18n';
export type Rect = { r0: number; r1: number; c0: number; c1: number };
/** A copied block, row by row: each cell's text as typed, or null where the copied area had no cell. */
export type Block = (string | null)[][];
export type Edit = { name: string; cell: Cell };
export type PastePlan = { ok: true; edits: Edit[]; area: Rect } | { ok: false; message: Msg };

/** The grid's shape: which (row, col) hold a cell, and which cells may be blank. */
export interface GridShape {
	rows: number;
	cols: number;
	nameAt(row: number, col: number): string | null;
	blankAllowed(name: string): boolean;
	/**
	 * Reads one pasted text for the cell `name`; the message, when refused, says which cell. Default: the main
	 * grid's rule (a number or a formula, `parseCellInput`). The actuals grid passes its own (rates, counts, money).
	 */
	parse?(name: string, text: string): { ok: true; cell: Cell } | { ok: false; message: Msg };
}

function parseParamCell(name: string, text: string): { ok: true; cell: Cell } | { ok: false; message: Msg } {
	const p = parseCellInput(name, text);
	return p.ok ? p : { ok: false, message: msgEach('grid.cellProblem', (L) => ({ name, why: p[L] })) };
}

/** The cells a cut would empty that must hold a number (names, in grid order); empty when the cut is allowed. */
export function cutProblems(cut: Rect, shape: GridShape): string[] {
	const out: string[] = [];
	for (let r = cut.r0; r <= cut.r1; r++)
		for (let c = cut.c0; c <= cut.c1; c++) {
			const n = shape.nameAt(r, c);
			if (n && !shape.blankAllowed(n)) out.push(n);
		}
	return out;
}

export function planPaste(block: Block, sel: Rect, shape: GridShape, cut?: Rect): PastePlan {
	const h = block.length;
	const w = Math.max(0, ...block.map((l) => l.length));
	if (h === 0 || w === 0) return { ok: false, message: msg('grid.pasteEmpty') };
	const H = sel.r1 - sel.r0 + 1;
	const W = sel.c1 - sel.c0 + 1;
	const at = shape.nameAt(sel.r0, sel.c0) ?? `R${sel.r0 + 1}C${sel.c0 + 1}`;

	let area: Rect;
	const fill = h === 1 && w === 1;
	if (cut && !(H === 1 && W === 1) && !(H === h && W === w))
		return { ok: false, message: msg('grid.cutSize', { h, w }) };
	if (fill) area = sel;
	else if (H === 1 && W === 1) area = { r0: sel.r0, r1: sel.r0 + h - 1, c0: sel.c0, c1: sel.c0 + w - 1 };
	else if (H % h === 0 && W % w === 0) area = sel;
	else return { ok: false, message: msg('grid.pasteNotMultiple', { h, w, H, W }) };
	if (area.c1 >= shape.cols) return { ok: false, message: msg('grid.pastePastYear', { w, at, years: shape.cols }) };
	if (area.r1 >= shape.rows) {
		const last = shape.nameAt(shape.rows - 1, 0) ?? String(shape.rows);
		return { ok: false, message: msg('grid.pastePastRow', { h, at, last }) };
	}

	const edits: Edit[] = [];
	const problems: Msg[] = [];
	for (let r = area.r0; r <= area.r1; r++)
		for (let c = area.c0; c <= area.c1; c++) {
			const text = block[(r - area.r0) % h][(c - area.c0) % w] ?? null;
			if (text === null) continue; // the copy had no cell here: leave the target alone
			const name = shape.nameAt(r, c);
			if (!name) {
				if (fill || text.trim() === '') continue; // one value fills the cells there are; a blank adds nothing
				const key = shape.nameAt(r, 0) ?? `R${r + 1}`;
				problems.push(msg('grid.pasteNoCell', { key, year: c + 1 }));
				continue;
			}
			const p = (shape.parse ?? parseParamCell)(name, text);
			if (!p.ok) problems.push(p.message);
			else if (p.cell === null && !shape.blankAllowed(name)) problems.push(msg('grid.pasteBlank', { name }));
			else edits.push({ name, cell: p.cell });
		}
	if (cut) {
		const inArea = (r: number, c: number) => r >= area.r0 && r <= area.r1 && c >= area.c0 && c <= area.c1;
		for (let r = cut.r0; r <= cut.r1; r++)
			for (let c = cut.c0; c <= cut.c1; c++) {
				const name = shape.nameAt(r, c);
				if (!name || inArea(r, c)) continue;
				if (shape.blankAllowed(name)) edits.push({ name, cell: null });
				else problems.push(msg('grid.pasteBlank', { name }));
			}
	}
	if (problems.length) return { ok: false, message: refusal(problems) };
	return { ok: true, edits, area };
}

/** Up to three problems by name, then how many more: enough to find them without a wall of text. */
function refusal(problems: Msg[]): Msg {
	const shown = problems.slice(0, 3);
	const more = problems.length - shown.length;
	const list = (lang: Lang) => {
		const sep = t(lang, 'grid.listSep');
		const tail = more ? sep + t(lang, 'grid.pasteMore', { n: more }) : '';
		return shown.map((p) => p[lang]).join(sep) + tail;
	};
	// Filled in one pass: a cell's text may itself contain braces, and is not read for placeholders again.
	return msgEach('grid.pasteRefused', (L) => ({ problems: list(L) }));
}
