/**
 * What reachability moves. The levers are the plan's own instruments (subsidies, waiver compensation, the pace
 * of upgrades and cover, committees and standard compounds planned); the assumptions are the catalogue's
 * illustrative figures that are not levers — the ones that may cap what money can reach.
 */
import { CATALOGUE, PARAM, cellName, type ParamDef } from '../catalogue';

export const LEVERS: readonly string[] = [
	'market_subsidy',
	'quasi_subsidy',
	'basic_subsidy',
	'self_subsidy',
	'waiver_covered',
	'upgrade_basic_to_quasi',
	'cover_self',
	'committees_new',
	'standard_new'
];

export const ASSUMPTIONS: readonly string[] = CATALOGUE.filter(
	(d) => d.source === 'assumption' && !LEVERS.includes(d.key)
).map((d) => d.key);

/** One cell a change may be made in: the parameter, its plan year (0-based; null for a scalar) and its name. */
export interface Cell {
	def: ParamDef;
	year: number | null;
	name: string;
}

/** The cells of a parameter that can move a result of plan year y (1-based): a scalar, or years 1..y. */
export function cellsUpTo(key: string, y: number): Cell[] {
	const def = PARAM.get(key) as ParamDef;
	if (def.shape === 'scalar') return [{ def, year: null, name: cellName(def, 0) }];
	return Array.from({ length: y }, (_, k) => ({ def, year: k, name: cellName(def, k) }));
}
