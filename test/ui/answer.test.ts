import { expect, test } from 'vitest';
import type { McSummary } from '../../src/lib/model/montecarlo/summary';
import { answerFacts, answerSentence } from '../../src/lib/ui/montecarlo/answer';

const year = (y: number, p: Record<string, number | null>) => ({
	year: y,
	from: `${2021 + y}-01`,
	to: `${2021 + y}-12`,
	targetProbability: p
});
const summary = (years: ReturnType<typeof year>[]) => ({ years }) as unknown as McSummary;

test('the sentence names the last year’s least likely target, its chance and the assumption that moves it most', () => {
	const s = summary([
		year(1, { committee: 0.2, standard: 0.1, satisfaction: 0.9, coverage: null }),
		year(3, { committee: 0.97, standard: 0.41, satisfaction: 0.004, coverage: 0.6 })
	]);
	const asked: string[] = [];
	const f = answerFacts(s, (output, y) => {
		asked.push(`${output}@${y}`);
		return [
			{ label: '准物业收缴率', share: 0.3 },
			{ label: '基础物业收缴率', share: 0.62 },
			{ label: '满意度起点', share: 0 }
		];
	})!;
	// Year 1's lower figures do not count: the plan's end year is what the sentence is about.
	expect(asked).toEqual(['satisfaction@3']);
	expect(answerSentence('zh', f)).toBe(
		'按所设范围，2024 年居民满意度目标达成的可能性约为 0 %；影响最大的是基础物业收缴率（占其波动的 62 %）。'
	);
	expect(answerSentence('en', { ...f, driver: { label: 'Basic collection rate', share: 0.62 } })).toBe(
		'Under the ranges set, the 2024 satisfaction target is met with a chance of about 0 %; the assumption that matters most is basic collection rate (62 % of its variation).'
	);
});

test('a target no range moves says so; a last year without targets gives no sentence', () => {
	const f = answerFacts(summary([year(2, { committee: 1, standard: 0.5, satisfaction: null, coverage: null })]), () => [
		{ label: 'x', share: 0 }
	])!;
	expect(f.target).toBe('standard');
	expect(answerSentence('zh', f)).toBe('按所设范围，2023 年达标率目标达成的可能性约为 50 %；所设范围不影响这一指标。');
	expect(
		answerFacts(summary([year(3, { committee: null, standard: null, satisfaction: null, coverage: null })]), () => [])
	).toBe(null);
});
