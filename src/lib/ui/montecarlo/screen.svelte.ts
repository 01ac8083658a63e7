/**
 * The Uncertainty screen's state: the run's settings, its progress, its results, and the tools (tornado, goal
 * seek). One per Workbench, so switching tabs keeps the results and a run in progress carries on. A newer run
 * or a cancel makes an older run's answer stale: it is dropped.
 */
import type { PlanInfo } from '../../model/montecarlo/api';
import type { DrawShape } from '../../model/montecarlo/plan';
import type { SampleStore } from '../../model/montecarlo/samples';
import type { McSummary } from '../../model/montecarlo/summary';
import type { Projection } from '../../model/projection';
import type { ScenarioDoc } from '../../model/scenario';
import type { Workbench } from '../../state/workbench.svelte';
import type { McClient } from '../../worker/mc-client';
import { prepare } from './scenario';
import { ProbSeekTool, SeekTool, TornadoTool, type NewMcClient } from './tools.svelte';

export interface RunView {
	summary: McSummary;
	info: PlanInfo;
	runs: number;
	seed: number;
	lhs: boolean;
	ms: number;
	/** The deterministic projection of the same values, for reference lines and columns. */
	projection: Projection;
	/** The workbench's doc the run was made from: when wb.doc is another object, the scenario has changed. */
	source: ScenarioDoc;
	/** The draws and yearly outputs (no monthly paths), for the sensitivity over time and achieved correlations. */
	samples: Pick<SampleStore, 'n' | 'years' | 'yearly' | 'drawCols' | 'draws'>;
	shape: DrawShape;
}

export type Phase = 'idle' | 'preparing' | 'running' | 'done' | 'cancelled' | 'failed';

export class McScreen {
	runs = $state(10_000);
	seed = $state(1);
	lhs = $state(false);
	phase = $state<Phase>('idle');
	done = $state(0);
	total = $state(0);
	error = $state('');
	/** Whole-replaced: a summary holds ~2,000 numbers that never change once shown. */
	result = $state.raw<RunView | null>(null);
	/** Bumped each time a run's results are shown: what the tests wait on. */
	seq = $state(0);
	readonly wb: Workbench;
	readonly tornado: TornadoTool;
	readonly seek: SeekTool;
	readonly probSeek: ProbSeekTool;
	#newClient: NewMcClient;
	#client: McClient | null = null;
	#token = 0;

	/** Built by the composition root (state/app.ts); `newClient` makes the workers' client on first use. */
	constructor(wb: Workbench, newClient: NewMcClient) {
		this.wb = wb;
		this.#newClient = newClient;
		this.tornado = new TornadoTool(newClient);
		this.seek = new SeekTool(newClient);
		this.probSeek = new ProbSeekTool(newClient);
	}

	get busy() {
		return this.phase === 'preparing' || this.phase === 'running';
	}

	async run() {
		const token = ++this.#token;
		const { runs, seed, lhs } = this;
		this.phase = 'preparing';
		this.error = '';
		this.done = 0;
		this.total = runs;
		const p = await prepare(this.wb);
		if (token !== this.#token) return;
		if (!p.ok) return this.#fail(p.message);
		this.phase = 'running';
		this.#client ??= this.#newClient();
		const r = await this.#client.run(p.scenario, {
			runs,
			seed,
			lhs,
			onProgress: (d) => token === this.#token && (this.done = d)
		});
		if (token !== this.#token) return;
		if (!r.ok) return r.cancelled ? void (this.phase = 'cancelled') : this.#fail(r.error);
		// Of the raw samples (~1.1 kB an iteration) only the draws and yearly outputs (~0.6 kB) are kept: what the
		// sensitivity over time and the achieved correlations are computed from when shown.
		const { n, years, yearly, drawCols, draws } = r.samples;
		this.result = {
			samples: { n, years, yearly, drawCols, draws },
			shape: r.shape,
			summary: r.summary,
			info: r.info,
			runs: r.runs,
			seed: r.seed,
			lhs: r.lhs,
			ms: r.ms,
			projection: p.projection,
			source: p.source
		};
		this.done = r.runs;
		this.phase = 'done';
		this.seq++;
	}

	/** Stops the run now (its workers are terminated); the last complete results stay on screen. */
	cancel() {
		if (this.phase === 'preparing') {
			this.#token++;
			this.phase = 'cancelled';
		} else this.#client?.cancel(); // the pending run resolves as cancelled
	}

	#fail(message: string) {
		this.phase = 'failed';
		this.error = message;
	}
}
