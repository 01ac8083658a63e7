/**
 * The worker client, with the workers stood in by MessageChannels in this thread: each "worker" is the real
 * api (model/montecarlo/api.ts + sheet propagation) exposed over comlink, as mc.worker.ts does in the browser.
 */
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createMcApi } from '../../src/lib/model/montecarlo/api';
import { runMonteCarlo } from '../../src/lib/model/montecarlo/runner';
import { monthBands, summarize } from '../../src/lib/model/montecarlo/summary';
import { joinMonths, monthSplit } from '../../src/lib/model/montecarlo/summary-split';
import { propagatorFactory } from '../../src/lib/sheet/propagate';
import { McClient, type WorkerLike } from '../../src/lib/worker/mc-client';
import { planOf, readFile } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';
let created: { terminated: boolean }[] = [];

function fakeWorker(): WorkerLike {
	const { port1, port2 } = new MessageChannel();
	const api = createMcApi(propagatorFactory);
	Comlink.expose(api, port1 as unknown as Comlink.Endpoint);
	const state = { terminated: false };
	created.push(state);
	const endpoint = port2 as unknown as Comlink.Endpoint;
	return Object.assign(endpoint, {
		terminate() {
			state.terminated = true;
			api.cancel(); // in a browser terminate() kills the thread; here the loop stops at its next chunk
			port1.close();
			port2.close();
		}
	});
}

afterEach(() => {
	created = [];
});

describe('the Monte Carlo client', () => {
	it('splits a run across workers and merges it into the single-thread result, to the last digit', async () => {
		const s = readFile(FIXTURE);
		const client = new McClient({ workers: 3, createWorker: fakeWorker });
		const progress: number[] = [];
		const r = await client.run(s, { runs: 5000, seed: 7, onProgress: (d) => progress.push(d) });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(created.length).toBe(3);
		const one = await runMonteCarlo(await planOf(s), { runs: 5000, seed: 7 });
		expect(one.ok && JSON.stringify(summarize(one.samples, s.doc.start))).toBe(JSON.stringify(r.summary));
		expect(r.samples.n).toBe(5000);
		expect(r.info.propagated).toEqual(['quasi_subsidy_y2', 'quasi_subsidy_y3']);
		expect(progress.at(-1)).toBe(5000);
		client.dispose();
	});

	it('resolves as cancelled within 100 ms of cancel(), terminating its workers; a new run supersedes an old one', async () => {
		const s = readFile(FIXTURE);
		const client = new McClient({ workers: 2, createWorker: fakeWorker });
		const running = client.run(s, { runs: 400_000, seed: 1 });
		await new Promise((r) => setTimeout(r, 150));
		const t0 = performance.now();
		client.cancel();
		expect(await running).toEqual({ ok: false, cancelled: true, error: 'cancelled' });
		expect(performance.now() - t0).toBeLessThan(100);
		expect(created.every((w) => w.terminated)).toBe(true);

		const first = client.run(s, { runs: 400_000, seed: 1 });
		const second = client.run(s, { runs: 500, seed: 2 });
		expect(await first).toMatchObject({ ok: false, cancelled: true });
		expect(await second).toMatchObject({ ok: true, runs: 500, seed: 2 });
		client.dispose();
	});

	it('runs the tornado and both goal seeks on a worker, failures as values', async () => {
		const s = readFile(FIXTURE);
		const client = new McClient({ workers: 2, createWorker: fakeWorker });
		const t = await client.tornado(s, { kind: 'total', output: 'outlay' });
		expect(t.ok && t.bars[0].key).toBe('quasi_subsidy');
		const g = await client.goalSeek(s, {
			cell: 'basic_subsidy_y2',
			metric: { kind: 'margin', tier: 'basic', year: 2 },
			target: 0
		});
		expect(g.ok && g.value).toBeCloseTo(0.0763, 4);
		const p = await client.seekProbability(s, { cell: 'nope', target: 'satisfaction', year: 1, probability: 0.8 });
		expect(p).toMatchObject({ ok: false, message: expect.stringContaining('there is no cell "nope"') });
		const bad = await client.run(s, { runs: 1.5, seed: 1 });
		expect(bad).toMatchObject({ ok: false, cancelled: false, error: expect.stringContaining('runs 1.5') });
		client.dispose();
	});

	it('splits the summary between two workers at any month and gets the one summary, to the last digit', async () => {
		const s = readFile(FIXTURE);
		const r = await runMonteCarlo(await planOf(s), { runs: 3000, seed: 4 });
		if (!r.ok) throw new Error(r.error);
		const whole = JSON.stringify(summarize(r.samples, s.doc.start));
		const M = 12 * r.samples.years;
		expect(monthSplit(3)).toBe(9); // 53 yearly and total percentiles + 3 bands × 9 months ≈ 3 bands × 27 months
		for (const at of [0, 1, 9, 12, 25, M]) {
			const first = summarize(r.samples, s.doc.start, at);
			expect(JSON.stringify(joinMonths(first, monthBands(r.samples, s.doc.start, at, M)))).toBe(whole);
		}
	});
});
