/**
 * The fund-use rule over generated registers and scenarios (fast-check, seeded): the streets add up to the
 * district every month, and a street holding a whole tier gets exactly that tier's money.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '../../src/lib/model/catalogue';
import { cashflowPlan, type PlacedArea } from '../../src/lib/model/cashflow';
import { defaultValues, toModelInputs } from '../../src/lib/model/inputs';
import { project } from '../../src/lib/model/projection';
import { startArb, valuesArb } from '../model/arbitraries';

const RUNS = { seed: 26, numRuns: 150 };
const SLOW = 60_000; // generous: the machine is shared
/** 万元, absolute: the documentation's "to within 10⁻⁹" (a relative bound would allow 10⁻⁵ on a 10⁴ 万元 month). */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

/** 1–25 compounds over 1–8 streets, areas on a grid (0 included) or anywhere up to 50 万 m². */
const registerArb = fc.array(
	fc.record({
		street: fc.integer({ min: 1, max: 8 }).map((k) => `街道${k}`),
		tier: fc.constantFrom<Tier>(...TIERS),
		area: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 50, noNaN: true }))
	}),
	{ minLength: 1, maxLength: 25 }
);
const scenarioArb = fc
	.integer({ min: 1, max: 4 })
	.chain((years) => fc.record({ years: fc.constant(years), values: valuesArb(years), start: startArb }));

describe('streets add up to the district', () => {
	it(
		'every month, Σ streets + the unplaced line = the model’s subsidy + waiver compensation (1e-9)',
		() => {
			fc.assert(
				fc.property(scenarioArb, registerArb, (s, register: PlacedArea[]) => {
					const inp = toModelInputs(s.values, s.years);
					const plan = cashflowPlan(inp, s.start, register);
					const months = project(inp, s.start).months;
					for (let m = 0; m < 12 * s.years; m++) {
						let streets = plan.unplaced[m];
						for (const st of plan.streets) streets += st.subsidy[m] + st.waiverCompensation[m];
						let model = 0;
						for (let t = 0; t < 4; t++) model += months.subsidy[t][m] + months.waiverCompensation[t][m];
						if (!close(streets, model)) return false;
						// The district line with the reward fund is the model's monthly outlay.
						const withReward = model + plan.district.rewardFund[m];
						if (!close(withReward, months.outlay[m])) return false;
					}
					return true;
				}),
				RUNS
			);
		},
		SLOW
	);

	it('a tier the register has no area in stays on the unplaced line, named', () => {
		// The plan's scenario has market, quasi, basic and self area; this register knows only basic.
		const inp = toModelInputs(defaultValues(3), 3);
		const plan = cashflowPlan(inp, '2022-01', [{ street: 'A', tier: 'basic', area: 1 }]);
		expect(plan.shares.unplaced).toEqual(['market', 'quasi', 'self']);
		// Quasi's month-0 subsidy, 249.31 × 0.2 = 49.862 (§七), plus its waiver compensation (0: not covered).
		expect(plan.unplaced[0]).toBeCloseTo(249.31 * 0.2, 9);
		expect(plan.streets[0].subsidy[0]).toBeCloseTo(860.79 * 0.1, 9);
	});
});

describe('a street holding a whole tier', () => {
	it(
		'gets exactly that tier’s subsidy and waiver compensation when nothing moves',
		() => {
			fc.assert(
				fc.property(
					scenarioArb,
					fc.constantFrom(0, 1, 2, 3),
					registerArb,
					fc.double({ min: 0.001, max: 100, noNaN: true }),
					(s, t, others, area) => {
						const years = s.years;
						const values = {
							...s.values,
							upgrade_basic_to_quasi: Array(years).fill(0),
							cover_self: Array(years).fill(0)
						};
						const inp = toModelInputs(values, years);
						// The other streets hold anything but tier t.
						const register: PlacedArea[] = [
							{ street: '整片', tier: TIERS[t], area },
							...others.filter((r) => r.tier !== TIERS[t])
						];
						const plan = cashflowPlan(inp, s.start, register);
						const whole = plan.streets.find((x) => x.street === '整片')!;
						const months = project(inp, s.start).months;
						for (let m = 0; m < 12 * years; m++) {
							if (whole.subsidy[m] !== months.subsidy[t][m]) return false;
							if (whole.waiverCompensation[m] !== months.waiverCompensation[t][m]) return false;
						}
						return true;
					}
				),
				RUNS
			);
		},
		SLOW
	);
});
