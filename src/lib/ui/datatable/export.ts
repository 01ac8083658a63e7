/**
 * A data table as CSV (papaparse; UTF-8 with a BOM, so Excel and WPS open the Chinese right) and as XLSX
 * (exceljs, loaded only when asked for): sheet 模拟运算表, the notes above, headers in the user's language,
 * the scenario's own point in bold on a tinted cell. Text that a spreadsheet would run as a formula is
 * neutralised in both.
 */
import Papa from 'papaparse';
import { t, type Lang } from '../../i18n';
import { loadExcelJS } from '../../io/xlsx/exceljs';
import { neutralise } from '../../io/xlsx/text-cell';
import type { Shown } from './screen.svelte';
import { tableSheet, type SheetCell } from './sheet';

const safe = (c: SheetCell) => (typeof c === 'string' ? neutralise(c) : c);

export function tableCsv(L: Lang, s: Shown): string {
	const sh = tableSheet(L, s);
	const rows = [sh.head, ...sh.body].map((r) => r.map((c) => (c === null ? '' : safe(c))));
	return '\uFEFF' + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
}

export const SHEET_NAME = '模拟运算表';

export async function tableXlsx(L: Lang, s: Shown): Promise<ArrayBuffer> {
	const ExcelJS = await loadExcelJS();
	const sh = tableSheet(L, s);
	const wb = new ExcelJS.Workbook();
	wb.title = neutralise(sh.notes[0]);
	const ws = wb.addWorksheet(SHEET_NAME);
	for (const n of sh.notes) ws.addRow([neutralise(n)]);
	ws.getRow(1).font = { bold: true };
	ws.addRow([]);
	const headAt = sh.notes.length + 2;
	ws.addRow(sh.head.map(safe));
	ws.getRow(headAt).font = { bold: true };
	for (const r of sh.body) ws.addRow(r.map(safe));
	ws.getColumn(1).font = { bold: true };
	ws.getColumn(1).width = 18;
	if (sh.own) {
		const c = ws.getCell(headAt + 1 + sh.own.r, 1 + sh.own.c);
		c.font = { bold: true };
		c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE08A' } };
		c.note = t(L, 'datatable.ownValue');
	}
	ws.views = [{ state: 'frozen', xSplit: 1, ySplit: headAt }];
	return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
