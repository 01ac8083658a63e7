/**
 * The next plan as a plan: its baseline is the parent's last year carried on (worked here by hand from the
 * plan's §二 areas and §七 rates), its money is "to be set" year by year, and its start state is the model's
 * end state or the re-forecast's, as the planner chooses (the re-forecast's figures are the actuals given here).
 */
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { TIERS } from '../../src/lib/model/catalogue';
import type { ParamValues } from '../../src/lib/model/inputs';
import { nextPlan, unbudgetedYears } from '../../src/lib/model/next-plan';
import { CARRY_OUTPUTS, carryBridge, carryStep } from '../../src/lib/model/next-plan-bridge';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { reforecast } from '../../src/lib/model/reforecast';
import { runProjection } from '../../src/lib/model/run';

function planValues(): ParamValues {
	const r = readScenarioText(writeScenario(planScenario()));
	if (!r.ok) throw new Error('the plan does not read');
	return r.values;
}

/** The plan with no upgrades and no cover: every tier keeps its §二 area, so the money can be worked by hand. */
function still(): ParamValues {
	const v = planValues();
	v.upgrade_basic_to_quasi = [0, 0, 0];
	v.cover_self = [0, 0, 0];
	return v;
}

describe('the next plan’s continuation (its baseline)', () => {
	it('carries the parent’s 2024 subsidies, reward fund and targets over three more years', () => {
		const values = still();
		const parent = planScenario();
		const p = runProjection(values, 3, '2022-01');
		const next = nextPlan(parent, values, p, 3);
		const c = next.follows!.continuation;
		// §七: basic 0.10 · 0.05 · 0.05, quasi 0.20 · 0.10 · 0.10, reward fund 100 a year; §三: 2024 targets.
		expect(c.basic_subsidy).toEqual([0.05, 0.05, 0.05]);
		expect(c.quasi_subsidy).toEqual([0.1, 0.1, 0.1]);
		expect(c.reward_fund).toEqual([100, 100, 100]);
		expect(c.target_satisfaction).toEqual([0.9, 0.9, 0.9]);
		// The next plan's own cells leave them to be set.
		expect(next.params.basic_subsidy.cells).toEqual([0, 0, 0]);
		expect(next.params.target_satisfaction.cells).toEqual([null, null, null]);
	});

	it('costs, carried on, what 2024 cost: 12 months × rate × §二 area + the reward fund', () => {
		const values = still();
		const p = runProjection(values, 3, '2022-01');
		const next = nextPlan(planScenario(), values, p, 3);
		const cont = runProjection(next.follows!.continuation, 3, next.start);
		// 12 × 0.05 × 860.79 + 12 × 0.10 × 249.31 + 100 = 516.474 + 299.172 + 100.
		const byHand = 12 * 0.05 * 860.79 + 12 * 0.1 * 249.31 + 100;
		expect(byHand).toBeCloseTo(915.646, 9);
		for (const y of cont.years) expect(y.outlay).toBeCloseTo(byHand, 9);
		expect(cont.totals.outlay).toBeCloseTo(3 * 915.646, 9);
		expect(next.follows!.last.outlay).toBeCloseTo(byHand, 9);
		expect(next.follows!.last.from).toBe('2024-01');
	});

	it('marks a year’s money to be set until any of its subsidies or reward fund is set', () => {
		const values = still();
		const next = nextPlan(planScenario(), values, runProjection(values, 3, '2022-01'), 3);
		const r = readScenarioText(writeScenario(next));
		if (!r.ok) throw new Error('the next plan does not read');
		expect(unbudgetedYears(r.values, 3)).toEqual([true, true, true]);
		(r.values.quasi_subsidy as number[])[1] = 0.08;
		expect(unbudgetedYears(r.values, 3)).toEqual([true, false, true]);
		(r.values.reward_fund as number[])[2] = 50;
		expect(unbudgetedYears(r.values, 3)).toEqual([true, false, false]);
	});
});

describe('the next plan’s start state', () => {
	const values = planValues();
	const p = runProjection(values, 3, '2022-01');
	// 2024's actuals: 250 committees, 240 compounds at standard, overall satisfaction 80 %.
	const actuals = { committees: [null, null, 250], standard: [null, null, 240], satisfaction: [null, null, 0.8] };

	it('from the re-forecast: the actuals’ committees and compounds at standard, satisfaction at 80 % overall', () => {
		const r = reforecast(values, 3, '2022-01', actuals, p)!;
		const next = nextPlan(planScenario(), values, p, 3, undefined, { reforecast: r });
		expect(next.follows!.from).toBe('reforecast');
		expect(next.params.committees_start.cells).toEqual([250]);
		expect(next.params.standard_start.cells).toEqual([240]);
		// The area-weighted mean of the tiers' start satisfaction is the reported 80 %.
		let area = 0,
			weighted = 0;
		for (const t of TIERS) {
			const a = next.params[`${t}_area`].cells[0] as number;
			area += a;
			weighted += a * (next.params[`${t}_satisfaction_start`].cells[0] as number);
		}
		expect(weighted / area).toBeCloseTo(0.8, 12);
		expect(next.params.committees_start.note).toMatch(/re-forecast/);
	});

	it('from the model: the projection’s own end, not the actuals', () => {
		const next = nextPlan(planScenario(), values, p, 3);
		expect(next.follows!.from).toBe('model');
		expect(next.params.committees_start.cells).toEqual([p.years[2].committees]);
		expect(next.params.committees_start.cells[0]).not.toBe(250);
		expect(next.params.committees_start.note).not.toMatch(/re-forecast/);
	});

	it('keeps the fractional compounds at standard the model left (the screens show whole numbers)', () => {
		const next = nextPlan(planScenario(), values, p, 3);
		const N = TIERS.reduce((s, t) => s + (next.params[`${t}_compounds`].cells[0] as number), 0);
		// Without upgrades in the plan's own figures, the §二 total of 316 stays.
		expect(N).toBeCloseTo(316, 9);
		const standard = next.params.standard_start.cells[0] as number;
		expect(Number.isInteger(standard)).toBe(false);
		expect(Math.round(standard)).toBe(265);
	});
});

describe('the bridge from the parent’s 2024 to the next plan’s 2025', () => {
	it('splits the outlay into the year carried on and each parameter’s part, worked by hand', () => {
		const values = still();
		const next = nextPlan(planScenario(), values, runProjection(values, 3, '2022-01'), 3);
		const r = readScenarioText(writeScenario(next));
		if (!r.ok) throw new Error('the next plan does not read');
		const b = carryBridge(next.follows!, r.values, 3, next.start)!;
		const s = carryStep(b, next.follows!, 'outlay');
		// 2024 cost 915.646; no area moves, so carrying on costs the same; then each item set to 0 removes it.
		expect(s.last).toBeCloseTo(915.646, 9);
		expect(s.carried).toBeCloseTo(0, 9);
		const part = (k: string) => s.out.parts[b.params.players.findIndex((p) => p.keys.includes(k))];
		expect(part('basic_subsidy')).toBeCloseTo(-12 * 0.05 * 860.79, 9);
		expect(part('quasi_subsidy')).toBeCloseTo(-12 * 0.1 * 249.31, 9);
		expect(part('reward_fund')).toBeCloseTo(-100, 9);
		expect(s.delta).toBeCloseTo(-915.646, 9);
	});

	it('adds up exactly for every output when the planner has set money and moved the start', () => {
		const values = planValues();
		const p = runProjection(values, 3, '2022-01');
		const next = nextPlan(planScenario(), values, p, 3);
		const r = readScenarioText(writeScenario(next));
		if (!r.ok) throw new Error('the next plan does not read');
		r.values.basic_subsidy = [0.08, 0.06, 0.04];
		r.values.reward_fund = [50, 50, 50];
		const b = carryBridge(next.follows!, r.values, 3, next.start)!;
		for (const o of CARRY_OUTPUTS) {
			const s = carryStep(b, next.follows!, o);
			const first = runProjection(r.values, 3, next.start).years[0][o];
			const sum = s.carried + s.out.parts.reduce((a, x) => a + x, 0);
			expect(sum).toBeCloseTo(first - s.last, 9);
			expect(s.last).toBe(p.years[2][o]);
		}
	});
});
