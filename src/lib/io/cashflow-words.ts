/**
 * The fund-use table's headings and row names in the screen's language: one wording for the screen, the CSV
 * and the XLSX (they must read the same to the clerk comparing them).
 */
import { t, type Lang } from '../i18n';
import type { TableColumn, TableRow } from '../model/cashflow';
import { TIER_LABEL, type Tier } from '../model/param-def';

/** Month names from Intl ("1月" / "Jan", "2022年1月" / "Jan 2022"), one formatter per language and length. */
const MONTH = {
	zh: [
		new Intl.DateTimeFormat('zh-CN', { month: 'short', timeZone: 'UTC' }),
		new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'short', timeZone: 'UTC' })
	],
	en: [
		new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
		new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' })
	]
};

/** A column's heading; `long` adds the year to months and quarters (files, where one row spans years). */
export function columnHead(L: Lang, c: TableColumn, long = false): string {
	const y = c.key.slice(0, 4);
	if (c.kind === 'year') return t(L, 'cashflow.col.year', { y });
	if (c.kind === 'quarter')
		return t(L, long ? 'cashflow.col.quarter' : 'cashflow.col.quarterShort', { y, q: c.key.slice(5) });
	return MONTH[L][long ? 1 : 0].format(new Date(Date.UTC(Number(y), Number(c.key.slice(5)) - 1, 1)));
}

export function rowLabel(L: Lang, r: TableRow): string {
	return r.kind === 'street' ? (r.street ?? '') : t(L, `cashflow.row.${r.kind}`);
}

export const tierName = (L: Lang, tier: Tier) => TIER_LABEL[tier][L];
