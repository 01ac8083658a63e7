/** Numbers for the locale, with the plan's units: 万元, 万 m², 元/m²/月, %. */
import type { Unit } from '../model/units';
import type { Lang } from './types';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');
const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, min: number, max: number): Intl.NumberFormat {
	const k = `${lang}${min}${max}`;
	let f = cache.get(k);
	if (!f)
		cache.set(k, (f = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: min, maximumFractionDigits: max })));
	return f;
}

export const fmtNumber = (lang: Lang, x: number, min = 0, max = 4) => nf(lang, min, max).format(x);
export const fmtPct = (lang: Lang, x: number, digits = 2) => `${nf(lang, digits, digits).format(x * 100)} %`;
/** A difference of two rates: percentage points, never %. */
export const fmtPp = (lang: Lang, x: number, digits = 2) =>
	`${nf(lang, digits, digits).format(x * 100)} ${lang === 'zh' ? '个百分点' : 'percentage points'}`;
export const fmtWan = (lang: Lang, x: number, digits = 1) => `${nf(lang, digits, digits).format(x)} 万元`;

/** A parameter cell's value as the grid shows it. */
export function fmtCell(lang: Lang, unit: Unit, x: number): string {
	// 0.55 × 100 is 55.00000000000001 in binary: a whole percent within rounding shows without decimals.
	if (unit === 'share') return fmtPct(lang, x, Math.abs(x * 100 - Math.round(x * 100)) < 1e-9 ? 0 : 2);
	if (unit === 'flag' && (x === 0 || x === 1)) return x ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
	if (unit === 'compounds' || unit === 'months' || unit === 'flag') return fmtNumber(lang, x, 0, 2);
	return fmtNumber(lang, x, 0, 4);
}
