/**
 * `npm run simulate -- FILE --runs N --seed S --explain OUT --json`: why OUT is missed (a target) or crossed (a
 * threshold such as total.outlay>3600) — PRIM boxes on the uncertain parameters (model/decide/prim.ts). The
 * runs are those of `--runs/--seed` (same draws as the `monteCarlo` figures).
 */
import { explain } from '../lib/model/decide/explain';
import { resolveOutput } from '../lib/model/decide/outputs';
import type { ScenarioDoc } from '../lib/model/scenario';
import { cliPlan } from './decide-plan';

export interface CliExplain {
	output: string;
	missRate: number;
	boxes: { conditions: { key: string; op: '<' | '>'; value: number }[]; coverage: number; density: number }[];
	runs: number;
	seed: number;
	inputs: string[];
}

export async function runCliExplain(
	doc: ScenarioDoc,
	name: string,
	opts: { runs: number; seed: number; lhs: boolean }
): Promise<{ ok: true; result: CliExplain } | { ok: false; error: string }> {
	const o = resolveOutput(name, doc.years);
	if (!o.ok) return { ok: false, error: `--explain: ${o.message.en}` };
	const p = await cliPlan(doc);
	if (!p.ok) return p;
	try {
		if (p.plan.vars.length === 0)
			return { ok: false, error: '--explain: no parameter carries an "uncertainty" range, so every run is the same' };
		const r = await explain(p.plan, o.output, opts);
		if (!r.ok) return { ok: false, error: `--explain: ${r.error}` };
		const e = r.explanation;
		return {
			ok: true,
			result: {
				output: e.output,
				missRate: e.missRate,
				boxes: e.boxes.map((b) => ({ conditions: b.conditions, coverage: b.coverage, density: b.density })),
				runs: e.runs,
				seed: e.seed,
				inputs: e.inputs
			}
		};
	} finally {
		p.plan.propagator.dispose();
	}
}
