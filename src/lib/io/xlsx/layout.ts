/**
 * Where things live in an exported workbook. The Assumptions sheet mirrors the grid: one row per parameter in
 * catalogue order, a section header row before each group, one column per plan year (a scalar in the first).
 * Sheets are named in the export's language (假设 / 结果 / 情景 in Chinese); the reader takes either name, so
 * workbooks exported before the names were translated (always English) still open.
 */
import { msg, t } from '../../i18n';
import { SECTION_LABEL, type Section } from '../../model/catalogue';
import { yearSpan } from '../../model/time';
import { colLetter } from '../../sheet/layout';

export type Lang = 'zh' | 'en';
export type SheetId = 'assumptions' | 'results' | 'scenario';

export const SHEETS: Record<SheetId, Record<Lang, string>> = {
	assumptions: msg('xlsx.sheetAssumptions'),
	results: msg('xlsx.sheetResults'),
	scenario: msg('xlsx.sheetScenario')
};
/** The English names: every workbook before 2026-12, and every English export since. */
export const ASSUMPTIONS = SHEETS.assumptions.en;
export const RESULTS = SHEETS.results.en;
export const SCENARIO = SHEETS.scenario.en;

/** Whether a sheet name is one of this sheet's names, in either language. */
export const isSheet = (id: SheetId, name: string) => name === SHEETS[id].zh || name === SHEETS[id].en;

/** 1-based exceljs columns of the Assumptions sheet. */
export const COL = { key: 1, label: 2, unit: 3, firstYear: 4 } as const;
export const sourceCol = (years: number) => COL.firstYear + years;

export const HEAD = {
	key: { zh: '参数', en: 'key' },
	label: { zh: '名称', en: 'label' },
	unit: { zh: '单位', en: 'unit' },
	source: { zh: '来源', en: 'source' }
};

export function yearHead(start: string, y: number, lang: Lang): string {
	const { from, to } = yearSpan(start, y);
	return t(lang, 'xlsx.yearHead', { n: y + 1, from, to });
}

export function sectionHead(section: Section, lang: Lang): string {
	return SECTION_LABEL[section][lang];
}

/** A sheet as a reference writes it: bare when it is a plain word (`Assumptions`), else quoted (`'假设'`). */
export function sheetRef(sheet: string): string {
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Assumptions!$D$5` (`'假设'!$D$5`) for 1-based row and column. */
export function absolute(sheet: string, row: number, col: number): string {
	return `${sheetRef(sheet)}!$${colLetter(col - 1)}$${row}`;
}

export function address(sheet: string, row: number, col: number): string {
	return `${sheet}!${colLetter(col - 1)}${row}`;
}
