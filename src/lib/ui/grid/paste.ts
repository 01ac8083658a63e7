/**
 * Copy, cut and paste of blocks through the clipboard events, for every grid (through its model,
 * sheet-model.ts). Out: the cells' values as TSV (what Excel and WPS read), plus the cells as typed under a
 * private type so a paste back into the workbench keeps formulas. In: the private cells when present, else TSV
 * from any spreadsheet; where it goes and whether it may is decided by `planPaste` (paste-plan.ts); the edits are
 * one undo step, or nothing changes and the model's refusal says why.
 */
import { msgEach, t } from '../../i18n';
import { fromTsv, toTsv } from './clipboard';
import { cutProblems, planPaste, type Block, type Rect } from './paste-plan';
import type { GridSelection } from './selection.svelte';
import type { SheetModel } from './sheet-model';

const PRIVATE = 'application/x-donghe-cells+json';
/** Larger than any grid: a clipboard claiming more is not ours (or not worth parsing). */
const MAX_CELLS = 100_000;

type Private = { v: 1; id: string; cells: Block };

function write(e: ClipboardEvent, m: SheetModel, block: Rect): string {
	const values: string[][] = [];
	const cells: Block = [];
	for (let r = block.r0; r <= block.r1; r++) {
		const vr: string[] = [];
		const cr: (string | null)[] = [];
		for (let c = block.c0; c <= block.c1; c++) {
			const n = m.nameAt(r, c);
			vr.push(n ? m.value(n) : '');
			cr.push(n ? m.text(n) : null); // null: no cell here (a scalar row's other years)
		}
		values.push(vr);
		cells.push(cr);
	}
	const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
	e.clipboardData!.setData('text/plain', toTsv(values));
	e.clipboardData!.setData(PRIVATE, JSON.stringify({ v: 1, id, cells } satisfies Private));
	e.preventDefault();
	return id;
}

export function copyBlock(e: ClipboardEvent, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	write(e, sel.model, sel.block);
	sel.cut = null;
}

/**
 * Cut is a move, as in Excel: the block goes to the clipboard now, and the next paste in the workbench writes it
 * and clears the cut cells outside the paste area, as one undo step. Only cells that may be blank can be emptied
 * (targets), as with Delete; a block with any other cell is copied instead, and the notice says so.
 */
export function cutBlock(e: ClipboardEvent, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	const m = sel.model;
	const block = sel.block;
	const id = write(e, m, block);
	const bad = cutProblems(block, m);
	if (bad.length) {
		sel.cut = null;
		const names = (sep: string) => bad.slice(0, 3).join(sep) + (bad.length > 3 ? ` … (${bad.length})` : '');
		m.refuse(msgEach('grid.cutRefused', (L) => ({ names: names(t(L, 'grid.nameSep')) })));
		return;
	}
	sel.cut = { rect: block, id };
	m.note(m.cutNote((block.r1 - block.r0 + 1) * (block.c1 - block.c0 + 1)));
}

/** The private payload, if the clipboard holds one of the right shape; anything else is read as TSV. */
function readPrivate(data: DataTransfer): Private | null {
	const raw = data.getData(PRIVATE);
	if (!raw || raw.length > 4 * MAX_CELLS) return null;
	try {
		const p = JSON.parse(raw);
		const ok =
			p?.v === 1 &&
			typeof p.id === 'string' &&
			Array.isArray(p.cells) &&
			p.cells.every((l: unknown) => Array.isArray(l) && l.every((c) => c === null || typeof c === 'string'));
		return ok ? p : null;
	} catch {
		return null;
	}
}

export function pasteBlock(e: ClipboardEvent, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	e.preventDefault();
	const m = sel.model;
	const priv = readPrivate(e.clipboardData);
	const cut = priv && sel.cut && sel.cut.id === priv.id ? sel.cut.rect : undefined;
	const block: Block = priv ? priv.cells : fromTsv(e.clipboardData.getData('text/plain'));
	if (m.dropBlankRows) while (block.length && block[block.length - 1].every((c) => !c?.trim())) block.pop();
	if (!block.length && m.dropBlankRows) return;
	const plan = planPaste(block, sel.block, m, cut);
	if (!plan.ok) return m.refuse(plan.message);
	if (m.write(plan.edits) === false) return;
	if (cut) sel.cut = null;
	// From a single cell, the pasted area becomes the selection, the active cell at its top-left (as in Excel).
	const a = plan.area;
	const b = sel.block;
	if (a.r0 === b.r0 && a.r1 === b.r1 && a.c0 === b.c0 && a.c1 === b.c1) return;
	[sel.row, sel.col, sel.anchorRow, sel.anchorCol] = [a.r0, a.c0, a.r1, a.c1];
}
