import { describe, expect, it } from 'vitest';
import { toModelInputs } from '../../src/lib/model/inputs';
import { runMonteCarlo } from '../../src/lib/model/montecarlo/runner';
import { concatSamples, type SampleStore } from '../../src/lib/model/montecarlo/samples';
import { summarize } from '../../src/lib/model/montecarlo/summary';
import { project } from '../../src/lib/model/projection';
import { TARGET_KINDS } from '../../src/lib/model/targets';
import { planOf, readFile, readInline } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';

async function samples(
	plan: Awaited<ReturnType<typeof planOf>>,
	opts: Parameters<typeof runMonteCarlo>[1]
): Promise<SampleStore> {
	const r = await runMonteCarlo(plan, opts);
	if (!r.ok) throw new Error(r.error);
	return r.samples;
}

describe('Monte Carlo', () => {
	it('with ranges of zero width gives exactly the deterministic projection, every percentile', async () => {
		const s = readInline({
			basic_collection: {
				values: [0.6, 0.7, 0.8],
				uncertainty: { dist: 'triangular', low: [0.6, 0.7, 0.8], high: [0.6, 0.7, 0.8] }
			},
			quasi_cost: { values: [0.65, 0.65, 0.65], uncertainty: { dist: 'pert', low: 0.65, high: 0.65 } },
			reward_fund: { values: [100, 100, 100], uncertainty: { dist: 'uniform', low: 100, high: 100 } },
			satisfaction_response: { value: 0.5, uncertainty: { dist: 'normal', sd: 0 } },
			quasi_subsidy: {
				values: [0.2, '=quasi_subsidy_y1/2', '=quasi_subsidy_y1/2'],
				uncertainty: { dist: 'triangular', low: [0.2, 0.1, 0.1], high: [0.2, 0.1, 0.1] }
			}
		});
		const sum = summarize(await samples(await planOf(s), { runs: 300, seed: 5 }), s.doc.start);
		const p = project(toModelInputs(s.values, 3), s.doc.start);
		const all = (x: { p5: number; p25: number; p50: number; p75: number; p95: number }) => [
			x.p5,
			x.p25,
			x.p50,
			x.p75,
			x.p95
		];
		p.years.forEach((r, y) => {
			const got = sum.years[y].percentiles;
			expect(all(got.outlay)).toEqual(Array(5).fill(r.outlay));
			expect(all(got.satisfaction)).toEqual(Array(5).fill(r.satisfaction));
			expect(all(got.standardRate)).toEqual(Array(5).fill(r.standardRate));
			expect(all(got.firmIncome_basic)).toEqual(Array(5).fill(r.firmIncome.basic));
			for (const kind of TARGET_KINDS)
				expect(sum.years[y].targetProbability[kind]).toBe(r.targets[kind] === null ? null : Number(r.targets[kind]));
		});
		expect(all(sum.totals.outlay)).toEqual(Array(5).fill(p.totals.outlay));
		expect(sum.months.outlay.p50).toEqual([...p.months.outlay]);
		expect(sum.months.satisfaction.p95).toEqual([...p.months.satisfaction]);
	});

	// reward_fund enters the outlay linearly, one draw R for all three years: total = 3262.584 + 3R, R ~ U(50, 150),
	// so its percentile q is 3262.584 + 3(50 + 100q). A sample percentile has standard error W·√(q(1−q)/n) for a
	// uniform of width W = 300: we allow 4 of them (fails by chance about 1 time in 15,000).
	it('gives the analytic percentiles of an output linear in one uniform range, within 4 standard errors', async () => {
		const s = readInline({
			reward_fund: { values: [100, 100, 100], uncertainty: { dist: 'uniform', low: 50, high: 150 } }
		});
		const n = 20000;
		const plan = await planOf(s);
		for (const lhs of [false, true]) {
			const sum = summarize(await samples(plan, { runs: n, seed: 11, lhs }), s.doc.start);
			for (const [key, q] of [
				['p5', 0.05],
				['p25', 0.25],
				['p50', 0.5],
				['p75', 0.75],
				['p95', 0.95]
			] as const) {
				const want = 3262.584 + 3 * (50 + 100 * q);
				const se = 300 * Math.sqrt((q * (1 - q)) / n);
				// Latin hypercube puts one draw in each 1/n stratum: the error is then below a stratum's width.
				expect(Math.abs(sum.totals.outlay[key] - want)).toBeLessThan(lhs ? 300 / n : 4 * se);
			}
			if (!lhs) expect(sum.convergence.totalOutlayP50StandardError).toBeGreaterThan(0.7 * 300 * Math.sqrt(0.25 / n));
			if (!lhs) expect(sum.convergence.totalOutlayP50StandardError).toBeLessThan(1.3 * 300 * Math.sqrt(0.25 / n));
		}
	});

	it('reproduces a seed to the last digit, whatever the chunking or the split into slices', async () => {
		const plan = await planOf(readFile(FIXTURE));
		for (const lhs of [false, true]) {
			const whole = await samples(plan, { runs: 1000, seed: 42, lhs });
			const again = await samples(plan, { runs: 1000, seed: 42, lhs, chunk: 7 });
			const parts = await Promise.all(
				[
					[0, 333],
					[333, 334],
					[334, 1000]
				].map(([from, to]) => samples(plan, { runs: 1000, seed: 42, lhs, from, to, chunk: 1 }))
			);
			const split = concatSamples(parts);
			for (const other of [again, split]) {
				expect(other.yearly).toEqual(whole.yearly);
				expect(other.monthOutlay).toEqual(whole.monthOutlay);
				expect(other.met).toEqual(whole.met);
			}
			expect(JSON.stringify(summarize(split, '2022-01'))).toBe(JSON.stringify(summarize(whole, '2022-01')));
			const other = await samples(plan, { runs: 1000, seed: 43, lhs });
			expect(other.yearly).not.toEqual(whole.yearly);
		}
	}, 30_000); // many small runs: ~3 s alone, far more while the machine is shared

	it('stops within 100 ms of a cancel, and says it was cancelled', async () => {
		const plan = await planOf(readFile(FIXTURE));
		let cancelledAt = 0;
		setTimeout(() => (cancelledAt = performance.now()), 50);
		const r = await runMonteCarlo(plan, { runs: 1_000_000, seed: 1, isCancelled: () => cancelledAt > 0 });
		const latency = performance.now() - cancelledAt;
		expect(r).toEqual({ ok: false, cancelled: true, error: 'cancelled' });
		expect(latency).toBeLessThan(100);
	});

	it('reports progress at most ~10 times a second and ends at the total', async () => {
		const plan = await planOf(readFile(FIXTURE));
		const calls: [number, number, number][] = [];
		await runMonteCarlo(plan, { runs: 20000, seed: 1, onProgress: (d, t) => calls.push([performance.now(), d, t]) });
		expect(calls.at(-1)?.slice(1)).toEqual([20000, 20000]);
		for (let k = 1; k < calls.length - 1; k++) expect(calls[k][0] - calls[k - 1][0]).toBeGreaterThanOrEqual(99);
	});

	it('refuses a run count or seed it cannot use, in words', async () => {
		const plan = await planOf(readFile(FIXTURE));
		expect(await runMonteCarlo(plan, { runs: 0, seed: 1 })).toMatchObject({
			ok: false,
			error: expect.stringContaining('runs 0 is not a whole number')
		});
		expect(await runMonteCarlo(plan, { runs: 10, seed: -1 })).toMatchObject({
			ok: false,
			error: expect.stringContaining('seed -1')
		});
	});
});
