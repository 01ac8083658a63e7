/**
 * The fund-use plan as one XLSX sheet: notes above (scenario, rule, date), then streets as rows, months as
 * columns with quarter and year totals. Figures are numbers formatted as 万元 with the plan's three decimals;
 * totals are written as values, not formulas, so any reader shows the screen's figures.
 */
import type { Lang } from '../../i18n';
import type { CashflowTable } from '../../model/cashflow';
import { columnHead, rowLabel } from '../cashflow-words';
import { loadExcelJS } from './exceljs';
import { neutralise } from './text-cell';

const WAN = '#,##0.000';

export async function cashflowXlsx(
	table: CashflowTable,
	notes: readonly string[],
	L: Lang,
	words: { sheet: string; street: string }
): Promise<Uint8Array> {
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	const head = notes.length + 2; // a blank line between the notes and the table
	const ws = wb.addWorksheet(words.sheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: head }] });
	notes.forEach((n, i) => (ws.getCell(i + 1, 1).value = neutralise(n)));
	const hr = ws.getRow(head);
	hr.getCell(1).value = words.street;
	table.columns.forEach((c, j) => (hr.getCell(j + 2).value = columnHead(L, c, true)));
	hr.font = { bold: true };
	table.rows.forEach((r, i) => {
		const row = ws.getRow(head + 1 + i);
		row.getCell(1).value = neutralise(rowLabel(L, r));
		r.values.forEach((v, j) => {
			const c = row.getCell(j + 2);
			c.value = v;
			c.numFmt = WAN;
		});
		if (r.kind === 'district' || r.kind === 'paid') row.font = { bold: true };
	});
	ws.getColumn(1).width = 28;
	table.columns.forEach((c, j) => {
		const col = ws.getColumn(j + 2);
		col.width = c.kind === 'month' ? 11 : 14;
		if (c.kind !== 'month') col.font = { bold: true };
	});
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
