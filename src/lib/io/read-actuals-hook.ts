/** The scenario reader's hook for `"actuals"`: checked against the evaluated start state, attached to the doc. */
import { TIERS } from '../model/param-def';
import type { ParamValues } from '../model/inputs';
import type { ScenarioDoc } from '../model/scenario';
import type { ReadError } from './read-error';
import { readActuals } from './read-actuals';

export function attachActuals(doc: ScenarioDoc, raw: unknown, values: ParamValues): ReadError[] {
	const compounds = TIERS.reduce((s, t) => s + ((values[`${t}_compounds`] as number) ?? 0), 0);
	const r = readActuals(raw, { years: doc.years, start: doc.start, compounds });
	if (r.ok) {
		doc.actuals = r.actuals;
		return [];
	}
	return r.problems.map((p) => ({
		path: p.path,
		param: p.field,
		year: p.year,
		message: p.message.en,
		zh: p.message.zh
	}));
}
