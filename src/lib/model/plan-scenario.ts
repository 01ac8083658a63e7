/** The plan as written: the plan's values, illustrative defaults for the planner's assumptions (docs/model.md). */
import { CATALOGUE, defaultCell } from './catalogue';
import { PLAN_START, PLAN_YEARS, type ParamEntry, type ScenarioDoc } from './scenario';

export function defaultEntry(key: string, years: number): ParamEntry {
	const def = CATALOGUE.find((d) => d.key === key);
	if (!def) throw new Error(`Unknown parameter "${key}"`);
	const cells =
		def.shape === 'scalar' ? [defaultCell(def, 0)] : Array.from({ length: years }, (_, y) => defaultCell(def, y));
	return def.origin === 'illustrative'
		? { cells, note: 'illustrative assumption — replace with local data' }
		: { cells };
}

export function planScenario(years = PLAN_YEARS, start = PLAN_START): ScenarioDoc {
	const params: Record<string, ParamEntry> = {};
	for (const def of CATALOGUE) params[def.key] = defaultEntry(def.key, years);
	return {
		name: '规划原文 Plan as written 2022–2024',
		description:
			'规划原文的数字（§二、§三、§七）；规划未规定的为示例假设（见“模型说明”）。 The plan\u2019s own figures; the assumptions at their illustrative defaults.',
		start,
		years,
		params
	};
}
