/**
 * The Assumptions sheet: the grid as a workbook. Every parameter cell carries a workbook-level defined name
 * (`cellName`), so a formula written as `quasi_subsidy_y1/2` reads the same in Excel, WPS and LibreOffice as in
 * the app. Formulas are written as formulas with the app's value cached beside them, so a reader that does not
 * recalculate still shows the app's figures. A cell's note (批注) is the cell's comment, as spreadsheets show it.
 */
import { CATALOGUE, cellName, type ParamDef } from '../../model/catalogue';
import type { ParamValues } from '../../model/inputs';
import type { Cell, ScenarioDoc } from '../../model/scenario';
import { UNIT_LABEL } from '../../model/units';
import type { Workbook } from './exceljs';
import { absolute, COL, HEAD, sectionHead, SHEETS, sourceCol, yearHead, type Lang } from './layout';
import { sourceText } from './source-text';
import { neutralise } from './text-cell';
import { noteComment } from './cell-comment';

const BOLD = { bold: true };
const SECTION_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const;

export function writeAssumptions(wb: Workbook, doc: ScenarioDoc, values: ParamValues, lang: Lang): void {
	const sheet = SHEETS.assumptions[lang];
	const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', xSplit: COL.firstYear - 1, ySplit: 1 }] });
	const years = doc.years;
	const head = ws.getRow(1);
	head.getCell(COL.key).value = HEAD.key[lang];
	head.getCell(COL.label).value = HEAD.label[lang];
	head.getCell(COL.unit).value = HEAD.unit[lang];
	for (let y = 0; y < years; y++) head.getCell(COL.firstYear + y).value = yearHead(doc.start, y, lang);
	head.getCell(sourceCol(years)).value = HEAD.source[lang];
	head.font = BOLD;

	let r = 2;
	let section = '';
	for (const def of CATALOGUE) {
		if (def.section !== section) {
			// Column A stays empty on header rows: the importer takes any row with a key in A as a parameter.
			section = def.section;
			const row = ws.getRow(r++);
			row.getCell(COL.label).value = sectionHead(def.section, lang);
			row.font = BOLD;
			for (let c = 1; c <= sourceCol(years); c++) row.getCell(c).fill = SECTION_FILL;
		}
		const row = ws.getRow(r);
		row.getCell(COL.key).value = def.key;
		row.getCell(COL.label).value = neutralise(def.label[lang]);
		row.getCell(COL.unit).value = UNIT_LABEL[def.unit][lang];
		const cells = doc.params[def.key]?.cells ?? [];
		row.getCell(sourceCol(years)).value = neutralise(sourceText(lang, def, cells, years));
		const n = def.shape === 'scalar' ? 1 : years;
		for (let y = 0; y < n; y++) {
			const cell = row.getCell(COL.firstYear + y);
			cell.value = cellValue(cells[y] ?? null, valueOf(values, def, y));
			if (def.unit === 'share') cell.numFmt = '0.00%';
			const note = doc.notes?.[cellName(def, y)];
			if (note) cell.note = noteComment(note);
			wb.definedNames.add(absolute(sheet, r, COL.firstYear + y), cellName(def, y));
		}
		r++;
	}
	ws.getColumn(COL.key).width = 26;
	// Column widths in characters: English labels run longer than Chinese ones.
	ws.getColumn(COL.label).width = { zh: 28, en: 44 }[lang];
	ws.getColumn(COL.unit).width = 14;
	for (let y = 0; y < years; y++) ws.getColumn(COL.firstYear + y).width = 26;
	ws.getColumn(sourceCol(years)).width = { zh: 16, en: 24 }[lang];
}

function valueOf(values: ParamValues, def: ParamDef, y: number): number | null {
	const v = values[def.key];
	return (Array.isArray(v) ? v[y] : v) ?? null;
}

/** exceljs takes a formula without its `=`; the cached result is the app's value (absent if the cell is in error). */
function cellValue(cell: Cell, result: number | null) {
	if (typeof cell === 'string')
		return result === null ? { formula: cell.slice(1) } : { formula: cell.slice(1), result };
	return cell;
}
