/**
 * CSV out: UTF-8 with a BOM, because Excel on Chinese Windows reads a BOM-less CSV as GBK and garbles it.
 * Text that a spreadsheet would run as a formula (= + - @, and tab/CR per OWASP) gets a leading quote.
 */
import { neutralise } from '../io/xlsx/text-cell';

export interface CsvColumn<T> {
	header: string;
	value: (row: T) => string | number | boolean | null | undefined;
}

export function writeCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const lines = [columns.map((c) => cell(c.header)).join(',')];
	for (const r of rows) lines.push(columns.map((c) => cell(c.value(r))).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function cell(v: string | number | boolean | null | undefined): string {
	if (v === null || v === undefined) return '';
	// Numbers stay numbers: a negative figure is data, not an injected formula.
	if (typeof v !== 'string') return String(v);
	const safe = neutralise(v); // reversible: the importer removes exactly one quote (parse.ts)
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
