/** The Monte Carlo plan of a scenario for the decision flags, with HyperFormula where a formula needs it. */
import { preparePlan, type McPlan } from '../lib/model/montecarlo/plan';
import type { ScenarioDoc } from '../lib/model/scenario';
import { createEngine } from '../lib/sheet/engine';
import { evaluateAll } from '../lib/sheet/evaluate';
import { propagatorFactory } from '../lib/sheet/propagate';

export async function cliPlan(doc: ScenarioDoc): Promise<{ ok: true; plan: McPlan } | { ok: false; error: string }> {
	const { hf, sheet } = createEngine(doc);
	const { values, issues } = evaluateAll(hf, sheet, doc.years);
	hf.destroy();
	if (issues.length)
		return {
			ok: false,
			error: `the scenario has ${issues.length} cell error(s), first ${issues[0].name}: ${issues[0].en}`
		};
	const p = await preparePlan(doc, values, (base) => propagatorFactory(doc, base));
	return p.ok ? { ok: true, plan: p.plan } : { ok: false, error: p.error };
}
