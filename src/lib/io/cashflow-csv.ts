/** The fund-use plan as CSV (UTF-8 with BOM, as every CSV here): notes above, then streets × months. */
import type { Lang } from '../i18n';
import type { CashflowTable } from '../model/cashflow';
import { neutralise } from './xlsx/text-cell';
import { columnHead, rowLabel } from './cashflow-words';

/** Figures to the plan's decimals (万元, three places): what the clerk copies into the treasury's form. */
export function cashflowCsv(table: CashflowTable, notes: readonly string[], L: Lang, streetHead: string): string {
	const lines = notes.map((n) => cell(n));
	lines.push('');
	lines.push([streetHead, ...table.columns.map((c) => columnHead(L, c, true))].map(cell).join(','));
	for (const r of table.rows) lines.push([cell(rowLabel(L, r)), ...r.values.map((v) => v.toFixed(3))].join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function cell(v: string): string {
	const safe = neutralise(v);
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
