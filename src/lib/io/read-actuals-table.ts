/**
 * Actuals as a table, for Excel and WPS: the downloadable template and its import (CSV or XLSX). The shape, one
 * row per field and one column per plan year:
 *
 *     字段 | 指标 | 单位 | 2022 | 2023 | 2024
 *     outlay | 区级财政支出合计 | 万元 | 1180.5 | | …
 *
 * `字段` (the field's code) is what the import reads; `指标` and `单位` are for the reader (a row without a code
 * may name its field by 指标 instead). A year column is headed by the calendar year its plan year starts in, or
 * by its first month (`2022-07`) when the plan does not start in January, or `第N年`. Rates are fractions or
 * percentages (0.85, 85 %, 85). Blank means not known. The file replaces the actuals of the fields it lists;
 * other fields keep theirs. One bad value refuses the whole file, naming its row, field and year.
 */
import Papa from 'papaparse';
import { msg, t, type Lang, type Msg } from '../i18n';
import { ACTUAL_FIELDS, type Actuals } from '../model/actuals';
import type { ScenarioDoc } from '../model/scenario';
import { yearSpan } from '../model/time';
import { decodeBytes } from '../register/decode';
import { parseCsv, parseXlsx } from '../register/parse';
import { checkArchive } from './xlsx/zip-guard';
import { loadExcelJS } from './xlsx/exceljs';
import { readActuals, type ActualsContext } from './read-actuals';
import { fieldLabel, normalise, parseActual, relabel, unitLabel, yearWords } from './read-actuals-input';

export const HEAD = { field: '字段', label: '指标', unit: '单位' } as const;

/** The header of plan year `y` (0-based). */
export function yearHeader(start: string, y: number): string {
	const from = yearSpan(start, y).from;
	return start.endsWith('-01') ? from.slice(0, 4) : from;
}

/** Rates are written as fractions, so the file reads back to the same numbers. */
const cellOf = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The template as rows of text: the header, then every field (filled with `actuals` where given). */
export function templateRows(doc: ScenarioDoc, actuals?: Actuals, lang: Lang = 'zh'): string[][] {
	const years = Array.from({ length: doc.years }, (_, y) => yearHeader(doc.start, y));
	return [
		[HEAD.field, HEAD.label, HEAD.unit, ...years],
		...ACTUAL_FIELDS.map((f) => [
			f.name,
			fieldLabel(f.name)[lang],
			unitLabel(f.name)[lang],
			...years.map((_, y) => cellOf(actuals?.[f.name]?.[y]))
		])
	];
}

/** CSV in UTF-8 with a BOM: Excel and WPS then open the Chinese headers correctly. */
export function templateCsv(doc: ScenarioDoc, actuals?: Actuals, lang: Lang = 'zh'): string {
	return '\uFEFF' + Papa.unparse(templateRows(doc, actuals, lang), { newline: '\r\n' }) + '\r\n';
}

export async function templateXlsx(doc: ScenarioDoc, actuals?: Actuals, lang: Lang = 'zh'): Promise<Uint8Array> {
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet(t(lang, 'actuals.title'));
	const rows = templateRows(doc, actuals, lang);
	rows.forEach((r, i) => ws.addRow(r.map((c, j) => (i > 0 && j >= 3 && c !== '' ? Number(c) : c))));
	ws.getRow(1).font = { bold: true };
	ws.getColumn(1).width = 24;
	ws.getColumn(2).width = 34;
	ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 1 }];
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

export type TableRead = { ok: true; actuals: Actuals | undefined; count: number } | { ok: false; problems: Msg[] };

const BY_LABEL = new Map<string, string>();
for (const f of ACTUAL_FIELDS) {
	const l = fieldLabel(f.name);
	BY_LABEL.set(l.zh, f.name);
	BY_LABEL.set(l.en.toLowerCase(), f.name);
}

/** A header cell's plan year (0-based), 'outside' for a year beyond the horizon, or null for other columns. */
function headerYear(text: string, doc: ScenarioDoc): number | 'outside' | null {
	const s = text.trim().replace(/年$/, '');
	const nth = /^第\s*(\d+)\s*年$/.exec(text.trim());
	const ym = /^(\d{4})(?:[-/.](\d{1,2}))?$/.exec(s);
	if (!nth && !ym) return null;
	for (let y = 0; y < doc.years; y++) {
		const from = yearSpan(doc.start, y).from;
		if (nth && Number(nth[1]) === y + 1) return y;
		if (ym && (ym[2] ? `${ym[1]}-${ym[2].padStart(2, '0')}` === from : from.startsWith(ym[1]))) return y;
	}
	return 'outside';
}

/** Rows of a table (row numbers as a spreadsheet shows them) → the actuals they give, merged over `current`. */
export function actualsFromTable(
	rows: { row: number; cells: string[] }[],
	doc: ScenarioDoc,
	current: Actuals | undefined,
	ctx: ActualsContext
): TableRead {
	const body = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
	const head = body[0];
	if (!head) return { ok: false, problems: [msg('actuals.noYears')] };
	const problems: Msg[] = [];
	const cols = new Map<number, number>(); // column → plan year
	const { from } = yearSpan(doc.start, 0);
	const { to } = yearSpan(doc.start, doc.years - 1);
	head.cells.forEach((c, j) => {
		const y = headerYear(c, doc);
		if (y === null) return;
		if (y === 'outside') return void problems.push(msg('actuals.yearOutside', { text: c, from, to }));
		if ([...cols.values()].includes(y)) return void problems.push(msg('actuals.yearTwice', { text: c }));
		cols.set(j, y);
	});
	if (!cols.size && !problems.length) return { ok: false, problems: [msg('actuals.noYears')] };
	const fieldCol = Math.max(
		0,
		head.cells.findIndex((c) => /^(字段|field)$/i.test(c.trim()))
	);
	const labelCol = head.cells.findIndex((c) => /^(指标|label)$/i.test(c.trim()));
	const given: Actuals = {};
	const rowOf = new Map<string, number>();
	for (const r of body.slice(1)) {
		const code = (r.cells[fieldCol] ?? '').trim();
		const label = labelCol >= 0 ? (r.cells[labelCol] ?? '').trim() : '';
		const field = ACTUAL_FIELDS.some((f) => f.name === code)
			? code
			: (BY_LABEL.get(code) ?? BY_LABEL.get(code.toLowerCase()) ?? (code ? undefined : BY_LABEL.get(label)));
		if (!field) {
			problems.push(msg('actuals.noField', { row: r.row, text: code || label }));
			continue;
		}
		if (rowOf.has(field)) {
			problems.push(msg('actuals.twice', { row: r.row, field, first: rowOf.get(field)! }));
			continue;
		}
		rowOf.set(field, r.row);
		const list: (number | null)[] = Array(doc.years).fill(null);
		for (const [j, y] of cols) {
			const v = parseActual(field, r.cells[j] ?? '');
			if (v.ok) list[y] = v.value;
			else problems.push(at(r.row, field, doc.start, y, v.message));
		}
		given[field] = list;
	}
	if (problems.length) return { ok: false, problems };
	const next: Actuals = { ...(current ?? {}), ...given };
	const checked = readActuals(next, ctx);
	if (!checked.ok)
		return {
			ok: false,
			problems: checked.problems.map((p) => {
				const m = relabel(p);
				const row = p.field ? rowOf.get(p.field) : undefined;
				return row ? { zh: `第 ${row} 行：${m.zh}`, en: `Row ${row}: ${m.en}` } : m;
			})
		};
	const count = Object.values(given).reduce((s, l) => s + l.filter((x) => x !== null).length, 0);
	return { ok: true, actuals: normalise(checked.actuals), count };
}

function at(row: number, field: string, start: string, y: number, why: Msg): Msg {
	const l = fieldLabel(field),
		w = yearWords(start, y);
	return {
		zh: t('zh', 'actuals.valueAt', { row, label: l.zh, year: w.zh, why: why.zh }),
		en: t('en', 'actuals.valueAt', { row, label: l.en, year: w.en, why: why.en })
	};
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A CSV (UTF-8, GBK, UTF-16) or XLSX file's bytes → the actuals, or every problem. The format is read from the bytes. */
export async function readActualsFile(
	bytes: Uint8Array,
	doc: ScenarioDoc,
	current: Actuals | undefined,
	ctx: ActualsContext
): Promise<TableRead> {
	const fail = (m: { en: string; zh: string }[]): TableRead => ({ ok: false, problems: m });
	if (bytes.byteLength > 5 * 1024 * 1024)
		return fail([{ zh: '文件超过 5 MB，不是实际值模板。', en: 'The file is over 5 MB: not an actuals template.' }]);
	let parsed;
	if (ZIP.every((b, i) => bytes[i] === b)) {
		const archive = await checkArchive(bytes);
		if (!archive.ok) return fail([{ zh: `无法导入：${archive.zh}`, en: archive.message }]);
		parsed = await parseXlsx(bytes);
	} else {
		const text = decodeBytes(bytes);
		if (!text.ok)
			return fail([
				{
					zh: '文本既不是 UTF-8 也不是 GBK/GB18030。请在 Excel 中另存为“CSV UTF-8”。',
					en: 'The text is neither UTF-8 nor GBK/GB18030. Save it from Excel as "CSV UTF-8".'
				}
			]);
		parsed = parseCsv(text.text);
	}
	if (!parsed.ok) return fail(parsed.problems.map((p) => p.message));
	return actualsFromTable(parsed.table.rows, doc, current, ctx);
}
