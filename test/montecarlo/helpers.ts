/** Shared by the Monte Carlo tests: scenario files read with the app's own reader, plans built with HyperFormula. */
import { readFileSync, readdirSync } from 'node:fs';
import { readScenarioObject, readScenarioText } from '../../src/lib/io/read-scenario';
import type { ParamValues } from '../../src/lib/model/inputs';
import { preparePlan, type McPlan } from '../../src/lib/model/montecarlo/plan';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { propagatorFactory, type PropagationMode } from '../../src/lib/sheet/propagate';

export const SCENARIO_FILES = readdirSync('scenarios')
	.filter((f) => f.endsWith('.json'))
	.map((f) => `scenarios/${f}`);

export function readFile(path: string): { doc: ScenarioDoc; values: ParamValues } {
	const r = readScenarioText(readFileSync(path, 'utf8'));
	if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.errors)}`);
	return { doc: r.doc, values: r.values };
}

/** A scenario from an inline `parameters` object (plan values elsewhere). */
export function readInline(parameters: Record<string, unknown>, years = 3): { doc: ScenarioDoc; values: ParamValues } {
	const r = readScenarioObject({ format: 'property-plan-scenario', version: 1, years, parameters });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return { doc: r.doc, values: r.values };
}

export async function planOf(
	s: { doc: ScenarioDoc; values: ParamValues },
	mode: PropagationMode = 'auto'
): Promise<McPlan> {
	const r = await preparePlan(s.doc, s.values, (base) => propagatorFactory(s.doc, base, mode));
	if (!r.ok) throw new Error(r.error);
	return r.plan;
}
