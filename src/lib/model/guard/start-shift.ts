/**
 * A register's start state against the scenario's (docs/model.md § Guard rails): when it
 * changes the number of compounds or the area by more than REGISTER_SHARE, applying it first shows old → new and
 * the outlay's change and asks — a 10-row test file must not silently replace the plan's 316 compounds.
 */
import { CATALOGUE, TIERS, cellName } from '../catalogue';
import type { ParamValues } from '../inputs';

/** A quarter: a register that corrects the plan's figures moves them by a few percent, a wrong file by most. */
export const REGISTER_SHARE = 0.25;

export interface Totals {
	compounds: number;
	area: number;
}

export interface StartShift {
	before: Totals;
	after: Totals;
	/** The larger relative change of the two (|new − old| / old; 1 when old is 0 and new is not). */
	share: number;
}

const sum = (get: (key: string) => number, stem: string) => TIERS.reduce((s, t) => s + get(`${t}_${stem}`), 0);
const rel = (a: number, b: number) => (a === 0 ? (b === 0 ? 0 : 1) : Math.abs(b - a) / a);

/** `before` reads the scenario's values (0 for a blank or an error); `after` is the register's start state. */
export function startShift(before: (key: string) => number, after: Record<string, number>): StartShift {
	const b = { compounds: sum(before, 'compounds'), area: sum(before, 'area') };
	const a = {
		compounds: sum((k) => after[k] ?? before(k), 'compounds'),
		area: sum((k) => after[k] ?? before(k), 'area')
	};
	return { before: b, after: a, share: Math.max(rel(b.compounds, a.compounds), rel(b.area, a.area)) };
}

export const asksFirst = (s: StartShift, share = REGISTER_SHARE) => s.share > share;

/**
 * The scenario's evaluated cells (by cell name) as the model's parameter values, with `over` (by key, scalars)
 * in place: what the outlay would be after applying. Null when a cell has no value (an error or a blank the
 * model needs), since no outlay can be given then.
 */
export function valuesWith(
	cells: Record<string, number | null>,
	years: number,
	over: Record<string, number>
): ParamValues | null {
	const out: ParamValues = {};
	for (const def of CATALOGUE) {
		if (def.shape === 'scalar') {
			const x = over[def.key] ?? cells[cellName(def, 0)];
			if (x == null) return null;
			out[def.key] = x;
		} else out[def.key] = Array.from({ length: years }, (_, y) => cells[cellName(def, y)] ?? null);
	}
	return out;
}
