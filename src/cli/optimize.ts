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
	const head = {
		confirmed: `cheapest plan found and confirmed on a fresh seed (${r.minimize} = ${r.objective.toFixed(3)} 万元):`,
		'not-confirmed': `not confirmed (未能确认): no plan held on a fresh seed after ${r.confirm.rounds} searches; the closest (${r.minimize} = ${r.objective.toFixed(3)} 万元):`,
		infeasible: 'no feasible plan within the bounds; the closest:'
	}[r.status];
	const pp = (x: number) => `${(x * 100).toFixed(1)} pp`;
	const lines = [
		head,
		...Object.entries(r.cells).map(([k, v]) => `  ${k} = ${v}`),
		`constraints (probabilities re-estimated on a fresh seed ${r.checkSeed}, ${r.runs} runs, ± one standard error):`,
		...r.constraints.map(
			(c) =>
				`  ${c.output} ${c.required === 'met' ? 'met' : `P = ${c.value.toFixed(3)} ± ${c.se.toFixed(3)} (need ${c.required}${c.margin ? `, searched for ${(c.required + c.margin).toFixed(3)}` : ''}; ${c.inSample?.toFixed(3)} on seed ${r.seed})`}: ${c.check ? 'ok' : 'NOT met'}${c.binding ? ', binding' : ''}`
		),
		...(r.confirm.rounds > 1
			? [
					`confirmation: ${r.confirm.rounds} searches, levels raised by ${r.confirm.tries.map((t) => pp(Math.max(0, ...t.margins))).join(', ')}; checks ${r.confirm.tries.map((t) => (t.passed ? 'held' : 'failed')).join(', ')}`
				]
			: []),
		`${r.evaluations} plans projected, ${r.simulations} simulated, ${Math.round(r.ms)} ms`
	];
	return lines.join('\n');
}
