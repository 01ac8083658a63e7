import { describe, expect, it } from 'vitest';
import { toModelInputs, type ParamValues } from '../../src/lib/model/inputs';
import { goalSeek } from '../../src/lib/model/montecarlo/goalseek';
import { seekProbability } from '../../src/lib/model/montecarlo/probability-seek';
import { tornado } from '../../src/lib/model/montecarlo/tornado';
import { project } from '../../src/lib/model/projection';
import { planOf, readFile } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';

describe('goal seek (deterministic)', () => {
	it('finds the year-2 basic subsidy at which basic-tier firms break even, as project() confirms', async () => {
		const s = readFile(FIXTURE);
		const r = await goalSeek(await planOf(s), {
			cell: 'basic_subsidy_y2',
			metric: { kind: 'margin', tier: 'basic', year: 2 },
			target: 0
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const values: ParamValues = { ...s.values, basic_subsidy: [...(s.values.basic_subsidy as number[])] };
		(values.basic_subsidy as number[])[1] = r.value;
		const y2 = project(toModelInputs(values, 3), s.doc.start).years[1];
		expect(Math.abs(y2.firmIncome.basic - y2.firmCost.basic)).toBeLessThan(1e-9 * y2.firmCost.basic);
		expect(r.value).toBeGreaterThan(0.05); // the plan's 0.05 leaves basic firms short in year 2
	});

	it('moves the formulas that read the sought cell: year 1 quasi subsidy for a year-2 quasi outlay (y2 = y1/2)', async () => {
		const plan = await planOf(readFile(FIXTURE));
		const r = await goalSeek(plan, {
			cell: 'quasi_subsidy_y1',
			metric: { kind: 'year', output: 'subsidy', year: 2 },
			target: 815.646 + 299.172
		});
		// Year-2 subsidy = basic 516.474 + quasi 249.31·12·y1/2, so doubling the quasi part needs y1 = 0.4.
		expect(r.ok && r.value).toBeCloseTo(0.4, 10);
	});

	it('says plainly when no value in range works, and when the cell does not exist', async () => {
		const plan = await planOf(readFile(FIXTURE));
		const none = await goalSeek(plan, {
			cell: 'basic_subsidy_y2',
			metric: { kind: 'year', output: 'satisfaction', year: 3 },
			target: 0.99
		});
		expect(none).toEqual({
			ok: false,
			code: 'no-value',
			message: expect.stringMatching(
				/^no value of basic_subsidy_y2 between 0 and 100 makes satisfaction in year 3 equal 0.99: over that range it only goes from 0\.8\d+ to 0\.8\d+$/
			),
			// The same refusal in the planner's words: labels, calendar years (the plan starts in January 2022),
			// a rate as a percentage.
			msg: {
				zh: expect.stringMatching(
					/^基础物业补贴（2023 年）在 0 到 100 之间取任何值，2024 年居民满意度都不等于 99 %：在此范围内它只在 8\d\.\d+ % 到 8\d\.\d+ % 之间$/
				),
				en: expect.stringMatching(
					/^No value of Basic subsidy \(2023\) between 0 and 100 makes Satisfaction, 2024 equal 99 %: over that range it only goes from 8\d\.\d+ % to 8\d\.\d+ %$/
				)
			}
		});
		expect(
			await goalSeek(plan, { cell: 'basic_subsidie_y2', metric: { kind: 'total', output: 'outlay' }, target: 1 })
		).toMatchObject({ ok: false, message: expect.stringContaining('there is no cell "basic_subsidie_y2"') });
		expect(
			await goalSeek(plan, { cell: 'basic_subsidy_y2', metric: { kind: 'margin', tier: 'basic', year: 4 }, target: 0 })
		).toMatchObject({ ok: false, code: 'bad-metric', message: "year 4 is outside the plan's years 1–3" });
	});
});

describe('goal seek on a probability', () => {
	it('finds the lowest year-1 basic collection rate giving P(year-1 satisfaction target) ≥ 0.8, with common random numbers', async () => {
		const plan = await planOf(readFile(FIXTURE));
		const req = {
			cell: 'basic_collection_y1',
			target: 'satisfaction' as const,
			year: 1,
			probability: 0.8,
			runs: 1000,
			seed: 3
		};
		const r = await seekProbability(plan, req);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.probability).toBeGreaterThanOrEqual(0.8);
		// Just below the answer the same runs fall short; just above they still pass.
		const below = await seekProbability(plan, { ...req, low: 0, high: r.value - 1e-5 });
		expect(below).toMatchObject({
			ok: false,
			message: expect.stringContaining('no value of basic_collection_y1 between 0 and')
		});
		const again = await seekProbability(plan, req);
		expect(again).toEqual(r);
	});

	it('says plainly when no value in range reaches the probability', async () => {
		const plan = await planOf(readFile(FIXTURE));
		const r = await seekProbability(plan, {
			cell: 'basic_collection_y3',
			target: 'satisfaction',
			year: 3,
			probability: 0.8,
			runs: 500,
			seed: 3
		});
		expect(r).toEqual({
			ok: false,
			code: 'no-probability',
			message:
				'no value of basic_collection_y3 between 0 and 1 gives the chance of meeting the year-3 satisfaction target of 0.8: even at 1 it is 0 (500 runs, seed 3)',
			msg: {
				zh: '基础物业收缴率（2024 年）在 0 % 到 100 % 之间取任何值，2024 年满意度目标的达成概率都达不到 80 %：即使取 100 %，也只有 0 %（500 次迭代，种子 3）',
				en: 'No value of Basic collection rate (2024) between 0 % and 100 % gives the satisfaction target of 2024 a probability of 80 %: even at 100 % it is 0 % (500 runs, seed 3)'
			}
		});
		const blank = await seekProbability(plan, {
			cell: 'basic_collection_y1',
			target: 'coverage',
			year: 1,
			probability: 0.5,
			runs: 100
		});
		expect(blank).toMatchObject({
			ok: false,
			code: 'no-target',
			message: 'year 1 has no coverage target, so there is no probability to reach',
			msg: {
				zh: '2022 年没有覆盖率目标，无从计算达成概率',
				en: '2022 has no coverage target, so there is no probability to reach'
			}
		});
	});
});

describe('tornado', () => {
	it('swings each range end to end, widest first: the reward fund moves three-year outlay by exactly 3 × 100', async () => {
		const r = tornado(await planOf(readFile(FIXTURE)), { kind: 'total', output: 'outlay' });
		if (!r.ok) throw new Error(r.message);
		expect(r.base).toBeCloseTo(3562.584, 9);
		expect(r.bars.map((b) => b.key)).toEqual([
			'quasi_subsidy',
			'reward_fund',
			'basic_collection',
			'quasi_cost',
			'satisfaction_response'
		]);
		const reward = r.bars[1];
		expect([reward.low.output, reward.high.output, reward.swing]).toEqual([3412.584, 3712.584, 300]);
		// quasi_subsidy y1 0.15 → 0.25 with y2, y3 = y1/2 following: 249.31 · 12 · (0.1 · 2) = 598.344.
		expect(r.bars[0].swing).toBeCloseTo(598.344, 9);
		expect(r.bars[4].low.values).toEqual([0.5 + 0.15 * -1.6448536269514722].map((x) => expect.closeTo(x, 12)));
	});

	it('ranks the satisfaction drivers for year-3 satisfaction', async () => {
		const r = tornado(await planOf(readFile(FIXTURE)), { kind: 'year', output: 'satisfaction', year: 3 });
		expect(r.ok && r.bars[0].swing).toBeGreaterThan(0);
		expect(r.ok && r.bars.find((b) => b.key === 'reward_fund')?.swing).toBe(0);
	});
});
