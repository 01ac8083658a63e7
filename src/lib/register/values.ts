/**
 * Cell text → value for the register's coded columns. Each vocabulary lists what registers actually say
 * (Chinese as written by the bureau, English as the plan's reading uses it); anything else is a problem.
 */
import type { Tier } from '../model/catalogue';
import type { Enclosure } from './types';

/** Width, case, spaces, hyphens and underscores do not change what a code means. */
export function foldValue(s: string): string {
	// Most cells are already folded (plain Chinese, lower-case codes): one test, no new string. NFKC only
	// where it can matter (full-width forms, ㎡ …): it dominates the cost on 100,000 rows.
	if (!MAY_FOLD.test(s)) return s;
	const t = PLAIN.test(s) ? s : s.normalize('NFKC');
	return t.toLowerCase().replace(/[\s\-_]/g, '');
}
const MAY_FOLD = /[A-Z\s\-_]|[^\u0020-\u007e\u4e00-\u9fff]/;
const PLAIN = /^[\u0020-\u007e\u4e00-\u9fff]*$/;

function vocabulary<T extends string>(entries: Record<T, string[]>): Map<string, T> {
	const pairs = Object.entries<string[]>(entries).flatMap(([v, words]) =>
		words.map((w) => [foldValue(w), v as T] as const)
	);
	return new Map(pairs);
}

const TIER = vocabulary<Tier>({
	market: ['市场化物业', '市场化', '市场化物业管理', '市场', 'market', 'marketrate'],
	quasi: ['准物业', '准物业管理', '准物业管理服务', 'quasi', 'quasiproperty'],
	// §七: the cleaning-only compounds of §二 become the basic tier.
	basic: [
		'基础物业',
		'基础物业管理',
		'基础物业管理服务',
		'卫生保洁物业',
		'卫生保洁',
		'保洁',
		'basic',
		'cleaning',
		'cleaningonly',
		'sanitation'
	],
	self: ['居民自治', '自治', '自管', 'self', 'selfgoverned', 'selfgovernance', 'selfmanaged']
});

const YES_NO = vocabulary<'yes' | 'no'>({
	yes: ['是', '有', '已成立', '已达标', '达标', 'yes', 'y', '1', 'true', '√', '✓'],
	no: ['否', '无', '没有', '未成立', '未达标', '不达标', 'no', 'n', '0', 'false', '×', '✗']
});

const ENCLOSURE = vocabulary<Enclosure>({
	single: ['单体独栋', '单体楼', '独栋', '单体', '单栋', 'single', 'singlebuilding', 'standalone'],
	unenclosed: ['未封闭', '不封闭', '开放式', '开放', '未封闭小区', 'unenclosed', 'open', 'notenclosed'],
	enclosed: ['已封闭', '封闭', '封闭式', '封闭小区', '已封闭小区', 'enclosed']
});

/** A column of codes repeats a handful of spellings: remember each answer (bounded, for hostile files). */
function memo<T>(f: (s: string) => T): (s: string) => T {
	const seen = new Map<string, T>();
	let last = '\0';
	let lastValue: T;
	return (s) => {
		if (s === last) return lastValue; // sorted or grouped registers repeat the previous row's code
		last = s;
		if (seen.has(s)) return (lastValue = seen.get(s) as T);
		if (seen.size > 1000) seen.clear();
		lastValue = f(s);
		seen.set(s, lastValue);
		return lastValue;
	};
}

export const parseTier = memo((s: string): Tier | undefined => TIER.get(foldValue(s)));
export const parseEnclosure = memo((s: string): Enclosure | undefined => ENCLOSURE.get(foldValue(s)));
export const parseYesNo = memo((s: string): boolean | undefined => {
	const v = YES_NO.get(foldValue(s));
	return v === undefined ? undefined : v === 'yes';
});

/** A decimal as registers write it: thousands separators and full-width digits allowed; nothing else. */
export function parseNumber(s: string): number | undefined {
	const finite = (x: number) => (Number.isFinite(x) ? x : undefined); // "1e309" is not a number of m²
	if (/^\d+(\.\d+)?$/.test(s)) return finite(Number(s)); // the common case, without normalising
	const t = s.normalize('NFKC').replace(/[,\s]/g, '');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
	return finite(Number(t));
}
