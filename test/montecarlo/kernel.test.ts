import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toModelInputs, type ParamValues } from '../../src/lib/model/inputs';
import { allocSamples, NK, NY, OUT, MET, NO_TARGET } from '../../src/lib/model/montecarlo/samples';
import { project } from '../../src/lib/model/projection';
import { TARGET_KINDS } from '../../src/lib/model/targets';
import { TIERS } from '../../src/lib/model/catalogue';
import { planOf, readFile, readInline, SCENARIO_FILES } from './helpers';

/** The kernel's row for the deterministic vector next to project()'s result, compared to 1e-12 relative. */
async function compare(s: { doc: { years: number; start: string }; values: ParamValues }) {
	const plan = await planOf(s as never);
	const Y = s.doc.years;
	const store = allocSamples(1, Y);
	plan.kernel.run(plan.base, 0, store.yearly, store.monthOutlay, store.monthSatisfaction, store.met);
	const p = project(toModelInputs(s.values, Y), s.doc.start);
	const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
	const bad: string[] = [];
	p.years.forEach((r, y) => {
		const at = y * NY;
		const want: Record<string, number> = {
			outlay: r.outlay,
			subsidy: r.subsidy.total,
			rewardFund: r.rewardFund,
			waiverCompensation: r.waiverCompensation,
			adequacy: r.adequacy,
			committeeRate: r.committeeRate,
			standardRate: r.standardRate,
			coverage: r.coverage,
			satisfaction: r.satisfaction
		};
		for (const t of TIERS) {
			want[`firmIncome_${t}`] = r.firmIncome[t];
			want[`firmCost_${t}`] = r.firmCost[t];
		}
		for (const [k, x] of Object.entries(want))
			if (!close(store.yearly[at + OUT[k as keyof typeof OUT]], x))
				bad.push(`y${y + 1} ${k}: ${store.yearly[at + OUT[k as keyof typeof OUT]]} vs ${x}`);
		TARGET_KINDS.forEach((kind, j) => {
			const code = store.met[y * NK + j];
			const want = r.targets[kind];
			if ((want === null ? NO_TARGET : want ? MET : 0) !== code) bad.push(`y${y + 1} target ${kind}`);
		});
	});
	for (let m = 0; m < 12 * Y; m++) {
		if (!close(store.monthOutlay[m], p.months.outlay[m])) bad.push(`month ${m} outlay`);
		if (!close(store.monthSatisfaction[m], p.months.satisfaction[m])) bad.push(`month ${m} satisfaction`);
	}
	return bad;
}

describe('the Monte Carlo kernel', () => {
	for (const file of SCENARIO_FILES) {
		it(`gives project()'s numbers for ${file}`, async () => {
			expect(await compare(readFile(file))).toEqual([]);
		});
	}

	it("gives project()'s numbers for random scenarios (moves, grace, waivers, empty tiers, 1–5 years)", async () => {
		// HyperFormula turns subnormal numbers into #NUM! (its 14-digit rounding overflows), so keep clear of them.
		const num = (lo: number, hi: number) =>
			fc.double({ min: lo, max: hi, noNaN: true }).map((x) => (Math.abs(x) < 1e-9 ? 0 : x));
		const yearly = (years: number, lo: number, hi: number) =>
			fc.array(num(lo, hi), { minLength: years, maxLength: years });
		const scenario = fc.integer({ min: 1, max: 5 }).chain((years) =>
			fc.record({
				years: fc.constant(years),
				market_area: fc.oneof(fc.constant(0), num(0, 2000)),
				basic_area: num(0, 2000),
				self_area: num(0, 50),
				grace_months: fc.integer({ min: 0, max: 12 }),
				waiver_covered: fc.integer({ min: 0, max: 1 }),
				satisfaction_half_life: fc.oneof(fc.constant(0), num(0, 24)),
				upgrade_basic_to_quasi: yearly(years, 0, 1),
				cover_self: yearly(years, 0, 1),
				basic_collection: yearly(years, 0, 1),
				quasi_cost: yearly(years, 0, 2),
				basic_waiver_share: yearly(years, 0, 0.2),
				standard_new: yearly(years, 0, 60)
			})
		);
		await fc.assert(
			fc.asyncProperty(scenario, async (sc) => {
				const params: Record<string, unknown> = {};
				for (const [k, x] of Object.entries(sc)) {
					if (k === 'years') continue;
					params[k] = Array.isArray(x) ? { values: x } : { value: x };
				}
				expect(await compare(readInline(params, sc.years))).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});
});
