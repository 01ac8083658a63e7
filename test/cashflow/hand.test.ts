/**
 * A three-street district worked out by hand: an upgrade, a cover in each year and two grace months.
 * Every expected figure below is computed in the comments from the rule of docs/model.md § 分月用款计划,
 * not read back from the code.
 */
import { describe, expect, it } from 'vitest';
import { cashflowCsv } from '../../src/lib/io/cashflow-csv';
import {
	cashflowPlan,
	cashflowTable,
	deductions,
	periods,
	periodSum,
	type CashflowPlan
} from '../../src/lib/model/cashflow';
import type { PlacedArea } from '../../src/lib/model/cashflow';
import { BASIC, QUASI, tiny } from '../model/tiny';

// Register (万 m²): 东街 quasi 10, basic 30 · 西街 basic 10, self 4 · 南街 self 4.
// Register tiers: quasi 10, basic 40, self 8; the scenario says quasi 20, basic 80, self 8, so the register's
// quasi and basic are scaled ×2: 东街 quasi 20, basic 60 · 西街 basic 20, self 4 · 南街 self 4.
const register: PlacedArea[] = [
	{ street: '东街', tier: 'quasi', area: 10 },
	{ street: '东街', tier: 'basic', area: 30 },
	{ street: '西街', tier: 'basic', area: 10 },
	{ street: '西街', tier: 'self', area: 4 },
	{ street: '南街', tier: 'self', area: 4 }
];

function inputs() {
	const inp = tiny(2);
	inp.area = [0, 20, 80, 8];
	inp.grace = 2;
	inp.waiverCovered = 1;
	inp.subsidy[QUASI] = [0.2, 0.1];
	inp.subsidy[BASIC] = [0.1, 0.05];
	inp.fee[QUASI] = [0.6, 0.6];
	inp.fee[BASIC] = [0.3, 0.3];
	inp.waiverShare[QUASI] = [0.05, 0.05];
	inp.waiverShare[BASIC] = [0.1, 0.1];
	inp.upgrade = [0, 0.5];
	inp.cover = [0.5, 0.5];
	inp.rewardFund = [100, 100];
	return inp;
}

const street = (p: CashflowPlan, name: string) => p.streets.find((s) => s.street === name)!;
const need = (p: CashflowPlan, name: string, m: number) =>
	street(p, name).subsidy[m] + street(p, name).waiverCompensation[m];

describe('the hand-worked three-street plan', () => {
	const plan = cashflowPlan(inputs(), '2022-01', register);

	it('year 1: the whole basic area and the covered self area are in grace for two months', () => {
		// m0: cover moves half of self (西街 2, 南街 2) into basic; all basic (60 + 22 + 2 = 84) is in grace.
		// 东街: quasi 20 × 0.2 = 4, waived 20 × 0.6 × 0.05 = 0.6; basic 60 × 0.1 = 6, nothing billed → 10.6
		// 西街: basic 22 × 0.1 = 2.2 → 2.2 · 南街: basic 2 × 0.1 = 0.2 → 0.2
		expect(need(plan, '东街', 0)).toBeCloseTo(10.6, 12);
		expect(need(plan, '西街', 0)).toBeCloseTo(2.2, 12);
		expect(need(plan, '南街', 0)).toBeCloseTo(0.2, 12);
		expect(street(plan, '西街').grace[1]).toBeCloseTo(22, 12);
		// m2: grace over. 东街 basic billed 60 × 0.3 = 18, waived 1.8 → 4.6 + 6 + 1.8 = 12.4
		// 西街: 22 × 0.3 × 0.1 = 0.66 → 2.86 · 南街: 2 × 0.3 × 0.1 = 0.06 → 0.26
		expect(need(plan, '东街', 2)).toBeCloseTo(12.4, 12);
		expect(need(plan, '西街', 2)).toBeCloseTo(2.86, 12);
		expect(need(plan, '南街', 2)).toBeCloseTo(0.26, 12);
		expect(street(plan, '西街').grace[2]).toBe(0);
		// District m2: quasi 20 × 0.2 + 0.6 = 4.6; basic 84 × 0.1 + 84 × 0.3 × 0.1 = 10.92 → 15.52
		expect(plan.district.subsidy[2] + plan.district.waiverCompensation[2]).toBeCloseTo(15.52, 12);
	});

	it('year 2: half of every street’s basic area moves to quasi, then half the remaining self area is covered', () => {
		// 东街: basic 60 → 30, quasi 20 → 50. m12: quasi 50 × 0.1 = 5 + 50 × 0.6 × 0.05 = 1.5;
		// basic 30 × 0.05 = 1.5 + 30 × 0.3 × 0.1 = 0.9 → 8.9
		expect(need(plan, '东街', 12)).toBeCloseTo(8.9, 12);
		// 西街: basic 22 → 11 (+11 quasi), self 2 → cover 1 into basic (in grace): basic 12, billable 11.
		// quasi 1.1 + 0.33; basic 12 × 0.05 = 0.6 + 11 × 0.3 × 0.1 = 0.33 → 2.36; m14 billable 12 → 0.36 → 2.39
		expect(need(plan, '西街', 12)).toBeCloseTo(2.36, 12);
		expect(need(plan, '西街', 14)).toBeCloseTo(2.39, 12);
		expect(street(plan, '西街').grace[12]).toBeCloseTo(1, 12);
		// 西街's billed fees m12: quasi 11 × 0.6 = 6.6 + basic 11 × 0.3 = 3.3 → 9.9; waived 0.33 + 0.33 = 0.66
		expect(street(plan, '西街').billed[12]).toBeCloseTo(9.9, 12);
		expect(street(plan, '西街').waived[12]).toBeCloseTo(0.66, 12);
		// 南街: basic 2 → 1 (+1 quasi), self 2 → cover 1: basic 2, billable 1.
		// quasi 0.1 + 0.03; basic 0.1 + 0.03 → 0.26; m14: basic billable 2 → 0.06 → 0.29
		expect(need(plan, '南街', 12)).toBeCloseTo(0.26, 12);
		expect(need(plan, '南街', 14)).toBeCloseTo(0.29, 12);
		// District m12: quasi 62 → 6.2 + 1.86; basic 44 → 2.2 + 42 × 0.03 = 1.26 → 11.52 = 8.9 + 2.36 + 0.26
		expect(plan.district.subsidy[12] + plan.district.waiverCompensation[12]).toBeCloseTo(11.52, 12);
	});

	it('the reward fund is a district line unless the planner gives streets a share', () => {
		expect(plan.unallocatedReward[0]).toBe(100);
		expect(plan.unallocatedReward[12]).toBe(100);
		expect(plan.unallocatedReward[1]).toBe(0);
		const shared = cashflowPlan(inputs(), '2022-01', register, { rewardShares: { 东街: 0.6 } });
		expect(street(shared, '东街').rewardFund[0]).toBeCloseTo(60, 12);
		expect(shared.unallocatedReward[0]).toBeCloseTo(40, 12);
	});

	it('a reward fund split 30 % / 40 % / 30 % leaves nothing unallocated: 0.000 in the CSV, not -0.000', () => {
		// 100.5 − 30.15 (东) − 40.2 (南) − 30.15 (西) = 0; subtracting in floating point gives −7·10⁻¹⁵.
		const inp = inputs();
		inp.rewardFund = [100.5, 100.5];
		const split = cashflowPlan(inp, '2022-01', register, { rewardShares: { 东街: 0.3, 西街: 0.3, 南街: 0.4 } });
		expect(street(split, '南街').rewardFund[0]).toBeCloseTo(40.2, 12);
		expect(split.unallocatedReward[0]).toBe(0);
		const csv = cashflowCsv(cashflowTable(split), [], 'zh', '镇/街道');
		const line = csv.split('\r\n').find((l) => l.startsWith('奖励资金（未分配）'))!;
		expect(line.split(',').slice(1)).not.toContain('-0.000');
		expect(line.split(',')[1]).toBe('0.000');
	});

	it('quarter and year totals follow calendar quarters', () => {
		const q1 = periods(plan.months).find((p) => p.key === '2022Q1')!;
		// 东街 months 0–2: 10.6 + 10.6 + 12.4 = 33.6
		const s = street(plan, '东街');
		const total = Float64Array.from(s.subsidy, (x, m) => x + s.waiverCompensation[m]);
		expect(periodSum(total, q1)).toBeCloseTo(33.6, 12);
		expect(
			periods(plan.months)
				.filter((p) => p.kind === 'year')
				.map((p) => p.key)
		).toEqual(['2022', '2023']);
	});

	it('an assessment that releases 80 % of a quarter takes the rest off the next months', () => {
		// 南街 2022Q1 subsidy: 0.2 × 3 = 0.6; 20 % withheld = 0.12, taken from 2022-04 (subsidy 0.2): 0.12 there.
		const d = deductions(plan, [{ street: '南街', quarter: '2022Q1', released: 0.8 }]);
		const k = plan.streets.findIndex((s) => s.street === '南街');
		expect(d.byStreet[k][2]).toBe(0);
		expect(d.byStreet[k][3]).toBeCloseTo(0.12, 12);
		expect(d.byStreet[k][4]).toBe(0);
		// 西街 released nothing in 2022Q1: 2.2 × 3 = 6.6 withheld, 2.2 off each of 2022-04..06.
		const w = deductions(plan, [{ street: '西街', quarter: '2022Q1', released: 0 }]);
		const kw = plan.streets.findIndex((s) => s.street === '西街');
		expect([3, 4, 5, 6].map((m) => w.byStreet[kw][m])).toEqual([2.2, 2.2, 2.2, 0].map((x) => expect.closeTo(x, 12)));
	});
});
