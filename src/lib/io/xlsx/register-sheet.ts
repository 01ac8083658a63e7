/**
 * The scenario's compound register on its own sheet (小区登记册 / Register): headed as the
 * register importer reads it, one row per compound, so a colleague can read and edit it in WPS or Excel and the
 * import reads it back with the register's own checks — a totals row (合计/总计) added there is skipped and
 * noted once. A workbook without the sheet imports exactly as before.
 */
import { msg } from '../../i18n';
import { registerColumns } from '../../register/export';
import { sheetTable } from '../../register/parse';
import { looksSynthetic, type Kept } from '../../register/stored';
import { validate } from '../../register/validate';
import type { ReadError } from '../read-error';
import type { Workbook } from './exceljs';
import type { Lang } from './layout';
import { neutralise, restore } from './text-cell';

export const REGISTER_SHEET = msg('library.registerSheet');

export function writeRegisterSheet(wb: Workbook, kept: Kept, lang: Lang): void {
	const ws = wb.addWorksheet(REGISTER_SHEET[lang]);
	const columns = registerColumns({ lang, areaUnit: kept.areaUnit ?? 'm2' });
	ws.addRow(columns.map((c) => c.header)).font = { bold: true };
	for (const c of kept.register)
		ws.addRow(
			columns.map((col) => {
				const v = col.value(c);
				return typeof v === 'string' ? neutralise(v) : v;
			})
		);
}

export type ReadRegister = { ok: true; kept: Kept; totals: number[] } | { ok: false; errors: ReadError[] } | null;

/** Null when the workbook has no register sheet. */
export function readRegisterSheet(wb: Workbook): ReadRegister {
	const ws = wb.getWorksheet(REGISTER_SHEET.zh) ?? wb.getWorksheet(REGISTER_SHEET.en);
	if (!ws) return null;
	const parsed = sheetTable(ws);
	const where = (row: number) => (row ? `${ws.name}!A${row}` : ws.name);
	if (!parsed.ok)
		return {
			ok: false,
			errors: parsed.problems.map((p) => ({ path: where(p.row), message: `${p.message.zh} — ${p.message.en}` }))
		};
	for (const r of parsed.table.rows) r.cells = r.cells.map(restore);
	const v = validate(parsed.table);
	if (!v.ok)
		return {
			ok: false,
			errors: v.problems.map((p) => ({
				path: where(p.row),
				message: `${p.column ? `${p.column}：` : ''}${p.message.zh} — ${p.message.en}`
			}))
		};
	const kept: Kept = {
		register: v.register,
		source: { format: 'xlsx' },
		areaUnit: v.areaUnitDetected,
		fileName: '',
		synthetic: looksSynthetic(v.register),
		seed: null,
		excluded: []
	};
	return { ok: true, kept, totals: v.totals };
}
