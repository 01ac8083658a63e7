/**
 * Fuzzing the scenario reader: 10,000 files made by mutating the real scenarios/*.json — renamed
 * keys, swapped types, deletions, duplications, byte flips, cuts — and random JSON. None may throw, hang or
 * pollute a prototype; every refusal must say where and what. Seeded: a failure reproduces.
 *
 * Cost: a file without formulas reads in ~0.5 ms, one with formulas builds a HyperFormula workbook (10–50 ms
 * here), so formulas are drawn on purpose in a few percent of cases and kept out of the random values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { describe as say } from '../../src/lib/io/read-error';
import { readScenarioText, type ReadResult } from '../../src/lib/io/read-scenario';
import { CATALOGUE } from '../../src/lib/model/catalogue';
import { expectSurvived } from './survived';
import { applyJson, applyText, formulaArb, jsonOpArb, keyArb, Tally, textOpArb, valueArb } from './mutate';

const RUNS = 10_000;
const CASE_BUDGET_MS = 1000;

type Json = Parameters<typeof applyJson>[0];
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
const originals = files.map((f) => JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as Json);
/** The same files with every formula replaced by its value: the cheap bulk of the mutations. */
const plain = files.map((f, i) => {
	const r = readScenarioText(readFileSync(`scenarios/${f}`, 'utf8'));
	if (!r.ok) throw new Error(`${f} does not read: ${r.errors.map(say).join('; ')}`);
	const doc = structuredClone(originals[i]) as { parameters: Record<string, { value?: unknown; values?: unknown[] }> };
	for (const [k, p] of Object.entries(doc.parameters)) {
		if (typeof p.value === 'string') p.value = r.values[k];
		if (Array.isArray(p.values))
			p.values = p.values.map((c, y) => (typeof c === 'string' ? (r.values[k] as unknown[])[y] : c));
	}
	return doc as Json;
});

const serialise = (doc: Json, pretty: boolean) => JSON.stringify(doc, null, pretty ? '\t' : undefined);
const pick = <T>(xs: T[]) => fc.nat({ max: xs.length - 1 }).map((i) => xs[i]);

/** One input file, as text. */
const fileArb: fc.Arbitrary<string> = fc.oneof(
	// Structure: valid JSON, wrong content. The bulk.
	{
		weight: 40,
		arbitrary: fc
			.tuple(pick(plain), fc.array(jsonOpArb(), { minLength: 1, maxLength: 4 }), fc.boolean())
			.map(([b, ops, p]) => serialise(applyJson(b, ops), p))
	},
	// Bytes: mostly broken JSON, each naming a line and column.
	{
		weight: 25,
		arbitrary: fc
			.tuple(pick(plain), fc.array(textOpArb, { minLength: 1, maxLength: 4 }))
			.map(([b, ops]) => applyText(serialise(b, true), ops))
	},
	{
		weight: 10,
		arbitrary: fc
			.tuple(pick(plain), fc.array(jsonOpArb(), { minLength: 1, maxLength: 3 }), fc.array(textOpArb, { maxLength: 2 }))
			.map(([b, j, t]) => applyText(serialise(applyJson(b, j), true), t))
	},
	// Random JSON, and envelopes with random parameters.
	{ weight: 6, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
	{
		weight: 6,
		arbitrary: fc
			.record({
				format: fc.constant('property-plan-scenario'),
				version: fc.constant(1),
				years: fc.oneof(fc.constant(3), fc.integer({ min: -1, max: 12 })),
				parameters: fc.dictionary(
					keyArb,
					fc.oneof(
						valueArb,
						fc.record({ value: valueArb }),
						fc.record({ values: fc.array(valueArb, { maxLength: 4 }) })
					)
				)
			})
			.map((o) => JSON.stringify(o))
	},
	// Formulas, on purpose: each costs a workbook.
	{
		weight: 3,
		arbitrary: fc
			.tuple(pick(plain), fc.array(jsonOpArb(formulaArb), { minLength: 1, maxLength: 2 }))
			.map(([b, ops]) => serialise(applyJson(b, ops), false))
	},
	{
		weight: 2,
		arbitrary: fc
			.tuple(pick(originals), fc.array(jsonOpArb(), { minLength: 1, maxLength: 3 }))
			.map(([b, ops]) => serialise(applyJson(b, ops), false))
	}
);

function check(r: ReadResult) {
	if (r.ok) {
		for (const d of CATALOGUE) {
			const v = r.values[d.key];
			const cells = Array.isArray(v) ? v : [v];
			for (const x of cells) if (x !== null) expect(Number.isFinite(x), d.key).toBe(true);
		}
		return;
	}
	expect(r.errors.length).toBeGreaterThan(0);
	for (const e of r.errors) {
		expect(typeof e.path).toBe('string');
		expect(e.message.length).toBeGreaterThan(0);
		expect(say(e).length, say(e).slice(0, 100)).toBeLessThan(1000);
	}
}

test(`the scenario reader survives ${RUNS.toLocaleString('en')} mutated and random files (seed 8)`, () => {
	const tally = new Tally('scenario reader');
	try {
		fc.assert(
			fc.property(fileArb, (text) => {
				let r: ReadResult;
				try {
					r = tally.time(
						() => text.slice(0, 200),
						() => readScenarioText(text)
					);
				} catch (e) {
					tally.crashed.push(`${String(e).slice(0, 120)} ← ${text.slice(0, 300)}`);
					return;
				}
				check(r);
				if (r.ok) tally.accepted++;
				else tally.refused++;
			}),
			{ seed: 8, numRuns: RUNS }
		);
	} finally {
		console.log(tally.line()); // the counts, even when a case failed
	}
	expectSurvived(tally, RUNS, CASE_BUDGET_MS);
}, 120_000);
