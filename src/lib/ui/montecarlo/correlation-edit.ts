/**
 * The correlation matrix editor's logic, apart from its markup: which parameters it shows, setting one pair
 * (symmetric: the list holds each pair once, whichever way round it was typed), reading what was typed, and the
 * heat colour of a cell with the text colour that stays readable on it (WCAG AA, ≥ 4.5:1).
 */
import { PARAM } from '../../model/catalogue';
import type { Correlation, ScenarioDoc } from '../../model/scenario';

/** The parameters with ranges, in catalogue order, then any a correlation names that has lost its range. */
export function matrixKeys(doc: ScenarioDoc): { key: string; ranged: boolean }[] {
	const named = new Set((doc.correlations ?? []).flatMap((c) => [c.a, c.b]));
	return [...PARAM.keys()]
		.filter((k) => doc.params[k]?.uncertainty || named.has(k))
		.map((key) => ({ key, ranged: !!doc.params[key]?.uncertainty }));
}

const same = (c: Correlation, a: string, b: string) => (c.a === a && c.b === b) || (c.a === b && c.b === a);

/** ρ of a pair as listed, or null when the list leaves it out (it means 0). */
export const rhoOf = (list: readonly Correlation[], a: string, b: string): number | null =>
	list.find((c) => same(c, a, b))?.rho ?? null;

/** The list with the pair (a, b) set to ρ, in place of any earlier entry; null or 0 removes it. */
export function setPair(list: readonly Correlation[], a: string, b: string, rho: number | null): Correlation[] {
	const i = list.findIndex((c) => same(c, a, b));
	const out = list.slice();
	if (rho === null || rho === 0) {
		if (i >= 0) out.splice(i, 1);
	} else if (i >= 0) out[i] = { ...out[i], rho };
	else out.push({ a, b, rho });
	return out;
}

/** What was typed into a cell: a number −1 … 1, null for an empty cell, or 'bad'. Full-width digits and − work. */
export function parseRho(text: string): number | null | 'bad' {
	const s = text
		.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[−－]/g, '-')
		.trim();
	if (s === '') return null;
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return 'bad';
	const x = Number(s);
	return Math.abs(x) <= 1 ? x : 'bad';
}

const BLUE = [33, 102, 172],
	RED = [178, 24, 43];

function luminance([r, g, b]: number[]): number {
	const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * White through blue (negative) or red (positive), stronger with |ρ|; black or white text, whichever contrasts
 * more — at worst 4.58:1 (where the two are equal), so every cell passes AA.
 */
export function heat(rho: number | null): { bg: string; fg: string } {
	const t = Math.min(1, Math.abs(rho ?? 0));
	const end = (rho ?? 0) < 0 ? BLUE : RED;
	const rgb = end.map((c) => Math.round(255 + (c - 255) * t));
	const L = luminance(rgb);
	const fg = (L + 0.05) / 0.05 >= 1.05 / (L + 0.05) ? '#000' : '#fff';
	return { bg: `rgb(${rgb.join(',')})`, fg };
}
