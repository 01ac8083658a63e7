/**
 * A Monte Carlo run that also keeps what each iteration drew: the value of chosen sampled cells per iteration,
 * beside the usual sample store. Scenario discovery needs the inputs of every run, which the runner does not
 * keep; this uses only the runner's public pieces (Sampler, its cell vector `v` after each iteration), so the
 * draws are exactly those of `runMonteCarlo` with the same seed.
 */
import type { McPlan } from '../montecarlo/plan';
import { checkSeed } from '../montecarlo/prng';
import { checkRuns, yieldNow } from '../montecarlo/runner';
import { allocSamples, type SampleStore } from '../montecarlo/samples';
import { Sampler } from '../montecarlo/sampler';

export interface DrawsOptions {
	runs: number;
	seed: number;
	lhs?: boolean;
	/** Slots whose per-iteration values to keep. */
	slots: readonly number[];
	onProgress?: (done: number, total: number) => void;
	isCancelled?: () => boolean;
}

export type DrawsOutcome =
	{ ok: true; samples: SampleStore; inputs: Float64Array[] } | { ok: false; cancelled: boolean; error: string };

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export async function runWithDraws(plan: McPlan, opts: DrawsOptions): Promise<DrawsOutcome> {
	const bad = checkRuns(opts.runs) ?? checkSeed(opts.seed);
	if (bad) return { ok: false, cancelled: false, error: bad };
	const { runs, slots } = opts;
	const store = allocSamples(runs, plan.layout.years);
	const inputs = slots.map(() => new Float64Array(runs));
	const sampler = new Sampler(plan, opts.seed, runs, opts.lhs ?? false);
	let lastYield = now(),
		lastProgress = lastYield;
	for (let i = 0; i < runs; i++) {
		sampler.iterate(i, store, i);
		for (let k = 0; k < slots.length; k++) inputs[k][i] = sampler.v[slots[k]];
		if ((i & 255) === 255) {
			const t = now();
			if (opts.onProgress && t - lastProgress >= 100) {
				lastProgress = t;
				opts.onProgress(i + 1, runs);
			}
			if (t - lastYield >= 15) {
				await yieldNow();
				lastYield = now();
				if (opts.isCancelled?.()) return { ok: false, cancelled: true, error: 'cancelled' };
			}
		}
	}
	opts.onProgress?.(runs, runs);
	return { ok: true, samples: store, inputs };
}
