/**
 * Where a computed figure comes from. A figure rests on the plan only when every parameter it uses is a plan
 * figure at the plan's value; one illustrative default or one changed plan value makes it an assumption.
 */
import { PARAM, defaultCell } from '../model/catalogue';
import type { ParamValues } from '../model/inputs';

export interface Citation {
	/** The clauses behind the inputs, in the order given, without repeats. */
	clauses: string[];
	/** True when any input is an assumption: its origin is illustrative, or the scenario changed a plan value. */
	assumption: boolean;
	/** Plan parameters whose value this scenario changed. */
	changed: string[];
}

/** A value equals the plan's when it matches the catalogue default (within float noise from formulas). */
export function atPlanValue(values: ParamValues, key: string): boolean {
	const def = PARAM.get(key);
	if (!def) throw new Error(`Unknown parameter "${key}" (see src/lib/model/catalogue.ts)`);
	const v = values[key];
	const list = Array.isArray(v) ? v : [v];
	return list.every((x, y) => {
		const d = defaultCell(def, y);
		return x === d || (x !== null && d !== null && Math.abs(x - d) <= 1e-12 * Math.max(1, Math.abs(d)));
	});
}

export function cite(values: ParamValues, keys: readonly string[]): Citation {
	const clauses: string[] = [];
	const changed: string[] = [];
	let assumption = false;
	for (const key of keys) {
		const def = PARAM.get(key)!;
		const plan = def.origin === 'plan' && def.source !== 'assumption';
		if (plan && !atPlanValue(values, key)) changed.push(key);
		if (!plan || changed.includes(key)) assumption = true;
		else for (const c of def.source.split('/')) if (!clauses.includes(c)) clauses.push(c);
	}
	return { clauses, assumption, changed };
}

/** "§二 · §七", or "assumption" — what every figure of the plan check shows beside it. */
export const citationText = (c: Citation): string => (c.assumption ? 'assumption' : c.clauses.join(' · '));
