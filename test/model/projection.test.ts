/**
 * The model documentation (docs/model.md) step by step on tiny hand-computed cases. Every expected figure is worked out in the comment beside
 * it from the documentation's text, never taken from the code's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { defaultValues } from '../../src/lib/model/inputs';
import { project } from '../../src/lib/model/projection';
import { runProjection } from '../../src/lib/model/run';
import { BASIC, MARKET, QUASI, SELF, each, tiny } from './tiny';

const close = (x: number, expected: number) => expect(x).toBeCloseTo(expected, 9);

describe('grace (§四(四)4): newly served basic area goes grace_months unbilled', () => {
	function basicOnly(grace: number, years = 1) {
		const inp = tiny(years);
		inp.compounds[BASIC] = 10;
		inp.area[BASIC] = 10;
		inp.fee[BASIC] = each(years, 0.3);
		inp.collection[BASIC] = each(years, 1);
		inp.grace = grace;
		return inp;
	}

	it('grace 3 leaves months 0, 1, 2 unbilled and bills from month 3', () => {
		const p = project(basicOnly(3), '2022-01');
		// 10 万 m² × 0.3 = 3 万元 a month, billed in months 3–11 only.
		expect(Array.from(p.months.income[BASIC].slice(0, 4))).toEqual([0, 0, 0, 3]);
		close(p.months.income[BASIC][11], 3);
		close(p.years[0].feesBilled.basic, 27); // 3 × 9
	});

	it('grace 0 bills from month 0', () => {
		const p = project(basicOnly(0), '2022-01');
		close(p.months.income[BASIC][0], 3);
		close(p.years[0].feesBilled.basic, 36); // 3 × 12
	});

	it('grace 12 leaves the whole first year unbilled and bills all of the second', () => {
		const p = project(basicOnly(12, 2), '2022-01');
		expect(p.years[0].feesBilled.basic).toBe(0);
		close(p.years[1].feesBilled.basic, 36);
	});

	it('only basic has grace: quasi and market areas are billed from month 0', () => {
		const inp = basicOnly(3);
		inp.area[QUASI] = 10;
		inp.fee[QUASI] = [0.6];
		inp.area[MARKET] = 5;
		inp.fee[MARKET] = [1.2];
		const p = project(inp, '2022-01');
		close(p.years[0].feesBilled.quasi, 72); // 10 × 0.6 × 12
		close(p.years[0].feesBilled.market, 72); // 5 × 1.2 × 12
		close(p.years[0].feesBilled.basic, 27);
	});

	it('cost and subsidy run during grace; nothing is billed, so nothing is waived', () => {
		const inp = basicOnly(3);
		inp.subsidy[BASIC] = [0.1];
		inp.cost[BASIC] = [0.28];
		inp.waiverShare[BASIC] = [0.5];
		inp.waiverCovered = 1;
		const p = project(inp, '2022-01');
		close(p.years[0].subsidy.basic, 12); // 10 × 0.1 × 12, grace months included
		close(p.years[0].firmCost.basic, 33.6); // 10 × 0.28 × 12
		close(p.months.income[BASIC][0], 1); // subsidy only: 10 × 0.1
		// Waived 0.5 of the 27 billed in months 3–11 only; the district pays it back (waiver_covered 1).
		close(p.years[0].waiverCompensation, 13.5);
	});
});

describe('upgrade basic → quasi (§七): area still in grace shrinks by (1 − u); upgraded area pays at once', () => {
	function start(years: number) {
		const inp = tiny(years);
		inp.compounds[BASIC] = 10;
		inp.area[BASIC] = 10;
		inp.fee[BASIC] = each(years, 0.3);
		inp.fee[QUASI] = each(years, 0.6);
		inp.collection[BASIC] = each(years, 1);
		inp.collection[QUASI] = each(years, 1);
		return inp;
	}

	it('an upgrade of 0.5 in year 1 halves the area in grace (it is all in grace at month 0)', () => {
		const inp = start(1);
		inp.grace = 3;
		inp.upgrade = [0.5];
		const p = project(inp, '2022-01');
		// Basic 10 → 5 and in-grace 10 → 5, so basic bills 0 in months 0–2 (not 5 − 10 = −5 万 m²), then 5 × 0.3.
		expect(p.months.income[BASIC][0]).toBe(0);
		close(p.months.income[BASIC][3], 1.5);
		close(p.years[0].feesBilled.basic, 13.5); // 1.5 × 9
		// The 5 万 m² upgraded to quasi pay the quasi fee from month 0: 5 × 0.6 × 12.
		close(p.months.income[QUASI][0], 3);
		close(p.years[0].feesBilled.quasi, 36);
		close(p.years[0].compounds.basic, 5);
		close(p.years[0].compounds.quasi, 5);
	});

	it('a full upgrade under grace 12 leaves nothing in basic and quasi billed all year', () => {
		const inp = start(1);
		inp.grace = 12;
		inp.upgrade = [1];
		const p = project(inp, '2022-01');
		expect(p.years[0].feesBilled.basic).toBe(0);
		close(p.years[0].feesBilled.quasi, 72); // 10 × 0.6 × 12
	});

	it('a later upgrade moves area whose grace has ended: both halves are billed all year', () => {
		const inp = start(2);
		inp.grace = 12;
		inp.upgrade = [0, 0.5];
		const p = project(inp, '2022-01');
		expect(p.years[0].feesBilled.basic).toBe(0); // year 1: all 10 in grace
		close(p.years[1].feesBilled.basic, 18); // 5 × 0.3 × 12
		close(p.years[1].feesBilled.quasi, 36); // 5 × 0.6 × 12
	});

	it('the upgrade comes before the cover: area covered the same year stays in basic and in grace', () => {
		const inp = start(2);
		inp.grace = 3;
		inp.compounds[SELF] = 2;
		inp.area[SELF] = 4;
		inp.upgrade = [0, 0.5];
		inp.cover = [0, 1];
		const p = project(inp, '2022-01');
		// Year 2 start: basic 10 → 5 (quasi 5), then 4 come from self: basic 9, of which 4 in grace in months 12–14.
		// Basic billed in year 2 = 5 × 0.3 × 3 + 9 × 0.3 × 9 = 4.5 + 24.3 = 28.8.
		close(p.years[1].feesBilled.basic, 28.8);
		close(p.years[1].feesBilled.quasi, 36);
		close(p.years[1].compounds.basic, 7); // 5 + 2
		close(p.years[1].compounds.quasi, 5);
		close(p.years[1].compounds.self, 0);
		close(p.years[1].area.basic, 9);
	});
});

describe('cover self → basic (§四(四)1): the area enters basic and its own grace at the year\u2019s start', () => {
	function selfGoverned(grace: number) {
		const inp = tiny(2);
		inp.compounds[MARKET] = 8;
		inp.compounds[SELF] = 2;
		inp.area[SELF] = 4;
		inp.fee[BASIC] = each(2, 0.3);
		inp.subsidy[BASIC] = each(2, 0.1);
		inp.cost[BASIC] = each(2, 0.25);
		inp.collection[BASIC] = each(2, 1);
		inp.cover = [0, 0.5];
		inp.grace = grace;
		return inp;
	}

	it('half the self-governed compounds and area move in year 2, unbilled for grace_months', () => {
		const p = project(selfGoverned(3), '2022-01');
		expect(p.years[0].feesBilled.basic).toBe(0);
		close(p.years[0].coverage, 0.8); // (10 − 2) / 10
		// Year 2: 1 compound and 2 万 m² move; billed 2 × 0.3 × 9 = 5.4, subsidy 2 × 0.1 × 12 = 2.4, cost 2 × 0.25 × 12 = 6.
		close(p.years[1].feesBilled.basic, 5.4);
		close(p.years[1].subsidy.basic, 2.4);
		close(p.years[1].firmCost.basic, 6);
		close(p.months.income[BASIC][12], 0.2); // in grace: subsidy 2 × 0.1 only
		close(p.months.income[BASIC][15], 0.8); // billed 2 × 0.3 = 0.6 + subsidy 0.2
		close(p.years[1].compounds.self, 1);
		close(p.years[1].area.self, 2);
		close(p.years[1].coverage, 0.9); // (10 − 1) / 10
	});

	it('with grace 0 the covered area is billed from its first month', () => {
		const p = project(selfGoverned(0), '2022-01');
		close(p.years[1].feesBilled.basic, 7.2); // 2 × 0.3 × 12
	});
});

describe('waivers (§四(四)4): waiver_covered 0/1 changes the outlay by exactly W', () => {
	function quasi(covered: number, payout = 1) {
		const inp = tiny(1);
		inp.area[QUASI] = 10;
		inp.fee[QUASI] = [0.6];
		inp.waiverShare[QUASI] = [0.1];
		inp.collection[QUASI] = [0.5];
		inp.subsidy[QUASI] = [0.2];
		inp.waiverCovered = covered;
		inp.payout = payout;
		return project(inp, '2022-01').years[0];
	}
	// F = 10 × 0.6 × 12 = 72; W = 7.2; C = (72 − 7.2) × 0.5 = 32.4; S = 10 × 0.2 × 12 = 24.

	it('not paid: outlay is the subsidy; firms get collected fees and subsidy', () => {
		const r = quasi(0);
		close(r.feesBilled.quasi, 72);
		close(r.feesCollected.quasi, 32.4);
		expect(r.waiverCompensation).toBe(0);
		close(r.outlay, 24);
		close(r.firmIncome.quasi, 56.4);
	});

	it('paid: the district adds W to the outlay and to firms\u2019 income', () => {
		const r = quasi(1);
		close(r.waiverCompensation, 7.2);
		close(r.outlay, 31.2);
		close(r.firmIncome.quasi, 63.6);
		close(quasi(1).outlay - quasi(0).outlay, 7.2);
	});

	it('subsidy_payout scales the subsidy released', () => {
		close(quasi(0, 0.5).subsidy.quasi, 12); // 24 × 0.5
	});
});

describe('performance bond (§五3)', () => {
	function bonded() {
		const inp = tiny(2);
		inp.area = [10, 5, 10, 3];
		inp.compounds = [10, 5, 10, 3];
		inp.fee[MARKET] = [1.2, 9];
		inp.fee[QUASI] = [0.6, 9];
		inp.fee[BASIC] = [0.3, 9];
		inp.fee[SELF] = [5, 5]; // self is never bonded
		inp.upgrade = [0.2, 0];
		inp.cover = [0.5, 0];
		inp.grace = 3; // the deposit is on the area served, grace or not
		inp.bondRate = 0.1;
		inp.bondPassRate = [0.9, 0.5];
		return inp;
	}

	it('is deposited on year 1\u2019s fees after year 1\u2019s moves, and returned in equal instalments times the pass rate', () => {
		const p = project(bonded(), '2022-01');
		// After year 1's moves: quasi 5 + 2 = 7; basic 10 − 2 + 1.5 (covered) = 9.5.
		// D = 0.1 × 12 × (10 × 1.2 + 7 × 0.6 + 9.5 × 0.3) = 1.2 × 19.05 = 22.86; instalment 22.86 / 2 = 11.43.
		close(p.years[0].bond.deposited, 22.86);
		expect(p.years[1].bond.deposited).toBe(0);
		close(p.years[0].bond.returned, 10.287); // 11.43 × 0.9
		close(p.years[0].bond.forfeited, 1.143);
		close(p.years[1].bond.returned, 5.715); // 11.43 × 0.5
		close(p.years[1].bond.forfeited, 5.715);
	});

	it('is firms\u2019 money held by the district, not outlay', () => {
		const p = project(bonded(), '2022-01');
		expect(p.years.map((r) => r.outlay)).toEqual([0, 0]);
		expect(p.totals.outlay).toBe(0);
	});
});

describe('satisfaction smoothing: λ = 1 − 0.5^(1/h), first update in month 0', () => {
	/** Market only: 10 万 m² at cost 1, fully funded unless a test says otherwise; level 0.9, start 0.5. */
	function market(h: number, opts: { collection?: number; fee?: number; response?: number } = {}) {
		const inp = tiny(1);
		inp.area[MARKET] = 10;
		inp.compounds[MARKET] = 1;
		inp.cost[MARKET] = [1];
		inp.fee[MARKET] = [opts.fee ?? 1];
		inp.collection[MARKET] = [opts.collection ?? 1];
		inp.satisfaction[MARKET] = [0.9];
		inp.satisfactionStart[MARKET] = 0.5;
		inp.response = opts.response ?? 0.4;
		inp.halfLife = h;
		return project(inp, '2022-01');
	}
	const tier = (p: ReturnType<typeof market>, m: number) => p.months.tierSatisfaction[MARKET][m];

	it('half-life 1 closes half the gap each month, starting in month 0', () => {
		const p = market(1);
		close(tier(p, 0), 0.7); // 0.5 + 0.4 / 2
		close(tier(p, 1), 0.8);
		close(tier(p, 2), 0.85);
		close(p.months.satisfaction[0], 0.7);
		// The year's figure is the last month's: 0.9 − 0.4 × 0.5^12.
		close(p.years[0].satisfaction, 0.9 - 0.4 / 4096);
	});

	it('half-life 2 closes half the gap in two months', () => {
		const p = market(2);
		close(tier(p, 0), 0.5 + 0.4 * (1 - Math.SQRT1_2)); // λ = 1 − 1/√2
		close(tier(p, 1), 0.7); // gap 0.4 × (1/√2)² = 0.2
		close(tier(p, 3), 0.8); // gap 0.4 × 0.25
	});

	it('half-life 0 jumps to the level at once', () => {
		const p = market(0);
		close(tier(p, 0), 0.9);
		close(p.years[0].satisfaction, 0.9);
	});

	it('a funding shortfall lowers the level by response × (1 − a)', () => {
		// Income 10 × 1 × 0.5 = 5 against cost 10: a = 0.5, level 0.9 − 0.4 × 0.5 = 0.7.
		close(tier(market(0, { collection: 0.5 }), 0), 0.7);
	});

	it('money above cost does not raise satisfaction above the level', () => {
		close(tier(market(0, { fee: 2 }), 0), 0.9); // a = 2, level stays 0.9
	});

	it('the level is clamped at 0', () => {
		expect(tier(market(0, { collection: 0.5, response: 10 }), 0)).toBe(0); // 0.9 − 10 × 0.5 < 0
	});

	it('a tier with no area keeps updating towards its level', () => {
		const inp = tiny(1);
		inp.area[MARKET] = 10;
		inp.satisfaction[MARKET] = [0.9];
		inp.satisfaction[BASIC] = [0.8];
		inp.satisfactionStart[BASIC] = 0.2;
		inp.halfLife = 1;
		const p = project(inp, '2022-01');
		close(p.months.tierSatisfaction[BASIC][0], 0.5); // 0.2 + 0.6 / 2 (no cost: a = 1)
		close(p.months.tierSatisfaction[BASIC][1], 0.65);
	});
});

describe('overall satisfaction: area-weighted over all four tiers', () => {
	it('weights each tier by its area, self-governed included', () => {
		const inp = tiny(1);
		inp.area[MARKET] = 30;
		inp.area[SELF] = 10;
		inp.satisfaction[MARKET] = [0.9];
		inp.satisfaction[SELF] = [0.5];
		const p = project(inp, '2022-01');
		close(p.years[0].satisfaction, 0.8); // (30 × 0.9 + 10 × 0.5) / 40
	});

	it('moved area takes its new tier\u2019s satisfaction', () => {
		const inp = tiny(2);
		inp.area[BASIC] = 10;
		inp.satisfaction[BASIC] = each(2, 0.5);
		inp.satisfaction[QUASI] = each(2, 0.9);
		inp.upgrade = [0, 0.5];
		const p = project(inp, '2022-01');
		close(p.years[0].satisfaction, 0.5);
		close(p.years[1].satisfaction, 0.7); // (5 × 0.9 + 5 × 0.5) / 10
	});
});

describe('committees: H_y = min(N, H_{y−1} + committees_new[y])', () => {
	it('adds the year\u2019s new committees and caps at N', () => {
		const inp = tiny(3);
		inp.compounds[MARKET] = 10;
		inp.committeesStart = 8;
		inp.committeesNew = [0.5, 1, 5];
		const p = project(inp, '2022-01');
		expect(p.years.map((r) => r.committees)).toEqual([8.5, 9.5, 10]);
		close(p.years[0].committeeRate, 0.85);
		close(p.years[2].committeeRate, 1);
	});
});

describe('standard: Q_y = min(N, Q_{y−1} + standard_new[y] · min(1, ā_y))', () => {
	/** Quasi 10 万 m² at cost 1 (K = 120 a year); fee 1 collected at 0.5 (I = 60): ā = 0.5. N = 10. */
	function quasi(extra: (inp: ReturnType<typeof tiny>) => void = () => {}) {
		const inp = tiny(1);
		inp.compounds[QUASI] = 10;
		inp.area[QUASI] = 10;
		inp.cost[QUASI] = [1];
		inp.fee[QUASI] = [1];
		inp.collection[QUASI] = [0.5];
		inp.standardStart = 2;
		inp.standardNew = [4];
		extra(inp);
		return project(inp, '2022-01').years[0];
	}

	it('scales standard_new by ā when firms are underfunded', () => {
		const r = quasi();
		close(r.adequacy, 0.5);
		close(r.standard, 4); // 2 + 4 × 0.5
		close(r.standardRate, 0.4);
	});

	it('does not scale above 1 when income exceeds cost', () => {
		const r = quasi((inp) => (inp.subsidy[QUASI] = [1])); // I = 60 + 120 = 180, ā = 1.5
		close(r.adequacy, 1.5);
		close(r.standard, 6);
	});

	it('counts quasi and basic only: an underfunded market tier does not matter', () => {
		const r = quasi((inp) => {
			inp.area[MARKET] = 10;
			inp.cost[MARKET] = [5];
		});
		close(r.standard, 4);
	});

	it('counts basic months in grace (cost, no fees)', () => {
		const r = quasi((inp) => {
			inp.area[QUASI] = 0;
			inp.area[BASIC] = 10;
			inp.grace = 6;
			inp.fee[BASIC] = [0.3];
			inp.collection[BASIC] = [1];
			inp.cost[BASIC] = [0.3];
		});
		// Basic: I = 10 × 0.3 × 6 = 18, K = 10 × 0.3 × 12 = 36: ā = 0.5.
		close(r.standard, 4);
	});

	it('takes ā = 1 when quasi and basic have no cost', () => {
		const r = quasi((inp) => (inp.cost[QUASI] = [0]));
		close(r.standard, 6);
	});

	it('caps at N', () => {
		const r = quasi((inp) => {
			inp.standardStart = 9;
			inp.subsidy[QUASI] = [1];
		});
		expect(r.standard).toBe(10); // min(10, 9 + 4)
	});
});

describe('reward fund (§七): paid in the first month of each plan year', () => {
	it('adds reward_fund[y] to month 12y\u2019s outlay and to the year\u2019s outlay', () => {
		const inp = tiny(2);
		inp.rewardFund = [100, 50];
		const p = project(inp, '2022-07');
		const outlay = Array.from(p.months.outlay);
		expect(outlay[0]).toBe(100);
		expect(outlay[12]).toBe(50);
		expect(outlay.filter((_, m) => m !== 0 && m !== 12).every((x) => x === 0)).toBe(true);
		expect(p.years.map((r) => [r.rewardFund, r.outlay])).toEqual([
			[100, 100],
			[50, 50]
		]);
		expect(p.totals.rewardFund).toBe(150);
		expect(p.totals.outlay).toBe(150);
	});
});

describe('plan years follow start, not calendar years', () => {
	it('a July start runs each year July – June', () => {
		const p = project(tiny(2), '2022-07');
		expect(p.years.map((r) => [r.from, r.to])).toEqual([
			['2022-07', '2023-06'],
			['2023-07', '2024-06']
		]);
	});

	it('a November start crosses two year boundaries over three plan years', () => {
		const p = project(tiny(3), '2023-11');
		expect(p.years.map((r) => `${r.from} – ${r.to}`)).toEqual([
			'2023-11 – 2024-10',
			'2024-11 – 2025-10',
			'2025-11 – 2026-10'
		]);
	});

	it('a December start ends in November', () => {
		expect(project(tiny(1), '2022-12').years[0]).toMatchObject({ from: '2022-12', to: '2023-11' });
	});
});

describe('the plan as written (docs/model.md, the plan-as-written check)', () => {
	const plan = runProjection(defaultValues(3), 3, '2022-01');

	it('pays subsidy 1631.292 · 815.646 · 815.646 万元, 3262.584 in all', () => {
		// basic 860.79 × 0.10 × 12 = 1032.948, then × 0.05: 516.474; quasi 249.31 × 0.20 × 12 = 598.344, then 299.172.
		const expected = [
			[1032.948, 598.344, 1631.292],
			[516.474, 299.172, 815.646],
			[516.474, 299.172, 815.646]
		];
		plan.years.forEach((r, y) => {
			close(r.subsidy.basic, expected[y][0]);
			close(r.subsidy.quasi, expected[y][1]);
			close(r.subsidy.total, expected[y][2]);
			expect(r.subsidy.market).toBe(0);
			expect(r.subsidy.self).toBe(0);
		});
		close(plan.totals.subsidy, 3262.584);
	});

	it('has outlay 1731.292 · 915.646 · 915.646 = 3562.584 with the reward fund', () => {
		[1731.292, 915.646, 915.646].forEach((x, y) => close(plan.years[y].outlay, x));
		close(plan.totals.rewardFund, 300);
		close(plan.totals.outlay, 3562.584);
	});

	it('gives the same subsidy whatever the assumptions', () => {
		const v = defaultValues(3);
		v.basic_collection = [0.1, 0.1, 0.1];
		v.quasi_cost = [3, 3, 3];
		v.grace_months = 12;
		v.satisfaction_half_life = 0;
		const p = runProjection(v, 3, '2022-01');
		close(p.totals.subsidy, 3262.584);
		close(p.totals.outlay, 3562.584);
	});

	it('gives the same figures from scenarios/plan-2022-2024.json', () => {
		const r = readScenarioText(readFileSync('scenarios/plan-2022-2024.json', 'utf8'));
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		expect(r.filled).toEqual([]);
		const p = runProjection(r.values, r.doc.years, r.doc.start);
		[1631.292, 815.646, 815.646].forEach((x, y) => close(p.years[y].subsidy.total, x));
		close(p.totals.subsidy, 3262.584);
		close(p.totals.outlay, 3562.584);
	});

	it('has the funding the model documentation describes: basic firms short in year 1, quasi firms at 0.88 in year 2', () => {
		// Basic year 1, per 万 m²: fees 0.3 × 9 billed months × (1 − 0.03) × 0.6 = 1.5714, subsidy 0.1 × 12 = 1.2;
		// cost 0.28 × 12 = 3.36 → 2.7714 / 3.36 = 0.8248.
		close(plan.years[0].firmIncome.basic / plan.years[0].firmCost.basic, 2.7714 / 3.36);
		// Quasi year 2: (0.6 × 12 × 0.98 × 0.8 + 0.1 × 12) / (0.65 × 12) = 6.8448 / 7.8 = 0.8775.
		close(plan.years[1].firmIncome.quasi / plan.years[1].firmCost.quasi, 6.8448 / 7.8);
	});

	it('meets the committee targets and misses standard and satisfaction in 2023–2024 and coverage in 2024', () => {
		// Committees 222 · 253 · 269 of 316 = 70.25 % · 80.06 % · 85.13 %: all met.
		expect(plan.years.map((r) => r.committees)).toEqual([222, 253, 269]);
		expect(plan.years.map((r) => r.targets.committee)).toEqual([true, true, true]);
		// Standard: 209/316 meets 66.14 % in 2022; 237/316 is exactly 75 % and needs ā ≥ 1, which the plan lacks.
		expect(plan.years.map((r) => r.targets.standard)).toEqual([true, false, false]);
		expect(plan.years[1].standard).toBeLessThan(237);
		expect(plan.years.slice(1).map((r) => r.targets.satisfaction)).toEqual([false, false]);
		// The 3 self-governed compounds are never covered: (316 − 3) / 316 < 100 %.
		expect(plan.years.map((r) => r.targets.coverage)).toEqual([null, null, false]);
		close(plan.years[2].coverage, 313 / 316);
	});

	it('beyond year 3 the filled plan pays no subsidy and no reward fund', () => {
		const p = runProjection(defaultValues(5), 5, '2022-01');
		expect(p.years.slice(3).map((r) => [r.subsidy.total, r.rewardFund, r.outlay])).toEqual([
			[0, 0, 0],
			[0, 0, 0]
		]);
		// Targets repeat year 3's: coverage 100 % is still a target (and still missed).
		expect(p.years[4].targets.coverage).toBe(false);
	});
});
