/**
 * What the KPI cards say beside each figure: its change from a baseline projection (the plan by default), and
 * which targets the scenario misses, named by year and target. Pure: the cards only format.
 */
import { t, type Lang } from '../../i18n';
import { fmtNumber } from '../../i18n/format';
import type { Projection } from '../../model/projection';
import { TARGET_KINDS, type TargetKind } from '../../model/targets';

export type KpiId = 'outlay3' | 'outlay3-noreward' | `outlay-y${number}` | 'targets';

/** The card's figure: money in 万元, or the count of targets met. */
export function kpiValue(p: Projection, id: KpiId): number | null {
	if (id === 'outlay3') return p.totals.outlay;
	if (id === 'outlay3-noreward') return p.totals.outlay - p.totals.rewardFund;
	if (id === 'targets') return targetCounts(p).met;
	const y = p.years[Number(id.slice('outlay-y'.length)) - 1];
	return y ? y.outlay : null;
}

export function targetCounts(p: Projection) {
	const all = p.years.flatMap((y) => TARGET_KINDS.map((k) => y.targets[k])).filter((m) => m !== null);
	return { met: all.filter(Boolean).length, of: all.length };
}

/** "2024 年" for a plan year that is a calendar year, else "第3年". */
export function yearName(lang: Lang, y: Projection['years'][number]): string {
	return y.from.endsWith('-01')
		? t(lang, 'results.yearName', { y: y.from.slice(0, 4) })
		: t(lang, 'year', { n: y.year });
}

const LABEL: Record<TargetKind, 'committeeRate' | 'standardRate' | 'satisfaction' | 'coverage'> = {
	committee: 'committeeRate',
	standard: 'standardRate',
	satisfaction: 'satisfaction',
	coverage: 'coverage'
};
export const targetLabel = (lang: Lang, k: TargetKind) => t(lang, LABEL[k]);

/** "2023 年 达标率、满意度；2024 年 达标率、满意度、物业覆盖率" — or "全部达成". */
export function missedText(lang: Lang, p: Projection): string {
	const parts = p.years
		.map((y) => ({ y, ks: TARGET_KINDS.filter((k) => y.targets[k] === false) }))
		.filter((g) => g.ks.length)
		.map((g) => `${yearName(lang, g.y)} ${g.ks.map((k) => targetLabel(lang, k)).join(t(lang, 'sepList'))}`);
	return parts.length
		? t(lang, 'results.missedList', { list: parts.join(t(lang, 'sepSemi')) })
		: t(lang, 'results.missedNone');
}

/** "+516.474 万元" / "−1 项"; null when equal to the baseline (to the shown precision). */
export function deltaText(lang: Lang, id: KpiId, now: number, base: number): string | null {
	const d = now - base;
	const digits = id === 'targets' ? 0 : 3;
	if (Math.abs(d) < 0.5 * 10 ** -digits) return null;
	const sign = d > 0 ? '+' : '−';
	const n = fmtNumber(lang, Math.abs(d), digits, digits);
	return id === 'targets' ? t(lang, 'results.targetsDelta', { sign, n }) : `${sign}${n} 万元`;
}
