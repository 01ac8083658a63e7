/** Changing the horizon: every other cell is kept; added years follow the catalogue's rule. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { CATALOGUE } from '../../src/lib/model/catalogue';
import { withHorizon } from '../../src/lib/model/horizon';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { scenarioArb } from '../model/arbitraries';

function docOf(s: { years: number; start: string; values: Record<string, unknown> }) {
	const doc = planScenario(s.years, s.start);
	for (const def of CATALOGUE) {
		const v = s.values[def.key];
		doc.params[def.key] = { cells: Array.isArray(v) ? v.slice() : [v as number] };
	}
	return doc;
}

describe('withHorizon', () => {
	it('keeps every other cell, and going back restores the scenario exactly', () => {
		fc.assert(
			fc.property(scenarioArb(), fc.integer({ min: 1, max: 10 }), (s, n) => {
				const doc = docOf(s);
				const changed = withHorizon(doc, n);
				expect(changed.years).toBe(n);
				for (const def of CATALOGUE) {
					const before = doc.params[def.key].cells,
						after = changed.params[def.key].cells;
					if (def.shape === 'scalar') expect(after).toEqual(before);
					else {
						expect(after).toHaveLength(n);
						expect(after.slice(0, Math.min(n, s.years))).toEqual(before.slice(0, Math.min(n, s.years)));
						for (let y = s.years; y < n; y++) expect(after[y]).toBe(def.after3 === 'zero' ? 0 : before[s.years - 1]);
					}
				}
				if (n >= s.years) expect(withHorizon(changed, s.years)).toEqual(doc);
				// The changed scenario is a valid file.
				expect(readScenarioText(writeScenario(changed)).ok).toBe(true);
			}),
			{ numRuns: 200, seed: 15 }
		);
	});

	it('extends the plan to five years: subsidies 0 after 2024, fees and targets repeated, formulas copied', () => {
		const doc = planScenario();
		doc.params.quasi_subsidy.cells = [0.2, '=quasi_subsidy_y1/2', 0.1];
		const five = withHorizon(doc, 5);
		expect(five.params.quasi_subsidy.cells).toEqual([0.2, '=quasi_subsidy_y1/2', 0.1, 0, 0]);
		expect(five.params.basic_fee.cells).toEqual([0.3, 0.3, 0.3, 0.3, 0.3]);
		expect(five.params.target_coverage.cells).toEqual([null, null, 1, 1, 1]);
		expect(five.params.reward_fund.cells.slice(3)).toEqual([0, 0]);
	});
});
