import { describe, expect, it } from 'vitest';
import { compareTable, targetsMet } from '../../src/lib/compare';
import { loadRun } from './helpers';

const plan = loadRun('plan-2022-2024.json');
const held = loadRun('subsidy-held.json');
const cover = loadRun('cover-self-governed.json');
const row = (t: ReturnType<typeof compareTable>, id: string) => t.rows.find((r) => r.metric.id === id)!;

describe('the side-by-side table', () => {
	const t = compareTable([plan, held], 0);

	it('gives each year and the three-year total, with the difference against the baseline', () => {
		const outlay = row(t, 'outlay');
		expect(outlay.cells[0].map((c) => c.value)).toEqual([
			expect.closeTo(1731.292, 9),
			expect.closeTo(915.646, 9),
			expect.closeTo(915.646, 9),
			expect.closeTo(3562.584, 9)
		]);
		// Holding both subsidies at year-1 rates adds 860.79 × 0.05 × 12 + 249.31 × 0.1 × 12 = 815.646 a year.
		expect(outlay.cells[1][1].delta!.abs).toBeCloseTo(815.646, 9);
		expect(outlay.cells[1][3].delta!.abs).toBeCloseTo(1631.292, 9);
		expect(outlay.cells[1][0].delta!.abs).toBeCloseTo(0, 9);
		expect(outlay.cells[0].every((c) => c.delta === null)).toBe(true); // the baseline has nothing to differ from
	});

	it('splits the outlay into subsidy, reward fund and waiver compensation', () => {
		const ids = t.rows.filter((r) => r.metric.group === 'outlay').map((r) => r.metric.id);
		expect(ids).toEqual(['outlay', 'subsidy', 'subsidy-quasi', 'subsidy-basic', 'reward', 'waiver', 'outlay-noreward']);
		expect(row(t, 'reward').cells[0][3].value).toBe(300);
	});

	it('reads rates and counts at the horizon\u2019s end and gives a ratio no total', () => {
		expect(row(t, 'committees').cells[0][3].value).toBe(269);
		expect(row(t, 'coverage').cells[0][3].value).toBeCloseTo(313 / 316, 12);
		expect(row(t, 'adequacy').cells[0][3].value).toBeNull();
	});

	it('leaves out tier rows that are zero in every scenario, and keeps the tiers that carry money', () => {
		const ids = t.rows.map((r) => r.metric.id);
		expect(ids).not.toContain('subsidy-market');
		expect(ids).not.toContain('firmIncome-self');
		expect(ids).toEqual(
			expect.arrayContaining(['firmIncome-market', 'firmCost-market', 'firmIncome-quasi', 'firmCost-basic'])
		);
	});

	it('compares up to four scenarios against any of them', () => {
		const four = compareTable([plan, held, cover, loadRun('faster-upgrade.json')], 2);
		expect(four.rows[0].cells).toHaveLength(4);
		expect(four.rows[0].cells[0][3].delta!.abs).toBeCloseTo(3562.584 - 3567.5076, 9);
		expect(four.misaligned).toBe(false);
	});

	it('refuses a baseline that is not one of the scenarios, naming the range', () => {
		expect(() => compareTable([plan, held], 2)).toThrow('baseline 2 is not one of the 2 scenarios (0–1)');
	});
});

describe('targets met', () => {
	it('counts the plan\u2019s 10 targets as the workbench does: 5 met', () => {
		const m = targetsMet(plan.projection);
		expect([m.met, m.set]).toEqual([5, 10]);
		expect(m.byKind.coverage).toEqual([null, null, false]);
		expect(m.byKind.standard).toEqual([true, false, false]);
	});
	it('meets the coverage target once the self-governed compounds are covered', () => {
		expect(targetsMet(cover.projection).byKind.coverage).toEqual([null, null, true]);
	});
});
