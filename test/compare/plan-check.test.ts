import { describe, expect, it } from 'vitest';
import { planCheck, type Finding } from '../../src/lib/compare';
import { compoundsFor, STATED_TARGETS } from '../../src/lib/compare/plan-figures';
import { CLAUSES } from '../../src/lib/model/clauses';
import { loadRun, planWith } from './helpers';

const byId = (fs: Finding[]) => new Map(fs.map((f) => [f.id, f]));
const plan = byId(planCheck(loadRun('plan-2022-2024.json')));

describe('the plan check on the plan as written', () => {
	it('finds the plan\u2019s subsidies are its arithmetic rounded to whole 万元', () => {
		expect(plan.get('subsidy-y1')).toMatchObject({
			stated: 1631,
			model: expect.closeTo(1631.292, 9),
			status: 'rounding'
		});
		expect(plan.get('subsidy-y1')!.explain.en).toBe(
			'The plan rounds 1,631.292 to 1,631 (area × subsidy rate × 12 months).'
		);
		expect(plan.get('subsidy-y2')).toMatchObject({
			stated: 816,
			model: expect.closeTo(815.646, 9),
			status: 'rounding'
		});
		expect(plan.get('subsidy-total')).toMatchObject({
			stated: 3263,
			model: expect.closeTo(3262.584, 9),
			status: 'rounding'
		});
		expect(plan.get('subsidy-total')!.explain.zh).toBe(
			'规划把取整后的三年相加（1,631 + 816 + 816 = 3,263）；精确合计为 3,262.584。'
		);
	});

	it('finds the reward fund outside the stated totals: 3562.584 with it', () => {
		const f = plan.get('reward-fund')!;
		expect(f).toMatchObject({
			stated: 3263,
			model: expect.closeTo(3562.584, 9),
			diff: expect.closeTo(299.584, 9),
			status: 'outside'
		});
		expect(f.explain.en).toContain('the reward fund (300 万元 over three years, §七 奖励资金) lies outside it');
		expect(f.explain.en).toContain('3,562.584 万元 over three years, 299.584 more than stated');
		expect(f.explain.zh).toContain('奖励资金（三年 300 万元，§七 奖励资金）在合计之外');
		expect(f.quotes.map((q) => q.clause)).toEqual(['§七 合计', '§七 奖励资金']);
	});

	it('finds full coverage promised without money for the 3 self-governed compounds', () => {
		const f = plan.get('coverage')!;
		expect(f).toMatchObject({ stated: 316, model: 313, status: 'unbudgeted', modelSource: '§二 · §四(四)1' });
		// 2.0515 万 m² × (0.1 + 0.05 + 0.05) 元/m²/month × 12 months.
		expect(f.explain.en).toContain(
			'Covering them from year 1 would take about 4.924 万元 of basic subsidy over three years, beyond the stated 3,263 万元'
		);
		expect(f.explain.zh).toContain('3 个居民自治小区（2.0515 万 m²）未纳入');
	});

	it('agrees on the areas and the committees, and shows the standard falling short with the reason', () => {
		expect(plan.get('area-total')).toMatchObject({
			stated: 2356.1965,
			model: expect.closeTo(2356.1965, 9),
			status: 'match'
		});
		expect(plan.get('area-old')).toMatchObject({ stated: 1110.1, model: expect.closeTo(1110.1, 9), status: 'match' });
		for (const y of [1, 2, 3]) expect(plan.get(`committee-y${y}`)!.status).toBe('match');
		expect(plan.get('standard-y1')!.status).toBe('match');
		expect(plan.get('standard-y2')).toMatchObject({ stated: 237, status: 'short', modelSource: 'assumption' });
		expect(plan.get('standard-y2')!.explain.en).toContain('quasi + basic income ÷ cost is 89.5 %');
	});

	it('states the targets in compounds: the fewest of 316 that meet the rates', () => {
		for (const k of ['committee', 'standard'] as const) {
			expect(STATED_TARGETS[k].rates.map((r) => compoundsFor(r, 316))).toEqual([...STATED_TARGETS[k].compounds]);
		}
		expect(plan.get('committee-y1')!.statedNote!.en).toBe('70 % of 316 = 221.2 → 222');
		expect(plan.get('standard-y1')!.statedNote!.zh).toBe('66.14 % × 316 = 209 → 209');
	});

	it('quotes every clause verbatim and cites a clause or "assumption" for every model figure', () => {
		expect(plan.size).toBe(14);
		for (const f of plan.values()) {
			for (const q of f.quotes) expect(CLAUSES.get(q.clause)?.zh, `${f.id}: ${q.zh}`).toContain(q.zh);
			const cited = f.modelSource === 'assumption' || f.modelSource.split(' · ').every((c) => CLAUSES.has(c));
			expect(cited, `${f.id}: ${f.modelSource}`).toBe(true);
		}
	});
});

describe('the plan check on alternatives', () => {
	it('prices the cover of the self-governed compounds outside the budget, net of the plan\u2019s rounding', () => {
		const f = byId(planCheck(loadRun('cover-self-governed.json')));
		expect(f.get('coverage')).toMatchObject({ model: 316, status: 'unbudgeted' });
		expect(f.get('coverage')!.explain.en).toContain('about 4.924 万元 of subsidy over three years');
		expect(f.get('subsidy-total')).toMatchObject({
			model: expect.closeTo(3267.5076, 9),
			status: 'unbudgeted',
			modelSource: 'assumption'
		});
		expect(f.get('subsidy-total')!.explain.en).toContain('their subsidy, 4.924 万元, is not in the plan\u2019s totals');
	});

	it('names the changed parameters when a subsidy differs', () => {
		const f = byId(planCheck(loadRun('subsidy-held.json')));
		expect(f.get('subsidy-y1')!.status).toBe('rounding');
		expect(f.get('subsidy-y2')).toMatchObject({ status: 'differs', diff: expect.closeTo(815.646 + 815.646 - 816, 9) });
		expect(f.get('subsidy-y2')!.explain.en).toBe(
			'This scenario changes Quasi subsidy, Basic subsidy: the subsidy is 815.292 万元 above the plan\u2019s figure.'
		);
	});

	it('says the areas differ when a scenario changes them', () => {
		const f = byId(planCheck(planWith({ basic_area: [870] })));
		expect(f.get('area-old')).toMatchObject({ status: 'differs', model: expect.closeTo(1119.31, 9) });
		expect(f.get('area-old')!.explain.en).toBe('This scenario changes Basic area: 1,119.31, not 1,110.1.');
	});
});
