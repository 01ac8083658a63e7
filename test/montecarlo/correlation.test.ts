/**
 * Correlated assumptions: the achieved Spearman ρ is the target's, each parameter's own
 * draws are untouched, a file without `correlations` gives the numbers it gave before this feature, and an
 * impossible matrix is refused with the pairs named and the nearest valid one offered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliMonteCarlo } from '../../src/cli/monte-carlo';
import { readScenarioObject, readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { achievedCorrelation } from '../../src/lib/model/montecarlo/achieved';
import { correlationMatrix, nearestPairs } from '../../src/lib/model/montecarlo/correlation-check';
import { minEigenvalue, spearmanMatrix } from '../../src/lib/model/montecarlo/correlation';
import { runMonteCarlo, runSync } from '../../src/lib/model/montecarlo/runner';
import { concatSamples, type SampleStore } from '../../src/lib/model/montecarlo/samples';
import { percentiles } from '../../src/lib/model/montecarlo/quantiles';
import type { Correlation } from '../../src/lib/model/scenario';
import { planOf } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));

function withCorrelations(correlations: Correlation[] | undefined) {
	const o = fixture();
	if (correlations) o.correlations = correlations;
	const r = readScenarioObject(o);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return { doc: r.doc, values: r.values };
}

/** A column of the draws store: the quantiles parameter column c drew, iteration by iteration. */
function column(s: SampleStore, c: number): Float64Array {
	return Float64Array.from({ length: s.n }, (_, i) => s.draws[i * s.drawCols + c]);
}

/** The fixture's draw columns, in catalogue order. */
let KEYS: string[] = [];
const col = (name: string) => KEYS.indexOf(name);

describe('correlated assumptions', () => {
	for (const lhs of [false, true])
		it(`reach the target Spearman ρ within ±0.02 at 10,000 iterations (${lhs ? 'Latin hypercube' : 'plain'})`, async () => {
			const pairs = [
				{ a: 'basic_collection', b: 'quasi_cost', rho: 0.8 },
				{ a: 'basic_collection', b: 'reward_fund', rho: -0.5 }
			];
			const s = withCorrelations(pairs);
			const plan = await planOf(s);
			const store = runSync(plan, 10_000, 3, lhs);
			const got = achievedCorrelation(plan, store);
			KEYS = got.keys;
			expect([...KEYS].sort()).toEqual([
				'basic_collection',
				'quasi_cost',
				'quasi_subsidy',
				'reward_fund',
				'satisfaction_response'
			]);
			const rho = (a: string, b: string) => got.rho[col(a)][col(b)];
			expect(Math.abs(rho('basic_collection', 'quasi_cost') - 0.8)).toBeLessThan(0.02);
			expect(Math.abs(rho('basic_collection', 'reward_fund') + 0.5)).toBeLessThan(0.02);
			// The pair not asked for follows from the two (≈ −0.4), and the untouched parameters stay near 0.
			expect(Math.abs(rho('satisfaction_response', 'basic_collection'))).toBeLessThan(0.03);
			expect(Math.abs(rho('quasi_subsidy', 'quasi_cost'))).toBeLessThan(0.03);
			// The draws themselves (the cells' values), not only their quantiles, have that rank correlation.
			const y1 = (slotName: string) => {
				const slot = plan.layout.index.get(slotName) as number;
				const c = plan.columns.findIndex((col) => col.slots.includes(slot));
				const k = plan.columns[c].slots.indexOf(slot);
				return Float64Array.from(column(store, c), (u) => {
					const { dist } = plan.vars[plan.columns[c].var];
					return quantile(dist, u, plan.columns[c].ranges[k]);
				});
			};
			const m = spearmanMatrix([y1('basic_collection_y2'), y1('quasi_cost_y2')]);
			expect(Math.abs(m[1] - 0.8)).toBeLessThan(0.02);
		});

	it('leave every parameter\u2019s draws as they were: the same quantiles, re-paired, so the same percentiles', async () => {
		for (const lhs of [false, true]) {
			const free = runSync(await planOf(withCorrelations(undefined)), 4000, 9, lhs);
			const tied = runSync(
				await planOf(withCorrelations([{ a: 'basic_collection', b: 'quasi_cost', rho: 0.8 }])),
				4000,
				9,
				lhs
			);
			for (let c = 0; c < KEYS.length; c++) {
				const a = column(free, c),
					b = column(tied, c);
				expect(percentiles(Float64Array.from(b)).pct).toEqual(percentiles(Float64Array.from(a)).pct);
				expect(Float64Array.from(b).sort()).toEqual(Float64Array.from(a).sort());
				// Parameters outside the pair are not even re-ordered.
				if (c !== col('basic_collection') && c !== col('quasi_cost')) expect(b).toEqual(a);
			}
			// With LHS each quantile still sits in its own stratum: n quantiles, one in each (i/n, (i+1)/n).
			if (lhs) {
				const s = Float64Array.from(column(tied, col('quasi_cost'))).sort();
				expect(s.every((u, i) => u > i / 4000 && u < (i + 1) / 4000)).toBe(true);
			}
		}
	});

	it('without `correlations`, give every figure exactly as before the feature, for the same seed', async () => {
		for (const [lhs, file] of [
			[false, 'test/montecarlo/fixtures/before-seed11-2000.json'],
			[true, 'test/montecarlo/fixtures/before-lhs-seed11-2000.json']
		] as const) {
			const before = JSON.parse(readFileSync(file, 'utf8')).monteCarlo;
			const r = await runCliMonteCarlo(withCorrelations(undefined).doc, { runs: 2000, seed: 11, lhs });
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			const now = JSON.parse(JSON.stringify(r.result));
			delete now.correlation; // the fields the issue adds
			delete now.sensitivity;
			expect(now).toEqual(before);
		}
	});

	it('give the same numbers however the run is split across workers', async () => {
		const plan = await planOf(
			withCorrelations([
				{ a: 'basic_collection', b: 'quasi_cost', rho: 0.8 },
				{ a: 'quasi_subsidy', b: 'reward_fund', rho: 0.6 },
				{ a: 'satisfaction_response', b: 'basic_collection', rho: -0.3 }
			])
		);
		expect(plan.propagator.kind).toBe('compiled'); // quasi_subsidy's formulas follow its correlated draws
		for (const lhs of [false, true]) {
			const whole = runSync(plan, 1000, 5, lhs);
			const parts = await Promise.all(
				[
					[0, 400],
					[400, 1000]
				].map(async ([from, to]) => {
					const r = await runMonteCarlo(plan, { runs: 1000, seed: 5, lhs, from, to });
					if (!r.ok) throw new Error(r.error);
					return r.samples;
				})
			);
			const split = concatSamples(parts);
			expect(split.yearly).toEqual(whole.yearly);
			expect(split.draws).toEqual(whole.draws);
			// The formula cell moved with its correlated year-1 draw: year-2 subsidy ranks follow quasi_subsidy's.
			const y2 = Float64Array.from({ length: whole.n }, (_, i) => outputAt(subsidyY2, whole, i));
			const m = spearmanMatrix([y2, column(whole, col('reward_fund'))]);
			expect(m[1]).toBeGreaterThan(0.3);
		}
	});
});

describe('reading and writing correlations', () => {
	const read = (correlations: unknown) => readScenarioObject({ ...fixture(), correlations });
	const messages = (r: ReturnType<typeof read>) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`));

	it('round-trip through the scenario file, and an old file gains nothing', () => {
		const r = read([{ a: 'basic_collection', b: 'quasi_cost', rho: 0.8 }]);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const again = readScenarioText(writeScenario(r.doc));
		expect(again.ok && again.doc.correlations).toEqual([{ a: 'basic_collection', b: 'quasi_cost', rho: 0.8 }]);
		const old = readScenarioText(readFileSync(FIXTURE, 'utf8'));
		expect(old.ok && 'correlations' in old.doc).toBe(false);
		expect(old.ok && JSON.parse(writeScenario(old.doc))).not.toHaveProperty('correlations');
	});

	it('refuse unknown keys, keys without ranges, a pair twice, ρ outside −1…1', () => {
		expect(messages(read([{ a: 'basic_colection', b: 'quasi_cost', rho: 0.5 }]))).toEqual([
			'correlations[0]: there is no parameter "basic_colection"'
		]);
		expect(messages(read([{ a: 'basic_collection', b: 'basic_fee', rho: 0.5 }]))).toEqual([
			'correlations[0]: "basic_fee" has no range: only parameters with ranges can be correlated'
		]);
		expect(
			messages(
				read([
					{ a: 'basic_collection', b: 'quasi_cost', rho: 0.5 },
					{ a: 'quasi_cost', b: 'basic_collection', rho: 0.4 }
				])
			)
		).toEqual(['correlations[1]: the pair quasi_cost–basic_collection is already given in correlations[0]']);
		expect(messages(read([{ a: 'basic_collection', b: 'quasi_cost', rho: 1.5 }]))).toEqual([
			'correlations[0].rho: expected a number between -1 and 1'
		]);
		expect(messages(read([{ a: 'basic_collection', b: 'quasi_cost' }]))[0]).toContain('correlations[0].rho');
		expect(messages(read({ a: 'x' }))[0]).toContain('expected a list');
	});

	it('refuse a matrix that is not positive semi-definite, naming the pairs and offering the nearest valid one', () => {
		const bad = [
			{ a: 'basic_collection', b: 'quasi_cost', rho: 0.9 },
			{ a: 'quasi_cost', b: 'reward_fund', rho: 0.9 },
			{ a: 'basic_collection', b: 'reward_fund', rho: -0.9 }
		];
		const m = messages(read(bad));
		expect(m).toHaveLength(1);
		expect(m[0]).toContain('these correlations contradict each other');
		expect(m[0]).toContain(
			'basic_collection–quasi_cost 0.9, quasi_cost–reward_fund 0.9, basic_collection–reward_fund -0.9'
		);
		expect(m[0]).toContain(
			'The nearest valid set is: basic_collection–quasi_cost 0.5, quasi_cost–reward_fund 0.5, basic_collection–reward_fund -0.5'
		);
		const keys = ['basic_collection', 'quasi_cost', 'reward_fund'];
		expect(minEigenvalue(correlationMatrix(keys, bad), 3)).toBeLessThan(-0.5);
		const near = nearestPairs(keys, bad);
		expect(minEigenvalue(correlationMatrix(keys, near), 3)).toBeGreaterThanOrEqual(-1e-10);
		// The offer is accepted by the reader as it stands.
		expect(read(near).ok).toBe(true);
		// Higham's nearest matrix keeps the pattern: the first two stay positive, the third negative.
		expect(near.map((p) => Math.sign(p.rho))).toEqual([1, 1, -1]);
	});
});

import { quantileOf as quantile } from '../../src/lib/model/montecarlo/distributions';
import { outputAt, parseOutput, type OutputRef } from '../../src/lib/model/outputs';
const subsidyY2 = (parseOutput('y2.subsidy.quasi', 3) as { ok: true; ref: OutputRef }).ref;

describe('how a range applies across years', () => {
	const rewardFund = (years: unknown) => {
		const o = fixture();
		o.parameters.reward_fund.uncertainty = {
			dist: 'uniform',
			low: 50,
			high: 150,
			...(years === undefined ? {} : { years })
		};
		const r = readScenarioObject(o);
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		return { doc: r.doc, values: r.values };
	};
	const total = (parseOutput('total.rewardFund', 3) as { ok: true; ref: OutputRef }).ref;
	const sd = (x: Float64Array) => {
		const m = x.reduce((a, b) => a + b, 0) / x.length;
		return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
	};

	it('"independent" gives the analytic spread of a three-year sum of a uniform; "same" (the default) three times one', async () => {
		const n = 10_000;
		for (const [years, want] of [
			['independent', Math.sqrt(3) * (100 / Math.sqrt(12))], // 50.0 万元
			['same', 3 * (100 / Math.sqrt(12))], // 86.6 万元
			[undefined, 3 * (100 / Math.sqrt(12))]
		] as const) {
			for (const lhs of [false, true]) {
				const plan = await planOf(rewardFund(years));
				const s = runSync(plan, n, 21, lhs);
				const x = Float64Array.from({ length: n }, (_, i) => outputAt(total, s, i));
				// The sd of a sample sd is about sd/√(2n) for a near-normal sum: 4 of those is 1.4 % of it.
				expect(Math.abs(sd(x) - want)).toBeLessThan((4 * want) / Math.sqrt(2 * n));
				expect(plan.columns.filter((c) => c.var === plan.vars.findIndex((v) => v.key === 'reward_fund'))).toHaveLength(
					years === 'independent' ? 3 : 1
				);
			}
		}
	});

	it('a number ρ rank-correlates consecutive years by ρ (and the years two apart by about ρ²)', async () => {
		const plan = await planOf(rewardFund(0.6));
		const got = achievedCorrelation(plan, runSync(plan, 10_000, 4, true));
		const at = (k: string) => got.keys.indexOf(k);
		expect(at('reward_fund_y1')).toBeGreaterThanOrEqual(0);
		expect(Math.abs(got.rho[at('reward_fund_y1')][at('reward_fund_y2')] - 0.6)).toBeLessThan(0.02);
		expect(Math.abs(got.rho[at('reward_fund_y2')][at('reward_fund_y3')] - 0.6)).toBeLessThan(0.02);
		expect(Math.abs(got.rho[at('reward_fund_y1')][at('reward_fund_y3')] - 0.36)).toBeLessThan(0.03);
	});

	it('refuses a rule that is not "same", "independent" or a number in −1…1', () => {
		const o = fixture();
		o.parameters.reward_fund.uncertainty.years = 'sometimes';
		const r = readScenarioObject(o);
		expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
			'expected "same", "independent" or a year-to-year correlation between -1 and 1'
		]);
	});
});
