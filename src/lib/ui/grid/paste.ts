/**
 * Copy and paste of blocks. Out: values in full precision as TSV (what Excel and WPS read), plus the cells as
 * typed under a private type so a paste back into the workbench keeps formulas. In: TSV from any spreadsheet,
 * each cell parsed like typed input; the whole block is one undo step, or nothing if any cell is refused.
 */
import type { Cell } from '../../model/scenario';
import { parseCellInput } from '../../sheet/cell-input';
import type { Workbench } from '../../state/workbench.svelte';
import { fromTsv, toTsv } from './clipboard';
import { nameAt, PARAM_ROWS } from './rows';
import type { GridSelection } from './selection.svelte';

const PRIVATE = 'application/x-donghe-cells+json';

export function copyBlock(e: ClipboardEvent, wb: Workbench, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	const { r0, r1, c0, c1 } = sel.block;
	const values: string[][] = [];
	const cells: (Cell | undefined)[][] = [];
	for (let r = r0; r <= r1; r++) {
		const vr: string[] = [];
		const cr: (Cell | undefined)[] = [];
		for (let c = c0; c <= c1; c++) {
			const n = nameAt(r, c);
			const v = n ? wb.values[n] : null;
			vr.push(v === null || v === undefined ? '' : String(v));
			cr.push(n ? wb.cells[n] : undefined);
		}
		values.push(vr);
		cells.push(cr);
	}
	e.clipboardData.setData('text/plain', toTsv(values));
	e.clipboardData.setData(PRIVATE, JSON.stringify(cells));
	e.preventDefault();
}

export function pasteBlock(e: ClipboardEvent, wb: Workbench, sel: GridSelection) {
	if (sel.editing || !e.clipboardData) return;
	e.preventDefault();
	const priv = e.clipboardData.getData(PRIVATE);
	const block: (string | Cell | undefined)[][] = priv
		? JSON.parse(priv)
		: fromTsv(e.clipboardData.getData('text/plain'));
	const edits: { name: string; cell: Cell }[] = [];
	const problems: string[] = [];
	block.forEach((line, dr) =>
		line.forEach((text, dc) => {
			const r = sel.row + dr,
				c = sel.col + dc;
			if (text === undefined || r >= PARAM_ROWS.length || c >= sel.years) return;
			const n = nameAt(r, c);
			if (!n) return;
			if (typeof text !== 'string' || text.startsWith('=')) edits.push({ name: n, cell: text as Cell });
			else {
				const p = parseCellInput(n, text);
				if (p.ok) edits.push({ name: n, cell: p.cell });
				else problems.push(`${n}: ${p.en}`);
			}
		})
	);
	if (problems.length) {
		wb.notice = { en: `Nothing pasted — ${problems.join('; ')}`, zh: `未粘贴 —— ${problems.join('；')}` };
		return;
	}
	void wb.editMany(edits);
	const rows = block.length,
		cols = Math.max(...block.map((l) => l.length));
	sel.select(sel.row, sel.col);
	sel.select(Math.min(PARAM_ROWS.length - 1, sel.row + rows - 1), Math.min(sel.years - 1, sel.col + cols - 1), true);
}
