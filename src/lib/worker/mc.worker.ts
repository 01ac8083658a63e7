/**
 * The Monte Carlo worker: a comlink shell around model/montecarlo/api.ts. Sample arrays are transferred, not
 * copied, both ways. `Comlink.expose(api, self)` — plain `expose(api)` breaks under @vitest/web-worker.
 */
import * as Comlink from 'comlink';
import { createMcApi, type McApi } from '../model/montecarlo/api';
import { transferables } from '../model/montecarlo/samples';
import { propagatorFactory } from '../sheet/propagate';

const core = createMcApi(propagatorFactory);

const api: McApi = {
	...core,
	async runSlice(req, onProgress) {
		const r = await core.runSlice(req, onProgress);
		return r.ok ? Comlink.transfer(r, transferables(r.samples)) : r;
	},
	async summarize(samples, start, monthsTo) {
		const r = await core.summarize(samples, start, monthsTo);
		return Comlink.transfer(r, transferables(r.samples));
	}
};

// `self` is typed as a Window by the app's DOM lib; in a worker it is the worker's global scope.
Comlink.expose(api, self as unknown as Comlink.Endpoint);
