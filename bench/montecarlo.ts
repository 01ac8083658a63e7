/**
 * Monte Carlo figures for `npm run bench`, one thread in Node (what one worker does): medians of 7 runs of
 * 10,000 iterations (simulate + percentiles), without and with formula propagation, with three correlated pairs,
 * and the floor (the kernel's monthly arithmetic alone over the same draws); 3 runs of 100,000
 * with the peak memory above the starting point, to show linear time and memory bounded by the sample store
 * (~1.1 kB an iteration for 3 years). No top-level side effects: bench/run.ts imports this.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { planScenario } from '../src/lib/model/plan-scenario';
import { preparePlan, type McPlan } from '../src/lib/model/montecarlo/plan';
import { runMonteCarlo } from '../src/lib/model/montecarlo/runner';
import { summarize } from '../src/lib/model/montecarlo/summary';
import { Sampler } from '../src/lib/model/montecarlo/sampler';
import { allocSamples } from '../src/lib/model/montecarlo/samples';
import type { ScenarioDoc, Uncertainty } from '../src/lib/model/scenario';
import { createEngine } from '../src/lib/sheet/engine';
import { evaluateAll } from '../src/lib/sheet/evaluate';
import { propagatorFactory } from '../src/lib/sheet/propagate';

/** The plan with one range of each kind on inputs that feed no formula (the decide bench uses it too). */
export function plainDoc(): ScenarioDoc {
	const doc = planScenario();
	const range = (key: string, u: Uncertainty) => (doc.params[key].uncertainty = u);
	range('basic_collection', { dist: 'triangular', low: [0.5, 0.55, 0.6], high: [0.7, 0.8, 0.9] });
	range('quasi_collection', { dist: 'triangular', low: 0.6, high: 0.95 });
	range('quasi_cost', { dist: 'pert', low: 0.55, high: 0.8 });
	range('basic_cost', { dist: 'pert', low: 0.22, high: 0.35 });
	range('reward_fund', { dist: 'uniform', low: 50, high: 150 });
	range('satisfaction_response', { dist: 'normal', sd: 0.15, low: 0, high: 1.5 });
	range('upgrade_basic_to_quasi', { dist: 'uniform', low: 0, high: 0.2 });
	return doc;
}

/** The bench scenario with three correlated pairs (the mc10k_corr_ms). */
export function correlatedDoc(): ScenarioDoc {
	const doc = plainDoc();
	doc.correlations = [
		{ a: 'basic_collection', b: 'quasi_collection', rho: 0.7 },
		{ a: 'basic_cost', b: 'quasi_cost', rho: 0.5 },
		{ a: 'upgrade_basic_to_quasi', b: 'basic_collection', rho: -0.3 }
	];
	return doc;
}

/** The same, with later years as formulas of year 1 (as in scenarios/collection-stagnates and subsidy-held). */
function formulaDoc(): ScenarioDoc {
	const doc = plainDoc();
	doc.params.basic_collection.cells = [
		0.6,
		'=MIN(1, basic_collection_y1 + 0.05)',
		'=MIN(1, basic_collection_y2 + 0.05)'
	];
	doc.params.basic_collection.uncertainty = { dist: 'triangular', low: [0.5, 0.5, 0.5], high: [0.7, 0.8, 0.9] };
	doc.params.quasi_collection.cells = [0.75, '=quasi_collection_y1', '=quasi_collection_y1'];
	doc.params.quasi_subsidy.cells = [0.2, '=quasi_subsidy_y1/2', '=quasi_subsidy_y2'];
	doc.params.basic_subsidy.cells = [0.1, '=basic_subsidy_y1*basic_cost_y2/basic_cost_y1/2', '=basic_subsidy_y2'];
	doc.params.satisfaction_half_life.cells = ['=2 + satisfaction_response * 2'];
	return doc;
}

async function planOf(doc: ScenarioDoc): Promise<McPlan> {
	const { hf, sheet } = createEngine(doc);
	const { values, issues } = evaluateAll(hf, sheet, doc.years);
	hf.destroy();
	if (issues.length) throw new Error(`bench scenario: ${issues[0].name} ${issues[0].en}`);
	const r = await preparePlan(doc, values, (base) => propagatorFactory(doc, base));
	if (!r.ok) throw new Error(r.error);
	return r.plan;
}

/**
 * Rounds run before the measured ones. Two warmed the per-iteration code (called 10,000 times a run) but not
 * Iman–Conover's, called once a run: on the loaded 2-core machine V8 had not yet optimised it in the first
 * measured correlated runs (20–100 ms instead of ~5). Five give it more of the chance a worker that has run a
 * few times has had; under heavy load it can still take longer.
 */
const WARM_ROUNDS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A full collection before a memory measurement, so the previous run's garbage is not in the baseline. */
function collect(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

/** Milliseconds for `runs` iterations plus their percentiles; peak resident memory above the start, in MB. */
async function timeOne(
	plan: McPlan,
	runs: number,
	seed: number,
	clean = false
): Promise<{ ms: number; peakMb: number }> {
	if (clean) collect(); // only for memory: a forced full GC can also throw away compiled code
	const rss0 = process.memoryUsage().rss;
	let peak = rss0;
	const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
	const t0 = performance.now();
	const r = await runMonteCarlo(plan, { runs, seed, onProgress: sample });
	if (!r.ok) throw new Error(r.error);
	sample();
	summarize(r.samples, plan.doc.start);
	const ms = performance.now() - t0;
	sample();
	return { ms, peakMb: (peak - rss0) / 2 ** 20 };
}

/**
 * The floor: the same monthly arithmetic (the kernel, a plain typed-array loop) over the same draws — each
 * iteration's cell vector drawn beforehand, outside the timing — into preallocated arrays, with no summaries,
 * no chunking and no allocation. What any implementation of this model must spend; mc10k_ms over it is the
 * price of drawing, the run's bookkeeping and every summary the screens show.
 */
function floorOnce(plan: McPlan, vectors: Float64Array[], store: ReturnType<typeof allocSamples>): number {
	const { kernel } = plan;
	const t0 = performance.now();
	for (let i = 0; i < vectors.length; i++)
		kernel.run(vectors[i], i, store.yearly, store.monthOutlay, store.monthSatisfaction, store.met);
	return performance.now() - t0;
}

/**
 * Each iteration's cell vector for the floor, drawn into one buffer that is reused round after round: a fresh
 * ~9 MB and 10,000 views each round were garbage for the next figure's run (the correlated one) to collect.
 */
class FloorDraws {
	readonly all: Float64Array;
	readonly vectors: Float64Array[];
	constructor(
		private readonly plan: McPlan,
		private readonly runs: number
	) {
		const size = plan.layout.size;
		this.all = new Float64Array(runs * size);
		this.vectors = Array.from({ length: runs }, (_, i) => this.all.subarray(i * size, (i + 1) * size));
	}

	draw(seed: number): Float64Array[] {
		const sampler = new Sampler(this.plan, seed, this.runs, false);
		const scratch = allocSamples(1, this.plan.layout.years, this.plan.columns.length);
		for (let i = 0; i < this.runs; i++) {
			// iterate() draws into sampler.v (and runs the kernel into a one-row scratch store, discarded).
			sampler.iterate(i, scratch, 0);
			this.vectors[i].set(sampler.v);
		}
		return this.vectors;
	}
}

export async function benchMonteCarlo(): Promise<{
	mc10k_ms: number;
	mc10k_floor_ms: number;
	mc10k_corr_ms: number;
	mc10k_formula_ms: number;
	mc100k_ms: number;
	mc100k_peak_mb: number;
}> {
	const plain = await planOf(plainDoc());
	const withFormulas = await planOf(formulaDoc());
	const correlated = await planOf(correlatedDoc());
	const floorStore = allocSamples(10_000, plain.layout.years, plain.columns.length);
	const floorDraws = new FloorDraws(plain, 10_000);
	for (let k = 0; k < WARM_ROUNDS; k++) {
		// Warm up the JIT: the figures are for a worker that has run before, not for V8's first compile.
		await timeOne(plain, 10_000, 100 + k);
		await timeOne(withFormulas, 10_000, 100 + k);
		await timeOne(correlated, 10_000, 100 + k);
		floorOnce(plain, floorDraws.draw(100 + k), floorStore);
	}
	const t10: number[] = [],
		floor: number[] = [],
		tc: number[] = [],
		tf: number[] = [],
		t100: number[] = [],
		mem: number[] = [];
	for (let k = 1; k <= 7; k++) {
		// Interleaved, so a burst of load on a shared machine falls on all three figures alike.
		t10.push((await timeOne(plain, 10_000, k)).ms);
		floor.push(floorOnce(plain, floorDraws.draw(k), floorStore));
		tc.push((await timeOne(correlated, 10_000, k)).ms);
		tf.push((await timeOne(withFormulas, 10_000, k)).ms);
	}
	for (let k = 1; k <= 3; k++) {
		const r = await timeOne(plain, 100_000, k, true);
		t100.push(r.ms);
		mem.push(r.peakMb);
	}
	withFormulas.propagator.dispose();
	const r1 = (x: number) => Math.round(x * 10) / 10;
	return {
		mc10k_ms: r1(median(t10)),
		mc10k_floor_ms: r1(median(floor)),
		mc10k_corr_ms: r1(median(tc)),
		mc10k_formula_ms: r1(median(tf)),
		mc100k_ms: r1(median(t100)),
		mc100k_peak_mb: r1(Math.max(...mem))
	};
}
