/**
 * Register → the scenario's start state (§二): compounds and area per tier, committees and compounds at
 * standard. The lead applies the diff as one undoable step; here it is only computed.
 */
import { PARAM, TIERS } from '../model/catalogue';
import type { Cell, ScenarioDoc } from '../model/scenario';
import type { Compound } from './types';

export interface CellChange {
	key: string;
	old: Cell;
	new: number;
}

/** Catalogue keys the register sets, in catalogue order. */
export const START_KEYS: readonly string[] = [
	...TIERS.map((t) => `${t}_compounds`),
	...TIERS.map((t) => `${t}_area`),
	'committees_start',
	'standard_start'
];

export function startState(register: readonly Compound[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const t of TIERS) out[`${t}_compounds`] = out[`${t}_area`] = 0;
	let committees = 0;
	let standard = 0;
	for (const c of register) {
		out[`${c.tier}_compounds`]++;
		out[`${c.tier}_area`] += c.area;
		if (c.committee) committees++;
		if (c.standard) standard++;
	}
	// Registers record area to 0.01 m² at most (1e-6 万 m²): rounding there removes the float noise of
	// summing hundreds of figures, so a register matching the scenario shows no change at all.
	for (const t of TIERS) out[`${t}_area`] = Math.round(out[`${t}_area`] * 1e6) / 1e6;
	out.committees_start = committees;
	out.standard_start = standard;
	return out;
}

/** Only the cells that would change; a formula or a blank is always a change, a number only if it differs. */
export function diffStart(doc: ScenarioDoc, register: readonly Compound[]): CellChange[] {
	const next = startState(register);
	const changes: CellChange[] = [];
	for (const key of START_KEYS) {
		if (!PARAM.has(key)) throw new Error(`diffStart: "${key}" is not in the catalogue`);
		const old = doc.params[key]?.cells[0] ?? null;
		if (old !== next[key]) changes.push({ key, old, new: next[key] });
	}
	return changes;
}
