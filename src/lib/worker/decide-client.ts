/**
 * Main-thread facade for the Decide worker (one worker: a search replays the same draws candidate after
 * candidate, which does not split); cancellable (cancellable-client.ts). Pass plain data (`$state.snapshot`).
 */
import * as Comlink from 'comlink';
import type { DecideApi, ExplainCall, ExplainReply, OptimizeReply, Progress } from '../model/decide/api';
import type { Scenario } from '../model/montecarlo/api';
import { CancellableClient } from './cancellable-client';
import type { WorkerLike } from './mc-client';

export class DecideClient extends CancellableClient<DecideApi> {
	constructor(opts: { createWorker: () => WorkerLike }) {
		super(opts.createWorker, 'the Decide worker');
	}

	explain(req: ExplainCall, onProgress?: Progress): Promise<ExplainReply> {
		return this.track<ExplainReply>((api) => api.explain(req, onProgress && Comlink.proxy(onProgress)));
	}

	optimize(scenario: Scenario, spec: unknown, onProgress?: Progress): Promise<OptimizeReply> {
		return this.track<OptimizeReply>((api) =>
			api.optimize({ ...scenario, spec }, onProgress && Comlink.proxy(onProgress))
		);
	}
}
