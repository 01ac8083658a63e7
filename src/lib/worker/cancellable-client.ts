/**
 * One worker behind a comlink proxy, for calls that may be stopped mid-way: cancel terminates the worker — a
 * tight loop stops at once — and the pending call resolves as cancelled; the next call starts a new worker. A
 * new call supersedes the old one. The Decide and data-table clients are this with their own calls.
 */
import * as Comlink from 'comlink';
import type { WorkerLike } from './mc-client';

/** What a stopped or failed call resolves to (comlink would lose an Error's fields: a value says it all). */
export type Stopped = { ok: false; cancelled: boolean; error: string };

export class CancellableClient<Api> {
	private w: { worker: WorkerLike; api: Comlink.Remote<Api> } | null = null;
	private stop: (() => void) | null = null;

	constructor(
		private readonly create: () => WorkerLike,
		/** Names the worker in a failure's message ("the Decide worker failed: …"). */
		private readonly what: string
	) {}

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

	/** `T` is the call's reply type, which includes the `Stopped` shape (every reply here has ok / cancelled / error). */
	protected track<T>(call: (api: Comlink.Remote<Api>) => Promise<unknown>): Promise<T> {
		this.cancel();
		if (!this.w) {
			const worker = this.create();
			this.w = { worker, api: Comlink.wrap<Api>(worker) };
		}
		const work = call(this.w.api);
		return new Promise<T>((resolve) => {
			const stop = () => {
				this.stop = null;
				this.terminate();
				resolve({ ok: false, cancelled: true, error: 'cancelled' } satisfies Stopped as T);
			};
			this.stop = stop;
			const settle = (r: T) => {
				if (this.stop === stop) this.stop = null;
				resolve(r);
			};
			work.then(
				(r) => settle(r as T),
				(e) => {
					const error = `${this.what} failed: ${e instanceof Error ? e.message : e}`;
					settle({ ok: false, cancelled: false, error } satisfies Stopped as T);
				}
			);
		});
	}
}
