/**
 * The plan's own stated figures, each with the clause and the words of the plan that carry
 * it. The compound counts of the targets are not in the plan's text: they are the fewest compounds of 316
 * that meet its rates under the target rounding of model/targets.ts (`compoundsFor`), and say so.
 */
import { meets } from '../model/targets';

export interface Quote {
	/** A key of CLAUSES. */
	clause: string;
	/** Verbatim from the clause's Chinese original (a test checks that it is). */
	zh: string;
}

/** §二: compounds in the district. */
export const PLAN_COMPOUNDS = 316;

/** §七 合计: "两项合计" — the two subsidy tiers, by plan year, and over three years (万元). */
export const STATED_SUBSIDY = {
	years: [1631, 816, 816],
	total: 3263,
	quotes: [
		{ clause: '§七 合计', zh: '第一年共计需区财政支出 1631 万元' },
		{ clause: '§七 合计', zh: '第二年需区财政支出 816 万元' },
		{ clause: '§七 合计', zh: '第三年需区财政支出 816 万元' }
	],
	totalQuote: { clause: '§七 合计', zh: '三年共计 3263 万元' },
	twoItems: { clause: '§七 合计', zh: '两项合计' }
} as const;

export const REWARD_QUOTE: Quote = {
	clause: '§七 奖励资金',
	zh: '连续三年每年给区住建局拨付物业管理奖励资金 100 万元'
};

/** §二 and §七: tier areas (万 m²). */
export const STATED_AREA = {
	total: 2356.1965,
	totalQuote: { clause: '§二', zh: '共316个小区，建筑面积2356.1965万平方米' },
	old: 1110.1,
	oldQuote: { clause: '§七 老旧小区', zh: '全区老旧小区住宅面积约 1110.1 万平方米' }
} as const;

/** §三: targets by the end of 2022, 2023, 2024, as rates and as compounds of 316. */
export const STATED_TARGETS = {
	committee: {
		rates: [0.7, 0.8, 0.85],
		compounds: [222, 253, 269],
		quotes: [
			{ clause: '§三', zh: '2022 年达到 70%' },
			{ clause: '§三', zh: '2023 年达到 80%' },
			{ clause: '§三', zh: '2024 年达到 85%以上' }
		]
	},
	standard: {
		rates: [0.6614, 0.75, 0.85],
		compounds: [209, 237, 269],
		quotes: [
			{ clause: '§三', zh: '2022 年达到 66.14%' },
			{ clause: '§三', zh: '2023 年达到 75%' },
			{ clause: '§三', zh: '2024 年达到 85%以上' }
		]
	}
} as const;

/** §四(四)1: every compound under management within three years. */
export const STATED_COVERAGE = {
	rate: 1,
	year: 3,
	quote: { clause: '§四(四)1', zh: '三年内实现物业服务管理全覆盖' }
} as const;

/**
 * The fewest whole compounds of `n` that meet a target rate, by the model's rule (rounded to 0.01 points):
 * 70 % of 316 is 221.2, so 222; 66.14 % is met by 209 (66.139 %), as the plan itself rounds.
 */
export function compoundsFor(rate: number, n: number): number {
	let c = Math.max(0, Math.floor(rate * n) - 1);
	while (c < n && !meets(c / n, rate)) c++;
	return c;
}
