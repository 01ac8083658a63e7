/**
 * Actuals: variance = actual − model for every field, the reader's refusals (each naming field and
 * year, and nothing kept), and old scenario files reading exactly as before.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioObject, readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { ACTUAL_FIELDS, variances, yearActuals } from '../../src/lib/model/actuals';
import { runProjection } from '../../src/lib/model/run';
import { TIERS } from '../../src/lib/model/catalogue';

const ROOT = resolve(__dirname, '../..');
const plan = JSON.parse(readFileSync(resolve(ROOT, 'scenarios/plan-2022-2024.json'), 'utf8'));
const withActuals = (actuals: unknown) => ({ ...plan, actuals });

function read(actuals: unknown) {
	const r = readScenarioObject(withActuals(actuals));
	if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
	return { r, p: runProjection(r.values, r.doc.years, r.doc.start) };
}

/** The model's figure for a field, read straight from the projection (not through modelFigure). */
function fromProjection(field: string, p: ReturnType<typeof runProjection>, y: number): number {
	const r = p.years[y];
	const [stem, tier] = field.split('.');
	if (stem === 'collection') {
		const t = tier as (typeof TIERS)[number];
		return r.feesCollected[t] / (r.feesBilled[t] - r.feesWaived[t]);
	}
	if (stem === 'satisfaction' && tier) return p.months.tierSatisfaction[TIERS.indexOf(tier as never)][12 * y + 11];
	const v = (r as unknown as Record<string, unknown>)[stem];
	return tier ? (v as Record<string, number>)[tier] : (v as number);
}

describe('variance', () => {
	// A value for every field in 2022 and 2023 (none in 2024): model figures moved by a known, varying amount.
	const base = read({}).p;
	const actuals: Record<string, (number | null)[]> = {};
	ACTUAL_FIELDS.forEach((f, i) => {
		// self has no fee income: its collection rate is 0/0 in the model; leave it out.
		if (f.name === 'collection.self') return;
		actuals[f.name] = [0, 1].map((y) => {
			const m = fromProjection(f.name, base, y);
			return f.kind === 'rate' ? Math.max(0, m - 0.01 * (i % 5)) : m * 0.9 + i;
		});
	});
	// Keep the per-tier subsidies within their total and the outlay above the subsidies: the reader checks both.
	actuals['subsidy.total'] = [0, 1].map((y) => TIERS.reduce((s, t) => s + actuals[`subsidy.${t}`][y]!, 0) + 1);
	actuals.outlay = [0, 1].map((y) => actuals['subsidy.total'][y]! + actuals.rewardFund[y]! + 50);
	const { r, p } = read(actuals);

	it('is actual − model for every field given, per year, and absent where no actual is given', () => {
		expect(Object.keys(r.doc.actuals!)).toHaveLength(ACTUAL_FIELDS.length - 1);
		for (const [field, list] of Object.entries(actuals))
			for (const y of [0, 1]) {
				const v = yearActuals(r.doc.actuals!, p, y)!;
				expect(v.actual[field]).toBe(list[y]);
				expect(v.variance[field]).toBeCloseTo(list[y]! - fromProjection(field, p, y), 9);
			}
		expect(yearActuals(r.doc.actuals!, p, 2)).toBeNull();
	});

	it('sums flows over the years with actuals and leaves states without a cumulative figure', () => {
		const v = variances(r.doc.actuals!, p);
		const outlay = v.find((x) => x.field === 'outlay')!;
		expect(outlay.cumulative!.model).toBeCloseTo(p.years[0].outlay + p.years[1].outlay, 9);
		expect(outlay.cumulative!.actual).toBeCloseTo(actuals.outlay[0]! + actuals.outlay[1]!, 9);
		expect(v.find((x) => x.field === 'committees')!.cumulative).toBeNull();
	});

	it('travels: written and read back, the actuals are the same', () => {
		const again = readScenarioText(writeScenario(r.doc));
		expect(again.ok && again.doc.actuals).toEqual(r.doc.actuals);
	});
});

describe('bad actuals are refused, naming field and year, and nothing is read', () => {
	const cases: [string, unknown, RegExp][] = [
		['negative money', { outlay: [1900, -5] }, /outlay, year 2 \(2023-01–2023-12\): -5 is negative/],
		['a rate above 1', { 'collection.basic': [0.8, 0.9, 85] }, /collection\.basic, year 3 .*85 is above 1/],
		['more committees than compounds', { committees: [400] }, /committees, year 1 .*more than the 316 compounds/],
		['more compounds at standard than compounds', { standard: [null, 317] }, /standard, year 2 .*316 compounds/],
		['a list longer than the horizon', { satisfaction: [0.8, 0.8, 0.8, 0.8] }, /year 4 \(from 2025-01\) lies outside/],
		[
			'an unknown field',
			{ subsidy_basic: [1] },
			/unknown actuals field "subsidy_basic" — did you mean "subsidy\.basic"\?/
		],
		['text for a number', { coverage: ['99%'] }, /coverage, year 1 .*expected a number or null/],
		['per-tier subsidies above their total', { 'subsidy.total': [10], 'subsidy.basic': [20] }, /subsidy\.total, year 1/]
	];
	for (const [what, actuals, message] of cases)
		it(what, () => {
			// A good field beside the bad one: it is not kept either.
			const r = readScenarioObject(withActuals({ rewardFund: [100, 100, 100], ...(actuals as object) }));
			expect(r.ok).toBe(false);
			if (r.ok) return;
			expect(r.errors.map((e) => e.message).join('\n')).toMatch(message);
			expect(r.errors.every((e) => e.path.startsWith('actuals'))).toBe(true);
		});

	it('reports the Chinese message too', async () => {
		const { readActuals } = await import('../../src/lib/io/read-actuals');
		const r = readActuals({ outlay: [-1] }, { years: 3, start: '2022-01', compounds: 316 });
		expect(!r.ok && r.problems[0].message.zh).toBe('outlay，第1年（2022-01至2022-12）：-1 为负数，金额不能小于 0');
	});
});

describe('old files read exactly as before', () => {
	// Read by the reader as it was before actuals existed (the fixture was written by that commit's code).
	const before = JSON.parse(
		readFileSync(resolve(__dirname, '../io/fixtures/scenarios-read-before-actuals.json'), 'utf8')
	);
	const files = readdirSync(resolve(ROOT, 'scenarios')).filter((f) => f.endsWith('.json'));
	it('covers every file in scenarios/', () => expect(Object.keys(before).sort()).toEqual(files.sort()));
	for (const f of files)
		it(f, () => {
			const r = readScenarioText(readFileSync(resolve(ROOT, 'scenarios', f), 'utf8'));
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			expect(r.doc.actuals).toBeUndefined();
			expect(writeScenario(r.doc)).toBe(before[f].written);
			expect(r.values).toEqual(before[f].values);
			expect(r.filled).toEqual(before[f].filled);
		});

	it('a start state with fractional counts after moves reads', () => {
		const r = readScenarioObject({
			...plan,
			parameters: {
				...plan.parameters,
				basic_compounds: { value: 158.4 },
				quasi_compounds: { value: 54.6 },
				committees_start: { value: 268.7 }
			}
		});
		expect(r.ok && r.values.basic_compounds).toBe(158.4);
	});
});
