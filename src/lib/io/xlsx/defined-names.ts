/**
 * The workbook's defined names that point at one cell of the Assumptions sheet (`sheet`: 假设 or Assumptions),
 * by lower-case name (names are case-insensitive in every spreadsheet). exceljs writes them as
 * `Assumptions!$D$5` or `'假设'!$D$5`; LibreOffice and Excel may quote the sheet or drop the `$`s when they re-save.
 */
import type { Workbook } from './exceljs';

export interface Place {
	row: number;
	col: number;
}

const REF = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)$/i;

export function assumptionNames(wb: Workbook, sheet: string): Map<string, Place> {
	const out = new Map<string, Place>();
	for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
		if (ranges.length !== 1) continue;
		const m = REF.exec(ranges[0]);
		if (!m || (m[1]?.replace(/''/g, "'") ?? m[2]) !== sheet) continue;
		out.set(name.toLowerCase(), { row: Number(m[4]), col: columnNumber(m[3]) });
	}
	return out;
}

function columnNumber(letters: string): number {
	let n = 0;
	for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n;
}
