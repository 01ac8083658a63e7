/**
 * Main-thread facade for the data-table worker (one worker: the points of a table share one plan and one
 * propagator); cancellable (cancellable-client.ts). Pass plain data.
 */
import * as Comlink from 'comlink';
import type { TableApi, TableCall, TableReply } from '../model/montecarlo/datatable-api';
import type { TableProgress } from '../model/montecarlo/datatable';
import { CancellableClient } from './cancellable-client';
import type { WorkerLike } from './mc-client';

export class TableClient extends CancellableClient<TableApi> {
	constructor(opts: { createWorker: () => WorkerLike }) {
		super(opts.createWorker, 'the data-table worker');
	}

	table(req: TableCall, onProgress?: TableProgress): Promise<TableReply> {
		return this.track<TableReply>((api) => api.table(req, onProgress && Comlink.proxy(onProgress)));
	}
}
