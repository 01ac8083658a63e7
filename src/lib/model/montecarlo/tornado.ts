/**
 * Tornado: which assumption moves an output most. Each uncertain parameter in turn swings from its low to its
 * high — P5/P95 for a normal, whose tails are unbounded — with every other cell at its value; formulas follow.
 * Deterministic runs (one per end per parameter), no sampling: a bar shows the range's reach, not its odds.
 */
import type { Distribution } from '../scenario';
import { quantileOf } from './distributions';
import { checkMetric, describeMetric, metricValue, type Metric } from './metric';
import type { McPlan } from './plan';
import { refusal, seekWords, type SeekRefusal } from './seek-words';
import { allocSamples } from './samples';
import { runOnce } from './sampler';

export interface TornadoEnd {
	/** The parameter's sampled cells at this end, in year order. */
	values: number[];
	output: number;
}
export interface TornadoBar {
	key: string;
	dist: Distribution;
	cells: string[];
	low: TornadoEnd;
	high: TornadoEnd;
	/** |high.output − low.output|: bars are sorted by it, widest first. */
	swing: number;
}
export type TornadoResult = { ok: true; metric: Metric; label: string; base: number; bars: TornadoBar[] } | SeekRefusal;

export function tornado(plan: McPlan, metric: Metric): TornadoResult {
	const words = seekWords(plan.doc.start, plan.layout.years);
	const bad = checkMetric(metric, plan.layout.years);
	if (bad) return refusal('bad-metric', bad, words.badMetric());
	if (plan.vars.length === 0)
		return refusal('no-range', 'no parameter carries a range: give one a low and a high first', words.noRange());
	const store = allocSamples(1, plan.layout.years);
	const base = metricValue(
		runOnce(plan, plan.propagator, () => {}, store),
		0,
		metric
	);
	const bars: TornadoBar[] = [];
	for (const { key, dist, slots, ranges } of plan.vars) {
		if (slots.length === 0) continue;
		const end = (u: number): TornadoEnd => {
			const values = ranges.map((r) => quantileOf(dist, u, r));
			runOnce(plan, plan.propagator, (v) => slots.forEach((s, k) => (v[s] = values[k])), store);
			return { values, output: metricValue(store, 0, metric) };
		};
		const low = end(dist === 'normal' ? 0.05 : 0);
		const high = end(dist === 'normal' ? 0.95 : 1);
		bars.push({
			key,
			dist,
			cells: slots.map((s) => plan.layout.names[s]),
			low,
			high,
			swing: Math.abs(high.output - low.output)
		});
	}
	bars.sort((a, b) => b.swing - a.swing);
	return { ok: true, metric, label: describeMetric(metric), base, bars };
}
