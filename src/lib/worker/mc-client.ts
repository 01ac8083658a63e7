/**
 * Main-thread facade for the Monte Carlo workers: splits N iterations into contiguous slices, one per core,
 * merges the slices in iteration order (so the numbers do not depend on the split), and has two workers
 * compute the percentiles (summary-split.ts). Cancel terminates the workers — a tight loop stops at once — and a new run supersedes the
 * previous one, whose promise then resolves as cancelled. Pass plain data: Svelte `$state` proxies cannot be
 * cloned into a worker, so give `$state.snapshot(doc)`.
 */
import * as Comlink from 'comlink';
import type { GoalSeekRequest, GoalSeekResult } from '../model/montecarlo/goalseek';
import type { McApi, PlanInfo, Progress, Scenario, SliceResult } from '../model/montecarlo/api';
import type { DrawShape } from '../model/montecarlo/plan';
import type { Metric } from '../model/montecarlo/metric';
import type { ProbabilitySeekRequest, ProbabilitySeekResult } from '../model/montecarlo/probability-seek';
import { checkRuns } from '../model/montecarlo/runner';
import { checkSeed } from '../model/montecarlo/prng';
import { concatSamples, transferables, type SampleStore } from '../model/montecarlo/samples';
import type { McSummary } from '../model/montecarlo/summary';
import { joinMonths, monthSplit } from '../model/montecarlo/summary-split';
import type { TornadoResult } from '../model/montecarlo/tornado';

export interface RunRequest {
	runs: number;
	seed: number;
	lhs?: boolean;
	/** Called at most ~10 times a second with iterations done across all workers. */
	onProgress?: Progress;
}
export type McRunResult =
	| {
			ok: true;
			summary: McSummary;
			samples: SampleStore;
			info: PlanInfo;
			/** Which parameter each draw column belongs to (sensitivities, the achieved correlation). */
			shape: DrawShape;
			runs: number;
			seed: number;
			lhs: boolean;
			ms: number;
	  }
	| { ok: false; cancelled: boolean; error: string };

/** Anything comlink can talk to that can be stopped: a Worker, or a MessagePort-based stand-in in tests. */
export type WorkerLike = Comlink.Endpoint & { terminate(): void };

const CANCELLED = { ok: false, cancelled: true, error: 'cancelled' } as const;

/**
 * The summary of the merged samples: with two workers or more, the second computes the later months' bands
 * (on a copy of the monthly paths) while the first does the rest — each about half the percentiles.
 */
async function summarizeOn(
	pool: { api: Comlink.Remote<McApi> }[],
	merged: SampleStore,
	start: string
): Promise<{ summary: McSummary; samples: SampleStore }> {
	const M = 12 * merged.years;
	const split = pool.length > 1 ? monthSplit(merged.years) : M;
	let later: Promise<McSummary['months']> | null = null;
	if (split < M) {
		// A copy, sent before the originals are transferred to the first worker.
		const monthOutlay = merged.monthOutlay.slice();
		const monthSatisfaction = merged.monthSatisfaction.slice();
		const copy = { n: merged.n, years: merged.years, monthOutlay, monthSatisfaction };
		const buffers = [monthOutlay.buffer, monthSatisfaction.buffer];
		later = pool[1].api.monthBands(Comlink.transfer(copy, buffers), start, split, M);
	}
	const first = await pool[0].api.summarize(Comlink.transfer(merged, transferables(merged)), start, split);
	return later ? { summary: joinMonths(first.summary, await later), samples: first.samples } : first;
}

export class McClient {
	private pool: { worker: WorkerLike; api: Comlink.Remote<McApi> }[] = [];
	private stop: (() => void) | null = null;
	private readonly size: number;
	private readonly create: () => WorkerLike;

	constructor(opts: { workers?: number; createWorker: () => WorkerLike }) {
		const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
		this.size = Math.max(1, opts.workers ?? cores ?? 2);
		this.create = opts.createWorker;
	}

	/** Runs the Monte Carlo; a later run or cancel() makes this one resolve `{ ok: false, cancelled: true }`. */
	async run(scenario: Scenario, req: RunRequest): Promise<McRunResult> {
		const bad = checkRuns(req.runs) ?? checkSeed(req.seed);
		if (bad) return { ok: false, cancelled: false, error: bad };
		this.cancel(); // a new run supersedes the one in progress
		const t0 = performance.now();
		const lhs = req.lhs ?? false;
		// Below ~1,000 iterations a slice costs less than starting a worker.
		const k = Math.min(this.size, Math.max(1, Math.ceil(req.runs / 1000)));
		const pool = this.workers(k);
		const done = new Array<number>(k).fill(0);
		let last = 0;
		const progress = (i: number) => (d: number) => {
			done[i] = d;
			const t = performance.now();
			if (req.onProgress && (t - last >= 100 || d === 0)) {
				last = t;
				req.onProgress(
					done.reduce((a, b) => a + b, 0),
					req.runs
				);
			}
		};
		const cut = (i: number) => Math.round((req.runs * i) / k);
		const work = (async (): Promise<McRunResult> => {
			const parts: SliceResult[] = await Promise.all(
				pool.map(({ api }, i) =>
					api.runSlice(
						{ ...scenario, runs: req.runs, seed: req.seed, lhs, from: cut(i), to: cut(i + 1) },
						Comlink.proxy(progress(i))
					)
				)
			);
			const failed = parts.find((p) => !p.ok);
			if (failed && !failed.ok) return failed;
			const merged = concatSamples(parts.map((p) => (p as Extract<SliceResult, { ok: true }>).samples));
			const { summary, samples } = await summarizeOn(pool, merged, scenario.doc.start);
			req.onProgress?.(req.runs, req.runs);
			const { info, shape } = parts[0] as Extract<SliceResult, { ok: true }>;
			return {
				ok: true,
				summary,
				samples,
				info,
				shape,
				runs: req.runs,
				seed: req.seed,
				lhs,
				ms: performance.now() - t0
			};
		})();
		return this.track(work, CANCELLED, (error) => ({ ok: false, cancelled: false, error }));
	}

	/** Stops the current run or goal seek now: its workers are terminated (new ones start on the next call). */
	cancel(): void {
		this.stop?.();
	}

	/** Deterministic swings of each uncertain parameter (one worker). */
	tornado(scenario: Scenario, metric: Metric): Promise<TornadoResult> {
		return this.one<TornadoResult>(async (api) => await api.tornado({ ...scenario, metric }));
	}

	goalSeek(scenario: Scenario, req: GoalSeekRequest): Promise<GoalSeekResult> {
		return this.one<GoalSeekResult>(async (api) => await api.goalSeek({ ...scenario, ...req }));
	}

	seekProbability(
		scenario: Scenario,
		req: ProbabilitySeekRequest,
		onProgress?: Progress
	): Promise<ProbabilitySeekResult> {
		return this.one<ProbabilitySeekResult>(
			async (api) => await api.seekProbability({ ...scenario, ...req }, onProgress && Comlink.proxy(onProgress))
		);
	}

	dispose(): void {
		this.cancel();
		this.terminate();
	}

	private workers(k: number) {
		while (this.pool.length < k) {
			const worker = this.create();
			this.pool.push({ worker, api: Comlink.wrap<McApi>(worker) });
		}
		return this.pool.slice(0, k);
	}

	private terminate(): void {
		for (const { worker, api } of this.pool) {
			api[Comlink.releaseProxy]();
			worker.terminate();
		}
		this.pool = [];
	}

	/** A call on one worker that supersedes whatever runs; failures and cancels come back as `{ ok: false, message }`. */
	private one<T extends { ok: boolean }>(call: (api: Comlink.Remote<McApi>) => Promise<T>): Promise<T> {
		this.cancel();
		const failed = (message: string) => ({ ok: false, message }) as unknown as T; // every T has this failure shape
		return this.track<T>(call(this.workers(1)[0].api), failed('cancelled'), failed);
	}

	/** Resolves with `work`'s result, or with `cancelled` as soon as cancel() is called (terminating the pool). */
	private track<T>(work: Promise<T>, cancelled: T, failed: (message: string) => T): Promise<T> {
		return new Promise<T>((resolve) => {
			const stop = () => {
				this.stop = null;
				this.terminate();
				resolve(cancelled);
			};
			this.stop = stop;
			const settle = (r: T) => {
				if (this.stop === stop) this.stop = null;
				resolve(r);
			};
			work.then(settle, (e) =>
				settle(failed(`the Monte Carlo worker failed: ${e instanceof Error ? e.message : String(e)}`))
			);
		});
	}
}
