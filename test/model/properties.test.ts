/**
 * Invariants of the projection and of scenario files over generated valid scenarios (fast-check, seeded).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { CATALOGUE, TIERS } from '../../src/lib/model/catalogue';
import type { ParamValues } from '../../src/lib/model/inputs';
import type { Projection } from '../../src/lib/model/projection';
import { runProjection } from '../../src/lib/model/run';
import type { ParamEntry, ScenarioDoc, Uncertainty } from '../../src/lib/model/scenario';
import { createEngine } from '../../src/lib/sheet/engine';
import { evaluateAll } from '../../src/lib/sheet/evaluate';
import { scenarioArb, startArb, valuesArb } from './arbitraries';

const RUNS = { seed: 42, numRuns: 200 };
const relClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
const relClose12 = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) || (a === 0 && b === 0);
const run = ({ values, years, start }: { values: ParamValues; years: number; start: string }) =>
	runProjection(values, years, start);

describe('moves conserve compounds and area', () => {
	it('every year ends with N compounds and the starting area, summed over the four tiers', () => {
		fc.assert(
			fc.property(scenarioArb(), (s) => {
				const N = TIERS.reduce((x, t) => x + (s.values[`${t}_compounds`] as number), 0);
				const A = TIERS.reduce((x, t) => x + (s.values[`${t}_area`] as number), 0);
				for (const r of run(s).years) {
					expect(relClose(r.compounds.market + r.compounds.quasi + r.compounds.basic + r.compounds.self, N)).toBe(true);
					expect(relClose(r.area.market + r.area.quasi + r.area.basic + r.area.self, A)).toBe(true);
					for (const t of TIERS) {
						expect(r.compounds[t]).toBeGreaterThanOrEqual(-1e-9 * N);
						expect(r.area[t]).toBeGreaterThanOrEqual(-1e-9 * Math.max(A, 1));
					}
				}
			}),
			RUNS
		);
	});
});

describe('district outlay', () => {
	it('is never negative, in any month or year', () => {
		fc.assert(
			fc.property(scenarioArb(), (s) => {
				const p = run(s);
				expect(Math.min(...p.months.outlay)).toBeGreaterThanOrEqual(0);
				for (const r of p.years) expect(r.outlay).toBeGreaterThanOrEqual(0);
				expect(p.totals.outlay).toBeGreaterThanOrEqual(0);
			}),
			RUNS
		);
	});

	const subsidyCell = scenarioArb().chain((s) =>
		fc.record({
			s: fc.constant(s),
			tier: fc.constantFrom(...TIERS),
			y: fc.integer({ min: 0, max: s.years - 1 }),
			by: fc.double({ min: 1e-6, max: 2, noNaN: true })
		})
	);

	it('does not fall when any one subsidy cell is raised, in any year or in total', () => {
		fc.assert(
			fc.property(subsidyCell, ({ s, tier, y, by }) => {
				const before = run(s);
				const key = `${tier}_subsidy`;
				const raised = (s.values[key] as number[]).slice();
				raised[y] += by;
				const after = run({ ...s, values: { ...s.values, [key]: raised } });
				after.years.forEach((r, i) => expect(r.outlay).toBeGreaterThanOrEqual(before.years[i].outlay));
				expect(after.totals.outlay).toBeGreaterThanOrEqual(before.totals.outlay);
				// By exactly that cell's extra subsidy: the tier's area that year × increase × payout × 12 months.
				const extra = after.years[y].area[tier] * by * (s.values.subsidy_payout as number) * 12;
				expect(Math.abs(after.years[y].outlay - before.years[y].outlay - extra)).toBeLessThanOrEqual(
					1e-9 * Math.max(after.years[y].outlay, 1)
				);
			}),
			RUNS
		);
	});
});

/** Every number reachable from a value, typed arrays included, with its path. */
function* numbers(x: unknown, path = ''): Generator<[string, number]> {
	if (typeof x === 'number') yield [path, x];
	else if (ArrayBuffer.isView(x))
		for (let i = 0; i < (x as Float64Array).length; i++) yield [`${path}[${i}]`, (x as Float64Array)[i]];
	else if (Array.isArray(x)) for (let i = 0; i < x.length; i++) yield* numbers(x[i], `${path}[${i}]`);
	else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) yield* numbers(v, `${path}.${k}`);
}

describe('no NaN or Infinity', () => {
	it('anywhere in the yearly results, totals or monthly series of a valid scenario', () => {
		fc.assert(
			fc.property(scenarioArb(), (s) => {
				const p: Projection = run(s);
				const bad = [...numbers(p)].filter(([, v]) => !Number.isFinite(v)).map(([k]) => k);
				expect(bad).toEqual([]);
				expect(p.months.outlay.length).toBe(12 * s.years);
			}),
			RUNS
		);
	});

	// Bug (reported to the lead): ā = ΣI / ΣK over quasi+basic overflows to Infinity when that cost is tiny but
	// not 0, and `simulate --json` then prints "adequacy": null. The reader accepts this file.
	it('even when quasi and basic costs are vanishingly small but not zero', () => {
		const r = readScenarioText(
			JSON.stringify({
				format: 'property-plan-scenario',
				version: 1,
				years: 1,
				parameters: {
					basic_area: { value: 1e-160 },
					basic_cost: { values: [1e-150] },
					quasi_area: { value: 1e6 },
					quasi_cost: { values: [0] },
					quasi_fee: { values: [100] }
				}
			})
		);
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		const p = runProjection(r.values, 1, '2022-01');
		const bad = [...numbers(p)].filter(([, v]) => !Number.isFinite(v)).map(([k]) => k);
		expect(bad).toEqual([]);
	});

	it('even when every tier has no area at all', () => {
		fc.assert(
			fc.property(scenarioArb(), (s) => {
				const values = { ...s.values, market_area: 0, quasi_area: 0, basic_area: 0, self_area: 0 };
				const bad = [...numbers(run({ ...s, values }))].filter(([, v]) => !Number.isFinite(v)).map(([k]) => k);
				expect(bad).toEqual([]);
			}),
			{ seed: 42, numRuns: 50 }
		);
	});
});

// ── files ─────────────────────────────────────────────────────────────────────────────

/** Formulas the generator may put in place of a number, with the value each must evaluate to. */
const FORMULAS: { key: string; y: number; formula: string; expected: (v: ParamValues) => number }[] = [
	{ key: 'quasi_subsidy', y: 1, formula: '=quasi_subsidy_y1/2', expected: (v) => (v.quasi_subsidy as number[])[0] / 2 },
	{
		key: 'quasi_area',
		y: 0,
		formula: '=ROUND(basic_area*0.1,2)',
		expected: (v) => Math.round((v.basic_area as number) * 10) / 100
	},
	{ key: 'basic_fee', y: 0, formula: '=quasi_fee_y1/2', expected: (v) => (v.quasi_fee as number[])[0] / 2 },
	{
		key: 'market_cost',
		y: 0,
		formula: '=MIN(market_fee_y1, 2)',
		expected: (v) => Math.min((v.market_fee as number[])[0], 2)
	},
	{ key: 'reward_fund', y: 0, formula: '=100', expected: () => 100 }
];

const textArb = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });

function uncertaintyArb(key: string, years: number): fc.Arbitrary<Uncertainty | undefined> {
	const def = CATALOGUE.find((d) => d.key === key)!;
	if (def.blank) return fc.constant(undefined); // a blank target cannot carry a range
	const lo = def.min,
		hi = def.max;
	return fc.oneof(
		{ weight: 6, arbitrary: fc.constant(undefined) },
		fc.constant<Uncertainty>({ dist: 'uniform', low: lo, high: hi }),
		fc.constant<Uncertainty>({
			dist: 'triangular',
			low: lo,
			high: def.shape === 'scalar' ? hi : Array.from({ length: years }, () => hi)
		}),
		fc.constant<Uncertainty>({ dist: 'pert', low: lo, high: hi }),
		fc.double({ min: 0, max: 10, noNaN: true }).map((sd): Uncertainty => ({ dist: 'normal', sd: sd + 0 }))
	);
}

const docArb = fc.integer({ min: 1, max: 6 }).chain((years) =>
	fc
		.record({
			years: fc.constant(years),
			start: startArb,
			name: textArb(15),
			description: textArb(60),
			values: valuesArb(years),
			formulas: fc.subarray(FORMULAS.filter((f) => f.y < years)),
			notes: fc.dictionary(fc.constantFrom(...CATALOGUE.map((d) => d.key)), textArb(20), { maxKeys: 5 }),
			ranges: fc.record(Object.fromEntries(CATALOGUE.map((d) => [d.key, uncertaintyArb(d.key, years)])))
		})
		.map(({ years, start, name, description, values, formulas, notes, ranges }) => {
			const params: Record<string, ParamEntry> = {};
			for (const def of CATALOGUE) {
				const v = values[def.key];
				const entry: ParamEntry = { cells: Array.isArray(v) ? v.slice() : [v] };
				if (notes[def.key] !== undefined) entry.note = notes[def.key];
				if (ranges[def.key] !== undefined) entry.uncertainty = ranges[def.key];
				params[def.key] = entry;
			}
			for (const f of formulas) params[f.key].cells[f.y] = f.formula;
			const doc: ScenarioDoc = { name, description, start, years, params };
			return { doc, values, formulas };
		})
);

/** What the app's own engine makes of a document's cells (formulas evaluated). */
function evaluate(doc: ScenarioDoc): ParamValues {
	const { hf, sheet } = createEngine(doc);
	const { values, issues } = evaluateAll(hf, sheet, doc.years);
	hf.destroy();
	expect(issues).toEqual([]);
	return values;
}

describe('a written scenario reads back identical', () => {
	it('writeScenario → readScenarioText gives the same document and values, formulas included', () => {
		fc.assert(
			fc.property(docArb, ({ doc, formulas }) => {
				const text = writeScenario(doc);
				const r = readScenarioText(text);
				if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
				expect(r.filled).toEqual([]);
				expect(r.doc).toStrictEqual(doc);
				expect(r.values).toStrictEqual(evaluate(doc));
				// The formulas are kept as written, and evaluate to what they say.
				const expectedInputs = { ...r.values };
				for (const f of formulas) {
					expect(r.doc.params[f.key].cells[f.y]).toBe(f.formula);
					const got = r.values[f.key];
					const x = Array.isArray(got) ? got[f.y] : got;
					// HyperFormula keeps 14 significant digits (engine.ts, precisionRounding), hence 1e-12 relative.
					expect(relClose12(x as number, f.expected(expectedInputs))).toBe(true);
				}
				// And writing it again gives the same text.
				expect(writeScenario(r.doc)).toBe(text);
			}),
			{ seed: 42, numRuns: 60 } // each read builds a HyperFormula workbook (~80 ms)
		);
	}, 60_000);

	it('keeps numbers that have no short decimal form, to HyperFormula\u2019s 14 significant digits', () => {
		const doc = { name: 'n', description: '', start: '2022-01', years: 3, params: {} } as ScenarioDoc;
		doc.params.basic_area = { cells: [5000 / 3] };
		doc.params.quasi_fee = { cells: [1e-12, 0.1 + 0.2, 1 / 3] };
		const r = readScenarioText(writeScenario(doc));
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		// The cells come back bit for bit; the values HyperFormula gives agree to 14 significant digits.
		expect(r.doc.params.basic_area.cells).toEqual([5000 / 3]);
		expect(r.doc.params.quasi_fee.cells).toEqual([1e-12, 0.1 + 0.2, 1 / 3]);
		expect(relClose12(r.values.basic_area as number, 5000 / 3)).toBe(true);
		(r.values.quasi_fee as number[]).forEach((x, y) => expect(relClose12(x, [1e-12, 0.1 + 0.2, 1 / 3][y])).toBe(true));
	});
});
