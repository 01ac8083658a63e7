/**
 * The treasury's table over generated scenarios, registers, reward-fund splits and assessment results (fast-check,
 * seeded). The references are independent of the table builder: the columns' months are worked out here from the
 * start month, the district is the model's own monthly outlay (project()), and the withheld money is (1 − r) × the
 * street's subsidy over the quarter's months.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '../../src/lib/model/catalogue';
import { cashflowPlan, cashflowTable, deductions, type AssessmentResult } from '../../src/lib/model/cashflow';
import { toModelInputs } from '../../src/lib/model/inputs';
import { project } from '../../src/lib/model/projection';
import { startArb, valuesArb } from '../model/arbitraries';

const RUNS = { seed: 2026, numRuns: 120 };
const SLOW = 60_000; // generous: the machine is shared
/** 万元: the documentation's "to within 10⁻⁹", absolute. */
const TOL = 1e-9;

const registerArb = fc.array(
	fc.record({
		street: fc.integer({ min: 1, max: 6 }).map((k) => `街道${k}`),
		tier: fc.constantFrom<Tier>(...TIERS),
		area: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 50, noNaN: true }))
	}),
	{ minLength: 1, maxLength: 20 }
);
const caseArb = fc.integer({ min: 1, max: 3 }).chain((years) =>
	fc.record({
		years: fc.constant(years),
		values: valuesArb(years),
		start: startArb,
		register: registerArb,
		// Reward-fund weights per street 1–6; scaled below so they add up to at most 1.
		reward: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
		rewardTotal: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
		assess: fc.array(
			fc.record({
				street: fc.integer({ min: 1, max: 6 }),
				month: fc.integer({ min: 0, max: 12 * years - 1 }),
				released: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }))
			}),
			{ maxLength: 6 }
		)
	})
);

/** Calendar label of month m after `start`, by plain arithmetic. */
function label(start: string, m: number): { y: number; mo: number } {
	const [y, mo] = start.split('-').map(Number);
	const i = y * 12 + mo - 1 + m;
	return { y: Math.floor(i / 12), mo: (i % 12) + 1 };
}
/** The months a column key covers: "2022-07", "2022Q3" or "2022". */
function monthsOf(key: string, start: string, M: number): number[] {
	const out: number[] = [];
	for (let m = 0; m < M; m++) {
		const { y, mo } = label(start, m);
		const hit = /^\d{4}$/.test(key)
			? y === Number(key)
			: /Q/.test(key)
				? y === Number(key.slice(0, 4)) && Math.ceil(mo / 3) === Number(key.slice(5))
				: key === `${y}-${String(mo).padStart(2, '0')}`;
		if (hit) out.push(m);
	}
	return out;
}

describe('the fund-use table adds up', () => {
	it(
		'every column: streets + unplaced + reward + withheld = district = the model’s outlay; paid = district − withheld',
		() => {
			fc.assert(
				fc.property(caseArb, (c) => {
					const inp = toModelInputs(c.values, c.years);
					const M = 12 * c.years;
					const names = [...new Set(c.register.map((r) => r.street))];
					const w = names.map((n) => c.reward[Number(n.slice(2)) - 1]);
					const wsum = w.reduce((a, b) => a + b, 0);
					const rewardShares = Object.fromEntries(
						names.map((n, i) => [n, wsum > 0 ? (c.rewardTotal * w[i]) / wsum / (1 + 1e-12) : 0])
					);
					const plan = cashflowPlan(inp, c.start, c.register, { rewardShares });
					const results: AssessmentResult[] = c.assess
						.filter((a) => names.includes(`街道${a.street}`))
						.map((a) => {
							const { y, mo } = label(c.start, a.month);
							return { street: `街道${a.street}`, quarter: `${y}Q${Math.ceil(mo / 3)}`, released: a.released };
						});
					const d = deductions(plan, results);
					const table = cashflowTable(plan, { deductions: d });
					const outlay = project(inp, c.start).months.outlay;

					// Each street: deductions never exceed its month's subsidy, never come before a quarter's end,
					// and with what the horizon cannot absorb they add up to (1 − r) × the quarter's subsidy.
					plan.streets.forEach((s, k) => {
						let owed = 0,
							taken = 0;
						const due = new Float64Array(M + 1);
						for (const r of results.filter((x) => x.street === s.street)) {
							const ms = monthsOf(r.quarter, c.start, M);
							const sub = ms.reduce((a, m) => a + s.subsidy[m], 0);
							due[ms[ms.length - 1] + 1] += (1 - r.released) * sub;
						}
						for (let m = 0; m < M; m++) {
							owed += due[m];
							const x = d.byStreet[k][m];
							expect(x).toBeGreaterThanOrEqual(0);
							expect(x).toBeLessThanOrEqual(s.subsidy[m] + TOL);
							taken += x;
							expect(taken).toBeLessThanOrEqual(owed + TOL);
						}
						owed += due[M];
						expect(Math.abs(taken + d.carried[k] - owed)).toBeLessThanOrEqual(TOL * Math.max(1, owed));
					});

					const row = (kind: string) => table.rows.find((r) => r.kind === kind);
					const district = row('district')!;
					table.columns.forEach((col, j) => {
						const ms = monthsOf(col.key, c.start, M);
						expect(ms.length, col.key).toBeGreaterThan(0);
						const model = ms.reduce((a, m) => a + outlay[m], 0);
						expect(Math.abs(district.values[j] - model), `district ${col.key}`).toBeLessThanOrEqual(TOL);
						let parts = 0;
						for (const r of table.rows)
							if (['street', 'unplaced', 'reward', 'withheld'].includes(r.kind)) parts += r.values[j];
						expect(Math.abs(parts - model), `rows ${col.key}`).toBeLessThanOrEqual(TOL);
						const withheld = row('withheld')?.values[j] ?? 0;
						expect(Math.abs((row('paid')?.values[j] ?? district.values[j]) - (model - withheld))).toBeLessThanOrEqual(
							TOL
						);
					});
					// Every month, quarter and calendar year of the horizon has its column, in order.
					const keys = table.columns.map((x) => x.key);
					expect(keys.filter((k) => /-/.test(k))).toHaveLength(M);
				}),
				RUNS
			);
		},
		SLOW
	);
});
