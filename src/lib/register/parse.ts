/**
 * Files → cells. CSV through papaparse (quotes, embedded newlines, delimiter sniffing: Excel's "Unicode text"
 * is tab-separated); XLSX through exceljs, loaded lazily so the spreadsheet reader never enters the first
 * bundle. Row numbers are the ones a spreadsheet shows: a quoted newline does not start a new row.
 */
import { loadProblem } from '../io/xlsx/load-problem';
import Papa from 'papaparse';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { restore } from '../io/xlsx/text-cell';
import { LIMITS, type Problem, type RawTable } from './types';

export type Parsed = { ok: true; table: RawTable } | { ok: false; problems: Problem[] };

export function parseCsv(text: string): Parsed {
	const res = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: '' });
	// A one-column file has no delimiter to detect; that is not an error here (its headers will be).
	const errors = res.errors.filter((e) => e.code !== 'UndetectableDelimiter');
	if (errors.length > 0) {
		return {
			ok: false,
			problems: errors.map((e) => {
				const row = (e.row ?? 0) + 1;
				return {
					row,
					column: '',
					message: {
						en: `Row ${row}: the CSV cannot be read (${e.message}). Check for an unmatched double quote (").`,
						zh: `第 ${row} 行：无法读取 CSV（${e.message}）。请检查是否有未配对的双引号（"）。`
					}
				};
			})
		};
	}
	if (res.data.length > LIMITS.rows + 1) return tooManyRows(res.data.length);
	const wide = res.data.findIndex((cells) => cells.length > LIMITS.columns);
	if (wide >= 0) return tooWide(wide + 1, res.data[wide].length);
	const rows = res.data.map((cells, i) => {
		// In place: no second copy of 900,000 cells. A quote that neutralised a formula on export goes again.
		for (let j = 0; j < cells.length; j++) cells[j] = restore(cells[j].trim());
		return { row: i + 1, cells };
	});
	return { ok: true, table: { rows } };
}

export async function parseXlsx(bytes: Uint8Array): Promise<Parsed> {
	const mod = await import('exceljs');
	// exceljs is CommonJS in Node and a UMD bundle in the browser: its namespace sits on `default` in both.
	const ExcelJS = ((mod as unknown as { default?: typeof mod }).default ?? mod) as typeof mod;
	const wb: Workbook = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch (e) {
		const p = loadProblem(e);
		if (p.kind === 'no-address') return fileProblem(`${p.message.en}.`, `${p.message.zh}。`);
		return fileProblem(`the XLSX file cannot be opened (${p.detail}).`, `无法打开 XLSX 文件（${p.detail}）。`);
	}
	const ws = wb.worksheets[0];
	if (!ws) return fileProblem('the workbook has no sheet.', '工作簿中没有工作表。');
	return sheetTable(ws);
}

/** One worksheet's cells as text (a register file's first sheet, or a scenario workbook's register sheet). */
export function sheetTable(ws: Worksheet): Parsed {
	if (ws.rowCount > LIMITS.rows + 1) return tooManyRows(ws.rowCount);
	const rows: RawTable['rows'] = [];
	ws.eachRow({ includeEmpty: false }, (r, row) => {
		const cells: string[] = [];
		// getCell, not r.values: a vertically merged street cell then repeats on every row it spans.
		for (let c = 1; c <= r.cellCount; c++) cells.push(cellText(r.getCell(c).value).trim());
		rows.push({ row, cells });
	});
	return { ok: true, table: { rows } };
}

function cellText(v: CellValue): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if ('richText' in v) return v.richText.map((r) => r.text).join('');
	if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result ?? null);
	if ('text' in v) return cellText(v.text as CellValue);
	if ('error' in v) return String(v.error);
	return '';
}

export function fileProblem(en: string, zh: string): { ok: false; problems: Problem[] } {
	return { ok: false, problems: [{ row: 0, column: '', message: { en: `The file: ${en}`, zh: `文件：${zh}` } }] };
}

/** A register has nine columns: a row of thousands is not one, and reading it cell by cell would freeze the tab. */
function tooWide(row: number, n: number) {
	return fileProblem(
		`row ${row} has ${n.toLocaleString('en')} cells; a register has 9 columns (at most ${LIMITS.columns} are read). Is this the right file?`,
		`第 ${row} 行有 ${n} 个单元格；台账只有 9 列（最多读取 ${LIMITS.columns} 列）。请确认文件是否正确。`
	);
}

function tooManyRows(n: number) {
	return fileProblem(
		`it has ${n.toLocaleString('en')} rows; the limit is ${LIMITS.rows.toLocaleString('en')} compounds. Split the file.`,
		`共 ${n} 行，超过 ${LIMITS.rows} 个小区的上限。请拆分文件。`
	);
}
