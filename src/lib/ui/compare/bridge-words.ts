/**
 * How the bridge reads: an output's label (one function, so the shared output vocabulary can replace it), a
 * player's label from the catalogue, a parameter's old → new in its unit, and parts in 万元 or 个百分点.
 */
import { t, type Lang } from '../../i18n';
import { fmtCell, fmtNumber } from '../../i18n/format';
import { PARAM, SECTION_LABEL } from '../../model/catalogue';
import type { Player } from '../../model/bridge';
import type { ParamValues } from '../../model/inputs';
import type { OutputRef } from '../../model/outputs';
import { outputLabel, yearWords } from '../../model/vocabulary';
import { unitText } from './diff-text';

/** The output's words ("2023 年居民满意度", "三年财政支出合计"), from the one output vocabulary. */
export function bridgeOutputLabel(L: Lang, ref: OutputRef, start: string, years: number): string {
	return outputLabel(ref, start, years)[L];
}

export const playerLabel = (L: Lang, p: Player): string =>
	p.section ? SECTION_LABEL[p.section][L] : (PARAM.get(p.keys[0])?.label[L] ?? p.keys[0]);

const isRate = (ref: OutputRef) => ref.unit === 'fraction';

/** The unit parts are shown in: 万元, or 个百分点 for a rate. */
export const partUnit = (L: Lang, ref: OutputRef) => (isRate(ref) ? t(L, 'bridge.pp') : '万元');

/** A part or a difference, signed: "+1,032.948" (万元) or "+0.74" (个百分点). */
export function fmtPart(L: Lang, ref: OutputRef, x: number): string {
	const v = isRate(ref) ? x * 100 : x;
	const d = isRate(ref) ? 2 : 3;
	if (Math.abs(v) < 0.5 * 10 ** -d) return '±0';
	return `${v < 0 ? '−' : '+'}${fmtNumber(L, Math.abs(v), d, d)}`;
}

/** A level: "3,562.584 万元" or "82.15 %". */
export function fmtLevel(L: Lang, ref: OutputRef, x: number): string {
	return isRate(ref) ? `${fmtNumber(L, x * 100, 2, 2)} %` : `${fmtNumber(L, x, 3, 3)} 万元`;
}

/** A parameter's change in words: "2023 年：0.05 → 0.1；2024 年：0.05 → 0.1 元/m²/月", only the years that moved. */
export function changeText(L: Lang, key: string, base: ParamValues, alt: ParamValues, start: string): string {
	const def = PARAM.get(key);
	if (!def) return key;
	const cell = (x: number | null) => (x === null ? '—' : fmtCell(L, def.unit, x));
	const unit = def.unit === 'share' ? '' : ` ${unitText(L, def)}`;
	const a = base[key],
		b = alt[key];
	if (!Array.isArray(a) || !Array.isArray(b)) return `${cell(a as number)} → ${cell(b as number)}${unit}`;
	const moved = a.map((_, y) => y).filter((y) => a[y] !== b[y]);
	// The same change every year reads once.
	const uniform = moved.length === a.length && moved.every((y) => a[y] === a[0] && b[y] === b[0]);
	if (uniform && a.length > 1)
		return t(L, 'bridge.years', { when: t(L, 'bridge.everyYear'), from: cell(a[0]), to: cell(b[0]) }) + unit;
	const sep = t(L, 'sepSemi');
	return (
		moved
			.map((y) => t(L, 'bridge.years', { when: yearWords(start, y + 1)[L], from: cell(a[y]), to: cell(b[y]) }))
			.join(sep) + unit
	);
}
