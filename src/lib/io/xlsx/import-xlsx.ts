/**
 * Imports a workbook exported by `exportXlsx` (or re-saved by Excel, WPS or LibreOffice). The archive is checked
 * before anything unpacks it; the sheets are turned back into a v1 scenario object; that object goes through
 * `readScenarioObject`, the one reader of every import, so the checks and messages are those of a JSON file —
 * except that each message points at the sheet and cell it came from. Sheets are found by either language's
 * name (layout.ts), so workbooks exported in English before 2026-12 read as they did.
 */
import { MAX_YEARS } from '../../model/scenario';
import { saidEach, type ReadError } from '../read-error';
import { t } from '../../i18n';
import { readScenarioObject, type ReadResult } from '../read-scenario';
import { assumptionNames } from './defined-names';
import { loadExcelJS } from './exceljs';
import { loadProblem } from './load-problem';
import { isSheet, SHEETS, type SheetId } from './layout';
import { readAssumptions } from './read-assumptions';
import { readScenarioSheet } from './read-scenario-sheet';
import { readRegisterSheet } from './register-sheet';
import { checkArchive } from './zip-guard';

/** A comment's date when the workbook says nothing of when it was saved. */
const EPOCH = new Date(0).toISOString();

export async function importXlsx(bytes: Uint8Array): Promise<ReadResult> {
	const archive = await checkArchive(bytes);
	if (!archive.ok) return fail({ message: archive.message, zh: archive.zh });
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (e) {
		const p = loadProblem(e);
		return fail(
			p.kind === 'other'
				? { message: p.message.en, zh: p.message.zh }
				: { message: `${p.message.zh} — ${p.message.en}`, zh: p.message.zh }
		);
	}
	const find = (id: SheetId) => wb.worksheets.find((ws) => isSheet(id, ws.name));
	const assumptions = find('assumptions');
	const scenario = find('scenario');
	const missing = (['assumptions', 'scenario'] as const).filter((id) => !find(id));
	if (!assumptions || !scenario)
		return fail(
			saidEach('reader.noSheet', (L) => ({ sheets: missing.map((id) => SHEETS[id][L]).join(t(L, 'reader.or')) }))
		);

	const meta = readScenarioSheet(scenario, scenario.name);
	// The reader's own fallback when "years" is unusable (it reports the bad value): read that many columns.
	const y = meta.envelope.years;
	const years = typeof y === 'number' && Number.isInteger(y) && y >= 1 && y <= MAX_YEARS ? y : 3;
	const saved = wb.modified ?? wb.created;
	const savedAt = saved instanceof Date && !Number.isNaN(saved.getTime()) ? saved.toISOString() : EPOCH;
	const sheet = readAssumptions(assumptions, assumptionNames(wb, assumptions.name), years, savedAt);

	const where = new Map([...meta.where, ...sheet.where]);
	for (const [key, extra] of meta.extras) {
		const p = (sheet.parameters[key] ??= {}) as Record<string, unknown>;
		if (extra.note !== undefined) p.note = extra.note;
		if (extra.uncertainty !== undefined) p.uncertainty = extra.uncertainty;
		if (!where.has(`parameters.${key}`)) where.set(`parameters.${key}`, `${scenario.name}!A${extra.row}`);
	}
	const raw: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(meta.envelope)) if (v !== undefined) raw[k] = v;
	raw.parameters = sheet.parameters;
	// Only a workbook with comments gives the field: one without reads exactly as before.
	if (Object.keys(sheet.notes).length) raw.notes = sheet.notes;

	const result = readScenarioObject(raw);
	const own = [...meta.errors, ...sheet.errors];
	// The compound register, when the workbook carries one: read with the register's own checks.
	const register = readRegisterSheet(wb);
	const errors = [
		...own,
		...(result.ok ? [] : result.errors.map((e) => placed(e, where))),
		...(register && !register.ok ? register.errors : [])
	];
	if (errors.length || !result.ok) return { ok: false, errors, filled: result.filled };
	return register?.ok ? { ...result, register: register.kept, registerTotals: register.totals } : result;
}

/** `parameters.basic_fee.values[1]` → `Assumptions!E9` (describe() adds "(basic_fee, year 2)"). */
function placed(e: ReadError, where: Map<string, string>): ReadError {
	let best = '';
	for (const k of where.keys()) {
		if (k.length > best.length && (e.path === k || e.path.startsWith(`${k}.`) || e.path.startsWith(`${k}[`))) best = k;
	}
	if (!best) return e;
	const cell = where.get(best)!;
	if (e.year !== undefined) return { ...e, path: cell };
	// "(basic_area)", "(basic_fee, uncertainty.low)", "(years)": what in the cell is wrong.
	const detail = e.param ? e.path.replace(`parameters.${e.param}`, '').replace(/^\.(value$)?/, '') : '';
	return { ...e, path: `${cell} (${e.param ?? best}${detail ? `, ${detail}` : ''})` };
}

function fail(said: { message: string; zh?: string }): ReadResult {
	return { ok: false, errors: [{ path: '(file)', ...said }], filled: [] };
}
