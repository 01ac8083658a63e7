/**
 * The brief's execution section in words: what actually happened against the model, year by year, from the
 * variances of model/actuals.ts ("2023 年实际支出 3,120 万元，比模型少 212 万元；满意度实际 82.1 %，比模型低
 * 1.4 个百分点"). Only the figures a leader asks about: money spent, targets' rates, counts.
 */
import { sentenceCase, t, type Lang, type MessageKey } from '../../i18n';
import { ACTUAL_FIELD, hasActuals, variances, type FieldVariance } from '../../model/actuals';
import type { Projection } from '../../model/projection';
import { leaderCount, leaderMoney, leaderPp, leaderRate, moneyNil, yearsWords } from './brief-words';

/** The fields the brief speaks of, in the order it says them, with the word for each. */
const SPOKEN: [string, MessageKey][] = [
	['outlay', 'brief.exOutlay'],
	['subsidy.total', 'brief.exSubsidy'],
	['rewardFund', 'brief.exRewardFund'],
	['satisfaction', 'brief.exSatisfaction'],
	['coverage', 'brief.exCoverage'],
	['standard', 'brief.exStandard'],
	['committees', 'brief.exCommittees']
];

/** One field's actual against the model, in words (a and d computed here from the variance's figures). */
function clause(L: Lang, field: string, word: MessageKey, actual: number, model: number): string {
	const what = t(L, word);
	const d = actual - model;
	switch (ACTUAL_FIELD.get(field)!.kind) {
		case 'money': {
			const vars = { what, a: leaderMoney(L, actual), d: leaderMoney(L, Math.abs(d)) };
			return t(L, moneyNil(d) ? 'brief.exMoneySame' : d > 0 ? 'brief.exMoneyMore' : 'brief.exMoneyLess', vars);
		}
		case 'rate': {
			// Points to one decimal: a gap that rounds to 0.0 reads "as the model".
			const nil = Math.round(Math.abs(d) * 1000) === 0;
			const vars = { what, a: leaderRate(L, actual), d: leaderPp(L, d) };
			return t(L, nil ? 'brief.exRateSame' : d > 0 ? 'brief.exRateHigher' : 'brief.exRateLower', vars);
		}
		case 'count': {
			const gap = Math.round(actual) - Math.round(model);
			const vars = { what, a: leaderCount(L, actual), d: leaderCount(L, Math.abs(gap)) };
			return t(L, gap === 0 ? 'brief.exCountSame' : gap > 0 ? 'brief.exCountMore' : 'brief.exCountLess', vars);
		}
	}
}

const join = (L: Lang, parts: string[]) => parts.join(t(L, 'sepSemi'));
const end = (L: Lang) => t(L, 'stop');

/**
 * The execution sentences of one scenario: one per year with actuals (the last `maxYears` such years, at most
 * `perYear` fields each), then the money summed over those years when more than one year has it. Empty
 * without actuals.
 */
export function executionSentences(
	L: Lang,
	actuals: Record<string, (number | null)[]> | undefined,
	p: Projection,
	{ maxYears = 3, perYear = 3 } = {}
): string[] {
	if (!hasActuals(actuals)) return [];
	const vs = new Map<string, FieldVariance>(variances(actuals, p).map((v) => [v.field, v]));
	const spoken = SPOKEN.filter(([f]) => vs.has(f));
	const years = p.years.map((_, y) => y).filter((y) => spoken.some(([f]) => vs.get(f)!.actual[y] !== null));
	const out: string[] = [];
	for (const y of years.slice(-maxYears)) {
		const parts = spoken
			.filter(([f]) => vs.get(f)!.actual[y] !== null)
			.slice(0, perYear)
			.map(([f, w]) => clause(L, f, w, vs.get(f)!.actual[y]!, vs.get(f)!.model[y]));
		out.push(`${t(L, 'brief.exWhen', { when: yearsWords(L, p, [y]) })}${join(L, parts)}${end(L)}`);
	}
	// Money over all the years with an actual: the cumulative figure the variance already sums.
	const money = spoken.find(([f]) => ACTUAL_FIELD.get(f)!.kind === 'money' && vs.get(f)!.cumulative);
	if (money) {
		const v = vs.get(money[0])!;
		const ys = v.actual.flatMap((a, y) => (a === null ? [] : [y]));
		if (ys.length > 1) {
			const when = yearsWords(L, p, [ys[0]]).replace(/ 年$/, '') + '–' + yearsWords(L, p, [ys[ys.length - 1]]);
			const c = clause(L, money[0], money[1], v.cumulative!.actual, v.cumulative!.model);
			out.push(`${t(L, 'brief.exCumulative', { when })}${c}${end(L)}`);
		}
	}
	return out.map((s) => sentenceCase(L, s));
}
