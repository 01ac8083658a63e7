/**
 * Outputs a run does not move: a row whose P5 and P95 agree has every percentile equal — the
 * ranges set do not reach it (a reward fund of 100 万元, a tier with no compounds) — so the tables fold such rows
 * into one line instead of repeating one number six times.
 */
import { t, type Lang } from '../../i18n';
import type { Pct } from '../../model/montecarlo/quantiles';

/** P5 = P95 up to rounding noise far below the tables' precision (万元 to 0.1, rates to 0.01 %). */
export function isSteady(p: Pct): boolean {
	return Math.abs(p.p95 - p.p5) <= 1e-9 * Math.max(1, Math.abs(p.p50));
}

/**
 * The folded line, "6 项在模拟中不变（P5 至 P95 都相同）：奖励资金 100.0 万元、减免补偿 0.0 万元 …", as its lead
 * its items (each kept on one line on screen) and the separator between them.
 */
export function steadyLine(
	L: Lang,
	rows: { label: string; value: string }[]
): { lead: string; items: string[]; sep: string } {
	return {
		lead: t(L, 'mcplain.steady', { n: rows.length }),
		items: rows.map((r) => `${r.label} ${r.value}`),
		sep: t(L, 'mcplain.listSep')
	};
}
