/**
 * The Monte Carlo kernel (model/montecarlo/kernel.ts) restates project() (model/projection.ts) over a flat
 * cell vector. This property draws whole scenarios from the full catalogue — every parameter, horizons 1–6,
 * any start month, blank targets, the edge values the arbitraries favour — builds the kernel's own input
 * vector from them (no HyperFormula), and requires every number the kernel reports to be the same double
 * as project()'s (Object.is: bit-identical, not merely close). A second property makes the quasi and basic
 * costs vanish (subnormal), where income ÷ cost overflows to Infinity and project() caps the adequacy ratio.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS } from '../../src/lib/model/catalogue';
import { toModelInputs, type Resume } from '../../src/lib/model/inputs';
import { baseVector, cellLayout } from '../../src/lib/model/montecarlo/cells';
import { Kernel } from '../../src/lib/model/montecarlo/kernel';
import { allocSamples, MET, MISSED, NK, NO_TARGET, NY, OUT } from '../../src/lib/model/montecarlo/samples';
import { project } from '../../src/lib/model/projection';
import { TARGET_KINDS } from '../../src/lib/model/targets';
import { scenarioArb, type GeneratedScenario } from './arbitraries';

/** Scenarios drawn per property (fixed seed: the same cases every run). */
const CASES = { catalogue: 3000, vanishingCost: 1000, resume: 1000 };

/** Every output the kernel writes that differs from project()'s, as `y2 adequacy: kernel vs project`. */
function differences({ years: Y, start, values }: GeneratedScenario, resume: Resume | null = null): string[] {
	const layout = cellLayout(Y);
	const store = allocSamples(1, Y);
	new Kernel(layout, resume).run(
		baseVector(layout, values),
		0,
		store.yearly,
		store.monthOutlay,
		store.monthSatisfaction,
		store.met
	);
	const p = project({ ...toModelInputs(values, Y), ...(resume && { resume }) }, start);
	const bad: string[] = [];
	const same = (what: string, k: number, want: number) => {
		if (!Object.is(k, want)) bad.push(`${what}: ${k} vs ${want}`);
	};
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
			satisfaction: r.satisfaction,
			committees: r.committees,
			standard: r.standard
		};
		for (const t of TIERS) {
			want[`firmIncome_${t}`] = r.firmIncome[t];
			want[`firmCost_${t}`] = r.firmCost[t];
			want[`subsidy_${t}`] = r.subsidy[t];
		}
		expect(Object.keys(want).sort()).toEqual(Object.keys(OUT).sort());
		for (const [k, x] of Object.entries(want)) same(`y${y + 1} ${k}`, store.yearly[at + OUT[k as keyof typeof OUT]], x);
		TARGET_KINDS.forEach((kind, j) => {
			const met = r.targets[kind];
			same(`y${y + 1} target ${kind}`, store.met[y * NK + j], met === null ? NO_TARGET : met ? MET : MISSED);
		});
	});
	for (let m = 0; m < 12 * Y; m++) {
		same(`month ${m + 1} outlay`, store.monthOutlay[m], p.months.outlay[m]);
		same(`month ${m + 1} satisfaction`, store.monthSatisfaction[m], p.months.satisfaction[m]);
	}
	return bad;
}

/** Quasi and basic costs so small that their yearly total is subnormal: income ÷ cost overflows. */
const vanishingCost = fc
	.tuple(scenarioArb({ positiveArea: true }), fc.constantFrom(Number.MIN_VALUE, 1e-320, 1e-310))
	.map(([sc, tiny]) => {
		const values = { ...sc.values };
		values.quasi_cost = Array.from({ length: sc.years }, () => tiny);
		values.basic_cost = Array.from({ length: sc.years }, () => tiny);
		// Some firm income in quasi and basic, so the ratio is huge rather than 0/0.
		values.quasi_area = Math.max(values.quasi_area as number, 1);
		values.quasi_subsidy = Array.from({ length: sc.years }, () => 0.1);
		values.subsidy_payout = 1;
		return { ...sc, values };
	});

/** A scenario and a restart state (reforecast.ts): after a year of its horizon, counts up to its compounds. */
const withResume = scenarioArb().chain((sc) => {
	const N = TIERS.reduce((n, t) => n + (sc.values[`${t}_compounds`] as number), 0);
	const count = fc.double({ min: 0, max: N, noNaN: true });
	return fc.tuple(
		fc.constant(sc),
		fc.record({
			after: fc.integer({ min: 0, max: sc.years - 1 }),
			committees: count,
			standard: count,
			satisfaction: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 })
		})
	);
});

describe('the Monte Carlo kernel and project() agree, bit for bit', () => {
	it(`on ${CASES.catalogue} whole scenarios drawn from the full catalogue`, () => {
		fc.assert(
			fc.property(scenarioArb(), (sc) => {
				expect(differences(sc)).toEqual([]);
			}),
			{ numRuns: CASES.catalogue, seed: 12 }
		);
	}, 60_000);

	it(`on ${CASES.vanishingCost} scenarios whose quasi and basic costs vanish (adequacy overflows and is capped)`, () => {
		let overflowed = 0;
		fc.assert(
			fc.property(vanishingCost, (sc) => {
				const p = project(toModelInputs(sc.values, sc.years), sc.start);
				if (p.years.some((r) => r.adequacy === Number.MAX_VALUE)) overflowed++;
				expect(differences(sc)).toEqual([]);
			}),
			{ numRuns: CASES.vanishingCost, seed: 12 }
		);
		// The property is about the overflow: most drawn scenarios must actually reach it.
		expect(overflowed).toBeGreaterThan(CASES.vanishingCost / 2);
	}, 60_000);

	it(`on ${CASES.resume} re-forecasts: any year to restart after, from any committees, standard and satisfaction`, () => {
		let restarted = 0;
		fc.assert(
			fc.property(withResume, ([sc, resume]) => {
				// The restart must change something, or the property says nothing about it.
				if (resume.after < sc.years - 1) restarted++;
				expect(differences(sc, resume)).toEqual([]);
			}),
			{ numRuns: CASES.resume, seed: 12 }
		);
		expect(restarted).toBeGreaterThan(CASES.resume / 3);
	}, 60_000);
});
