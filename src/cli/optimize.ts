/**
 * `npm run -s simulate -- FILE --optimize SPEC.json --json`: the cheapest plan that meets the targets under the
 * scenario's ranges (model/decide/). The SPEC is checked whole first; every problem is listed with its key.
 */
import { readFileSync } from 'node:fs';
import { checkSpec } from '../lib/model/decide/spec';
import { optimizePlan, type OptimizeReport } from '../lib/model/decide/plan-optimize';
import type { ScenarioDoc } from '../lib/model/scenario';
import { cliPlan } from './decide-plan';

export async function runCliOptimize(
	doc: ScenarioDoc,
	specFile: string
): Promise<{ ok: true; result: OptimizeReport } | { ok: false; errors: string[] }> {
	let spec: unknown;
	try {
		spec = JSON.parse(readFileSync(specFile, 'utf8'));
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return {
			ok: false,
			errors: [`${specFile}: ${code ? `cannot read the file (${code})` : `not JSON (${(e as Error).message})`}`]
		};
	}
	const p = await cliPlan(doc);
	if (!p.ok) return { ok: false, errors: [p.error] };
	try {
		const c = checkSpec(spec, p.plan.layout, p.plan.base);
		if (!c.ok)
			return { ok: false, errors: c.errors.map((e) => `${specFile}: ${e.key ? `${e.key}: ` : ''}${e.message.en}`) };
		const r = await optimizePlan(p.plan, c.problem);
		if (!r.ok) return { ok: false, errors: [`${specFile}: ${r.error}`] };
		return { ok: true, result: r.report };
	} finally {
		p.plan.propagator.dispose();
	}
}

/** The report in lines, for a terminal. */
export function optimizeText(r: OptimizeReport): string {
	const lines = [
		r.feasible
			? `cheapest plan found (${r.minimize} = ${r.objective.toFixed(3)} 万元):`
			: 'no feasible plan within the bounds; the closest:',
		...Object.entries(r.cells).map(([k, v]) => `  ${k} = ${v}`),
		`constraints (probabilities re-estimated on a fresh seed ${r.checkSeed}, ${r.runs} runs):`,
		...r.constraints.map(
			(c) =>
				`  ${c.output} ${c.required === 'met' ? 'met' : `P = ${c.value.toFixed(3)} (need ${c.required}; ${c.inSample?.toFixed(3)} on seed ${r.seed})`}: ${c.check ? 'ok' : 'NOT met'}${c.binding ? ', binding' : ''}`
		),
		`${r.evaluations} plans projected, ${r.simulations} simulated, ${Math.round(r.ms)} ms`
	];
	return lines.join('\n');
}
