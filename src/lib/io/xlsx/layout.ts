/**
 * Where things live in an exported workbook. The Assumptions sheet mirrors the grid: one row per parameter in
 * catalogue order, a section header row before each group, one column per plan year (a scalar in the first).
 */
import { SECTION_LABEL, type Section } from '../../model/catalogue';
import { yearSpan } from '../../model/time';
import { colLetter } from '../../sheet/layout';

export const ASSUMPTIONS = 'Assumptions';
export const RESULTS = 'Results';
export const SCENARIO = 'Scenario';

export type Lang = 'zh' | 'en';

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
	return lang === 'zh' ? `第${y + 1}年（${from} – ${to}）` : `Year ${y + 1} (${from} – ${to})`;
}

export function sectionHead(section: Section, lang: Lang): string {
	return SECTION_LABEL[section][lang];
}

/** `Assumptions!$D$5` for 1-based row and column. */
export function absolute(sheet: string, row: number, col: number): string {
	return `${sheet}!$${colLetter(col - 1)}$${row}`;
}

export function address(sheet: string, row: number, col: number): string {
	return `${sheet}!${colLetter(col - 1)}${row}`;
}
