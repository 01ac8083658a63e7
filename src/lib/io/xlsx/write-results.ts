/** The Results sheet: the yearly table of the projection, numbers as numbers. */
import type { Projection } from '../../model/projection';
import type { Workbook } from './exceljs';
import { SHEETS, type Lang } from './layout';
import { RESULT_COLUMNS } from './results-columns';

export function writeResults(wb: Workbook, projection: Projection, lang: Lang): void {
	const ws = wb.addWorksheet(SHEETS.results[lang], { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
	const head = ws.getRow(1);
	RESULT_COLUMNS.forEach((c, i) => (head.getCell(i + 1).value = c.head[lang]));
	head.font = { bold: true };
	projection.years.forEach((r, j) => {
		const row = ws.getRow(j + 2);
		RESULT_COLUMNS.forEach((c, i) => {
			const cell = row.getCell(i + 1);
			cell.value = c.get(r);
			if (c.numFmt) cell.numFmt = c.numFmt;
		});
	});
	RESULT_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = Math.max(10, Math.min(30, c.head[lang].length + 4))));
}
