/**
 * Main-thread facade for the data-table worker (one worker: the points of a table share one plan and one
 * propagator). Cancel terminates the worker — a tight loop stops at once — and the pending call resolves as
 * cancelled; the next call starts a new worker. A new call supersedes the old one. Pass plain data.
 */
import * as Comlink from 'comlink';
import type { TableApi, TableCall, TableReply } from '../model/montecarlo/datatable-api';
import type { TableProgress } from '../model/montecarlo/datatable';
import type { WorkerLike } from './mc-client';

const defaultWorker = (): WorkerLike => new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
const CANCELLED: TableReply = { ok: false, cancelled: true, error: 'cancelled' };

export class TableClient {
	private w: { worker: WorkerLike; api: Comlink.Remote<TableApi> } | null = null;
	private stop: (() => void) | null = null;
	private readonly create: () => WorkerLike;

	constructor(opts: { createWorker?: () => WorkerLike } = {}) {
		this.create = opts.createWorker ?? defaultWorker;
	}

	table(req: TableCall, onProgress?: TableProgress): Promise<TableReply> {
		this.cancel();
		if (!this.w) {
			const worker = this.create();
			this.w = { worker, api: Comlink.wrap<TableApi>(worker) };
		}
		const work = this.w.api.table(req, onProgress && Comlink.proxy(onProgress));
		return new Promise<TableReply>((resolve) => {
			const stop = () => {
				this.stop = null;
				this.terminate();
				resolve(CANCELLED);
			};
			this.stop = stop;
			const settle = (r: TableReply) => {
				if (this.stop === stop) this.stop = null;
				resolve(r);
			};
			work.then(settle, (e) =>
				settle({
					ok: false,
					cancelled: false,
					error: `the data-table worker failed: ${e instanceof Error ? e.message : e}`
				})
			);
		});
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
}
