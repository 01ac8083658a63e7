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
import { planScenario } from '../src/lib/model/plan-scenario';
import type { ScenarioDoc, Uncertainty } from '../src/lib/model/scenario';
import { createEngine } from '../src/lib/sheet/engine';
import { evaluateAll } from '../src/lib/sheet/evaluate';
import { propagatorFactory } from '../src/lib/sheet/propagate';

/** The ranges of bench/montecarlo.ts's plain scenario (one of each kind, on inputs that feed no formula). */
export function benchDoc(): ScenarioDoc {
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
