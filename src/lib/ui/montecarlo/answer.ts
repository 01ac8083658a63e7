/**
 * The Uncertainty tab's answer in one sentence: the target most at risk in the last plan year,
 * the chance it is met under the ranges, and the assumption that moves it most (its share of the variance,
 * model/montecarlo/sensitivity.ts). Pure: the component passes the run's summary and the shares.
 */
import { fmtPct } from '../../i18n/format';
import { t as tt } from '../../i18n';
import type { Lang } from '../../i18n';
import type { McSummary } from '../../model/montecarlo/summary';
import type { YearlyOutput } from '../../model/montecarlo/samples';
import { TARGET_KINDS, type TargetKind } from '../../model/targets';
import { yearlyOutputWords } from '../../model/vocabulary';

/** The yearly output each target is judged on. */
export const TARGET_OUTPUT: Record<TargetKind, YearlyOutput> = {
	committee: 'committeeRate',
	standard: 'standardRate',
	satisfaction: 'satisfaction',
	coverage: 'coverage'
};

export interface AnswerFacts {
	/** 1-based plan year and its calendar year (from its first month). */
	year: number;
	calendar: string;
	target: TargetKind;
	probability: number;
	/** The parameter with the largest share of that output's variance in that year, and the share; null if none varies it. */
	driver: { label: string; share: number } | null;
}

/** The last year's least likely target; null when the run has no targets in its last year. */
export function answerFacts(
	s: McSummary,
	shares: (output: YearlyOutput, year: number) => { label: string; share: number }[]
): AnswerFacts | null {
	const last = s.years[s.years.length - 1];
	if (!last) return null;
	let target: TargetKind | null = null;
	for (const k of TARGET_KINDS) {
		const p = last.targetProbability[k];
		if (p === null) continue;
		if (target === null || p < last.targetProbability[target]!) target = k;
	}
	if (target === null) return null;
	const ranked = shares(TARGET_OUTPUT[target], last.year)
		.filter((x) => x.share > 0)
		.sort((a, b) => b.share - a.share);
	return {
		year: last.year,
		calendar: last.from.slice(0, 4),
		target,
		probability: last.targetProbability[target]!,
		driver: ranked[0] ?? null
	};
}

/** "按所设范围，2024 年居民满意度目标达成的可能性约为 0 %；影响最大的是基础物业收缴率（占波动的 62 %）。" */
export function answerSentence(L: Lang, f: AnswerFacts): string {
	const p = fmtPct(L, f.probability, 0);
	const what = yearlyOutputWords(TARGET_OUTPUT[f.target])[L];
	const share = f.driver ? fmtPct(L, f.driver.share, 0) : '';
	// The labels are read mid-sentence, so in lower case (a no-op on Chinese).
	const low = (s: string) => s.toLowerCase();
	const driver = f.driver
		? tt(L, 'mc.answerDriver', { label: low(f.driver.label), share })
		: tt(L, 'mc.answerNoDriver');
	return tt(L, 'mc.answer', { calendar: f.calendar, what: low(what), p, driver });
}
