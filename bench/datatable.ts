/**
 * Data-table figures for `npm run bench`, one thread in Node (what the data-table worker does):
 *  - datatable_21x21_ms: a deterministic two-input table of 441 points — the year-2 basic subsidy (0 to 0.2 step
 *    0.01) against the year-2 basic collection rate (50 % to 90 % step 2 %), output y3.standardRate — on the Monte
 *    Carlo bench's scenario, the propagator for the two cells included (median of 7, after one warm-up). Target ≤ 200.
 * No top-level side effects: bench/run.ts imports this.
 */
import { dataTable, parseAxis } from '../src/lib/model/montecarlo/datatable';
import { preparePlan, type McPlan } from '../src/lib/model/montecarlo/plan';
import { parseOutput } from '../src/lib/model/outputs';
import type { ScenarioDoc } from '../src/lib/model/scenario';
import { createEngine } from '../src/lib/sheet/engine';
import { evaluateAll } from '../src/lib/sheet/evaluate';
import { propagatorFactory } from '../src/lib/sheet/propagate';
import { plainDoc } from './montecarlo';

async function planOf(doc: ScenarioDoc): Promise<McPlan> {
	const { hf, sheet } = createEngine(doc);
	const { values } = evaluateAll(hf, sheet, doc.years);
	hf.destroy();
	const r = await preparePlan(doc, values, (base) => propagatorFactory(doc, base));
	if (!r.ok) throw new Error(r.error);
	return r.plan;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchDataTable(): Promise<{ datatable_21x21_ms: number }> {
	const plan = await planOf(plainDoc());
	const rows = parseAxis('0:0.2:0.01');
	const cols = parseAxis('0.5:0.9:0.02');
	const out = parseOutput('y3.standardRate', 3);
	if (!rows.ok || !cols.ok || !out.ok) throw new Error('bench table spec');
	if (rows.values.length * cols.values.length !== 441) throw new Error('the bench table should have 441 points');
	const times: number[] = [];
	for (let k = 0; k < 8; k++) {
		const t0 = performance.now();
		const r = await dataTable(plan, {
			rows: { cell: 'basic_subsidy_y2', values: rows.values },
			cols: { cell: 'basic_collection_y2', values: cols.values },
			output: out.ref
		});
		if (!r.ok) throw new Error(r.message.en);
		if (k > 0) times.push(performance.now() - t0); // the first is V8's warm-up
	}
	plan.propagator.dispose();
	return { datatable_21x21_ms: Math.round(median(times) * 10) / 10 };
}
