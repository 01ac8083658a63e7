/**
 * Main-thread facade for the Decide worker (one worker: a search replays the same draws candidate after
 * candidate, which does not split). Cancel terminates the worker — a tight loop stops at once — and the
 * pending call resolves as cancelled; the next call starts a new worker. A new call supersedes the old one.
 * Pass plain data (`$state.snapshot`).
 */
import * as Comlink from 'comlink';
import type { DecideApi, ExplainCall, ExplainReply, OptimizeReply, Progress } from '../model/decide/api';
import type { Scenario } from '../model/montecarlo/api';
import type { WorkerLike } from './mc-client';

const defaultWorker = (): WorkerLike => new Worker(new URL('./decide.worker.ts', import.meta.url), { type: 'module' });
const CANCELLED = { ok: false, cancelled: true, error: 'cancelled' } as const;

export class DecideClient {
	private w: { worker: WorkerLike; api: Comlink.Remote<DecideApi> } | null = null;
	private stop: (() => void) | null = null;
	private readonly create: () => WorkerLike;

	constructor(opts: { createWorker?: () => WorkerLike } = {}) {
		this.create = opts.createWorker ?? defaultWorker;
	}

	explain(req: ExplainCall, onProgress?: Progress): Promise<ExplainReply> {
		return this.track<ExplainReply>((api) => api.explain(req, onProgress && Comlink.proxy(onProgress)));
	}

	optimize(scenario: Scenario, spec: unknown, onProgress?: Progress): Promise<OptimizeReply> {
		return this.track<OptimizeReply>((api) =>
			api.optimize({ ...scenario, spec }, onProgress && Comlink.proxy(onProgress))
		);
	}

	/** Stops the call in progress now: its worker is terminated. */
	cancel(): void {
		this.stop?.();
	}

	dispose(): void {
		this.cancel();
		this.terminate();
	}

	private terminate(): void {
		if (!this.w) return;
		this.w.api[Comlink.releaseProxy]();
		this.w.worker.terminate();
		this.w = null;
	}

	private track<T>(call: (api: Comlink.Remote<DecideApi>) => Promise<T>): Promise<T> {
		this.cancel();
		if (!this.w) {
			const worker = this.create();
			this.w = { worker, api: Comlink.wrap<DecideApi>(worker) };
		}
		const work = call(this.w.api);
		return new Promise<T>((resolve) => {
			const stop = () => {
				this.stop = null;
				this.terminate();
				resolve(CANCELLED as T);
			};
			this.stop = stop;
			const settle = (r: T) => {
				if (this.stop === stop) this.stop = null;
				resolve(r);
			};
			work.then(settle, (e) =>
				settle({
					ok: false,
					cancelled: false,
					error: `the Decide worker failed: ${e instanceof Error ? e.message : e}`
				} as T)
			);
		});
	}
}
