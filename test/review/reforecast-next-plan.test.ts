/**
 * Re-forecast and next plan, as properties over generated scenarios (test/model/arbitraries.ts):
 * a re-forecast from actuals equal to the model's own figures is the original projection; the next plan's
 * start state is the parent's end state; its first year is the parent's model continued one more year.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { resultsJson } from '../../src/lib/io/results-json';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { ACTUAL_FIELDS, modelFigure, type Actuals } from '../../src/lib/model/actuals';
import { CATALOGUE, TIERS } from '../../src/lib/model/catalogue';
import type { ParamValues } from '../../src/lib/model/inputs';
import { nextPlan } from '../../src/lib/model/next-plan';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { reforecast } from '../../src/lib/model/reforecast';
import { runProjection } from '../../src/lib/model/run';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { scenarioArb } from '../model/arbitraries';

const SEED = 15;

/**
 * Equal numbers to 1e-9 relative: the next plan adds its tiers' fractional compounds afresh, so a rate's
 * denominator can differ from the parent's in the last bit. Everything else must be identical.
 */
function expectClose(a: unknown, b: unknown, path: string): void {
	if (typeof a === 'number' && typeof b === 'number') {
		if (Object.is(a, b)) return;
		expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
	} else if (a && b && typeof a === 'object' && typeof b === 'object') {
		expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
		for (const k of Object.keys(a))
			expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
	} else expect(a, path).toEqual(b);
}

/** A scenario doc holding exactly these values (numbers only), as a planner's file would. */
function docOf(values: ParamValues, years: number, start: string, name = 'Parent'): ScenarioDoc {
	const doc = planScenario(years, start);
	doc.name = name;
	for (const def of CATALOGUE) {
		const v = values[def.key];
		doc.params[def.key] = { cells: Array.isArray(v) ? v.slice() : [v] };
	}
	return doc;
}

describe('re-forecast', () => {
	it('with actuals equal to the model’s own figures, equals the original projection', () => {
		fc.assert(
			fc.property(
				scenarioArb({ positiveArea: true }).chain((s) =>
					fc.record({ s: fc.constant(s), k: fc.integer({ min: 0, max: s.years - 1 }) })
				),
				({ s, k }) => {
					const p = runProjection(s.values, s.years, s.start);
					const actuals: Actuals = {};
					for (const f of ACTUAL_FIELDS)
						actuals[f.name] = p.years.map((_, y) => (y <= k ? modelFigure(f.name, p, y) : null));
					const r = reforecast(s.values, s.years, s.start, actuals)!;
					expect(r.from).toBe(k);
					expect(resultsJson('x', r.projection)).toEqual(resultsJson('x', p));
				}
			),
			{ numRuns: 300, seed: SEED }
		);
	});

	it('shifts every tier by the same amount when only the overall satisfaction is given', () => {
		const doc = planScenario();
		const values = readScenarioText(writeScenario(doc));
		if (!values.ok) throw new Error('plan');
		const p = runProjection(values.values, 3, '2022-01');
		const r = reforecast(values.values, 3, '2022-01', { satisfaction: [0.7], committees: [230] })!;
		const before = TIERS.map((_, t) => p.months.tierSatisfaction[t][11]);
		const d = r.state.satisfaction.map((s, t) => s - before[t]);
		for (const x of d) expect(x).toBeCloseTo(0.7 - p.years[0].satisfaction, 12);
		const A = p.years[0].area;
		const mean = TIERS.reduce((s, t, i) => s + A[t] * r.state.satisfaction[i], 0) / A.total;
		expect(mean).toBeCloseTo(0.7, 12);
		// Year 2 starts from 230 committees: 230 + 31 formed.
		expect(r.projection.years[1].committees).toBe(261);
		expect(r.projection.years[0]).toEqual(p.years[0]);
	});
});

describe('next plan', () => {
	it('starts the month after the parent ends, from the parent’s end state, and reads back as a scenario file', () => {
		fc.assert(
			fc.property(scenarioArb(), fc.integer({ min: 1, max: 10 }), (s, n) => {
				// A next plan must itself start by 2100-12, the last start month a file may have.
				fc.pre(Number(s.start.slice(0, 4)) + s.years <= 2100);
				const p = runProjection(s.values, s.years, s.start);
				const next = nextPlan(docOf(s.values, s.years, s.start), s.values, p, n);
				const r = readScenarioText(writeScenario(next));
				if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
				const end = p.years[s.years - 1];
				const [y, m] = s.start.split('-').map(Number);
				expect(r.doc.start).toBe(`${y + s.years}-${String(m).padStart(2, '0')}`);
				expect(r.doc.years).toBe(n);
				// Equal, except where fractional moves left the tiers' sum a rounding step below the total.
				const N = TIERS.reduce((x, t) => x + end.compounds[t], 0);
				expect(r.values.committees_start).toBe(Math.min(end.committees, N));
				expect(r.values.standard_start).toBe(Math.min(end.standard, N));
				expect(Math.abs(end.committees - (r.values.committees_start as number))).toBeLessThanOrEqual(1e-12 * N);
				TIERS.forEach((t, i) => {
					expect(r.values[`${t}_compounds`]).toBe(end.compounds[t]);
					expect(r.values[`${t}_area`]).toBe(end.area[t]);
					expect(r.values[`${t}_satisfaction_start`]).toBe(p.months.tierSatisfaction[i][12 * s.years - 1]);
					expect(r.values[`${t}_subsidy`]).toEqual(Array(n).fill(0));
					const fee = s.values[`${t}_fee`] as number[];
					expect(r.values[`${t}_fee`]).toEqual(Array(n).fill(fee[s.years - 1]));
				});
				expect(r.values.reward_fund).toEqual(Array(n).fill(0));
				expect(r.values.target_committee).toEqual(Array(n).fill(null));
				expect(r.doc.description).toContain('"Parent"');
			}),
			{ numRuns: 200, seed: SEED }
		);
	});

	it('its first year equals continuing the parent one more year with the same inputs (no grace left)', () => {
		fc.assert(
			fc.property(scenarioArb(), (s) => {
				fc.pre(Number(s.start.slice(0, 4)) + s.years <= 2100);
				// No grace: the next plan's basic service does not restart a fee holiday (see README).
				const values: ParamValues = { ...s.values, grace_months: 0 };
				const p = runProjection(values, s.years, s.start);
				const next = nextPlan(docOf(values, s.years, s.start), values, p, 1);
				const r = readScenarioText(writeScenario(next));
				if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
				// The parent with one more year whose inputs are the next plan's first year.
				const longer: ParamValues = {};
				for (const def of CATALOGUE) {
					const v = values[def.key];
					longer[def.key] = Array.isArray(v) ? [...v, (r.values[def.key] as (number | null)[])[0]] : v;
				}
				const cont = runProjection(longer, s.years + 1, s.start).years[s.years];
				const first = runProjection(r.values, 1, r.doc.start).years[0];
				const { bond: _b1, year: _y1, ...a } = first;
				const { bond: _b2, year: _y2, ...b } = cont;
				expectClose(a, b, 'year');
			}),
			{ numRuns: 300, seed: SEED }
		);
	});
});
