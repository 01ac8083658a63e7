/** The plan as written: MODEL.md's plan values, illustrative defaults for the planner's assumptions. */
import { CATALOGUE, defaultCell } from './catalogue';
import type { ParamEntry, ScenarioDoc } from './scenario';

export function defaultEntry(key: string, years: number): ParamEntry {
	const def = CATALOGUE.find((d) => d.key === key);
	if (!def) throw new Error(`Unknown parameter "${key}"`);
	const cells =
		def.shape === 'scalar' ? [defaultCell(def, 0)] : Array.from({ length: years }, (_, y) => defaultCell(def, y));
	return def.origin === 'illustrative'
		? { cells, note: 'illustrative assumption — replace with local data' }
		: { cells };
}

export function planScenario(years = 3, start = '2022-01'): ScenarioDoc {
	const params: Record<string, ParamEntry> = {};
	for (const def of CATALOGUE) params[def.key] = defaultEntry(def.key, years);
	return {
		name: 'Plan as written 2022–2024',
		description:
			'The plan\u2019s own figures (§二, §三, §七); the planner\u2019s assumptions at MODEL.md\u2019s illustrative defaults.',
		start,
		years,
		params
	};
}
