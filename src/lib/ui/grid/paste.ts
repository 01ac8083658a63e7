/**
 * Copy, cut and paste of blocks through the clipboard events. Out: values in full precision as TSV (what Excel
 * and WPS read), plus the cells as typed under a private type so a paste back into the workbench keeps formulas.
 * In: the private cells when present, else TSV from any spreadsheet; where it goes and whether it may is decided
 * by `planPaste` (paste-plan.ts); the edits are one undo step, or nothing changes and the notice says why.
 */
import { cellText } from '../../sheet/input';
import type { Workbench } from '../../state/workbench.svelte';
import { msg, msgEach, t } from '../../i18n';
import { fromTsv, toTsv } from './clipboard';
import { cutProblems, planPaste, type Block, type Rect } from './paste-plan';
import { gridShape, nameAt } from './rows';
import type { GridSelection } from './selection.svelte';

const PRIVATE = 'application/x-donghe-cells+json';
/** Larger than any grid: a clipboard claiming more is not ours (or not worth parsing). */
const MAX_CELLS = 100_000;

type Private = { v: 1; id: string; cells: Block };

function write(e: ClipboardEvent, wb: Workbench, block: Rect): string {
	const values: string[][] = [];
	const cells: Block = [];
	for (let r = block.r0; r <= block.r1; r++) {
		const vr: string[] = [];
		const cr: (string | null)[] = [];
		for (let c = block.c0; c <= block.c1; c++) {
			const n = nameAt(r, c);
			const v = n ? wb.values[n] : null;
			vr.push(v === null || v === undefined ? '' : String(v));
			cr.push(n ? cellText(wb.cells[n] ?? null) : null); // null: no cell here (a scalar row's other years)
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

export function copyBlock(e: ClipboardEvent, wb: Workbench, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	write(e, wb, sel.block);
	sel.cut = null;
}

/**
 * Cut is a move, as in Excel: the block goes to the clipboard now, and the next paste in the workbench writes it
 * and clears the cut cells outside the paste area, as one undo step. Only cells that may be blank can be emptied
 * (targets), as with Delete; a block with any other cell is copied instead, and the notice says so.
 */
export function cutBlock(e: ClipboardEvent, wb: Workbench, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	const block = sel.block;
	const id = write(e, wb, block);
	const bad = cutProblems(block, gridShape(sel.years));
	if (bad.length) {
		sel.cut = null;
		const names = (sep: string) => bad.slice(0, 3).join(sep) + (bad.length > 3 ? ` … (${bad.length})` : '');
		wb.notice = msgEach('grid.cutRefused', (L) => ({ names: names(t(L, 'grid.nameSep')) }));
		return;
	}
	sel.cut = { rect: block, id };
	const n = String((block.r1 - block.r0 + 1) * (block.c1 - block.c0 + 1));
	wb.notice = msg('grid.cutPending', { n });
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

export function pasteBlock(e: ClipboardEvent, wb: Workbench, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	e.preventDefault();
	const priv = readPrivate(e.clipboardData);
	const cut = priv && sel.cut && sel.cut.id === priv.id ? sel.cut.rect : undefined;
	const block: Block = priv ? priv.cells : fromTsv(e.clipboardData.getData('text/plain'));
	const plan = planPaste(block, sel.block, gridShape(sel.years), cut);
	if (!plan.ok) {
		wb.notice = plan.message;
		return;
	}
	void wb.editMany(plan.edits);
	if (cut) sel.cut = null;
	// From a single cell, the pasted area becomes the selection, the active cell at its top-left (as in Excel).
	const a = plan.area;
	const b = sel.block;
	if (a.r0 === b.r0 && a.r1 === b.r1 && a.c0 === b.c0 && a.c1 === b.c1) return;
	[sel.row, sel.col, sel.anchorRow, sel.anchorCol] = [a.r0, a.c0, a.r1, a.c1];
}
