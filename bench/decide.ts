/**
 * Decision figures for `npm run bench`, one thread in Node (what the Decide tab's worker does):
 *  - optimize_ref_ms: the reference problem — the year-2 and year-3 subsidies of quasi and basic (4 cells, each
 *    0 to 0.3 step 0.005), minimise total.outlay subject to P(y3.target.standard) ≥ 0.8 under the Monte Carlo
 *    bench's ranges, 2,000 runs per candidate — including the fresh-seed re-estimate (median of 3).
 *  - explain10k_ms: "why a target fails" (y2.target.satisfaction, missed in ~69 % of runs) on 10,000 runs of the same scenario, the runs included (median of 5).
 * No top-level side effects: bench/run.ts imports this.
 */
import { explain } from '../src/lib/model/decide/explain';
import { resolveOutput } from '../src/lib/model/decide/outputs';
import { optimizePlan } from '../src/lib/model/decide/plan-optimize';
import { checkSpec } from '../src/lib/model/decide/spec';
import { preparePlan, type McPlan } from '../src/lib/model/montecarlo/plan';
import type { ScenarioDoc } from '../src/lib/model/scenario';
import { plainDoc } from './montecarlo';
import { createEngine } from '../src/lib/sheet/engine';
import { evaluateAll } from '../src/lib/sheet/evaluate';
import { propagatorFactory } from '../src/lib/sheet/propagate';

/** The bench scenario: bench/montecarlo.ts's plain one, so both benches measure the same ranges. */
const benchDoc = plainDoc;

export const REFERENCE_SPEC = {
	decide: Object.fromEntries(
		['quasi_subsidy_y2', 'quasi_subsidy_y3', 'basic_subsidy_y2', 'basic_subsidy_y3'].map((c) => [
			c,
			{ min: 0, max: 0.3, step: 0.005 }
		])
	),
	minimize: 'total.outlay',
	subjectTo: [{ output: 'y3.target.standard', probability: 0.8 }],
	taper: false,
	runs: 2000,
	seed: 1
};

async function planOf(doc: ScenarioDoc): Promise<McPlan> {
	const { hf, sheet } = createEngine(doc);
	const { values } = evaluateAll(hf, sheet, doc.years);
	hf.destroy();
	const r = await preparePlan(doc, values, (base) => propagatorFactory(doc, base));
	if (!r.ok) throw new Error(r.error);
	return r.plan;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchDecide(): Promise<{ optimize_ref_ms: number; explain10k_ms: number }> {
	const plan = await planOf(benchDoc());
	const spec = checkSpec(REFERENCE_SPEC, plan.layout, plan.base);
	if (!spec.ok) throw new Error(JSON.stringify(spec.errors));
	const out = resolveOutput('y2.target.satisfaction', 3);
	if (!out.ok) throw new Error(out.message.en);
	const opt: number[] = [],
		ex: number[] = [];
	for (let k = 0; k < 4; k++) {
		const t0 = performance.now();
		const r = await optimizePlan(plan, spec.problem);
		if (!r.ok || !r.report.feasible) throw new Error('the reference problem should have a feasible plan');
		if (k > 0) opt.push(performance.now() - t0); // the first is V8's warm-up
	}
	for (let k = 0; k < 6; k++) {
		const t0 = performance.now();
		const r = await explain(plan, out.output, { runs: 10_000, seed: k + 1 });
		if (!r.ok) throw new Error(r.error);
		if (k > 0) ex.push(performance.now() - t0);
	}
	plan.propagator.dispose();
	const r1 = (x: number) => Math.round(x * 10) / 10;
	return { optimize_ref_ms: r1(median(opt)), explain10k_ms: r1(median(ex)) };
}
