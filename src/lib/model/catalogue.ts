/**
 * The parameter catalogue: every input of the model (docs/model.md § Parameters) with its labels, unit, shape, default, source and range.
 * It is the single list the file reader, the grid, the XLSX export and the Monte Carlo all walk.
 */
import type { ParamDef } from './param-def';
import { MONEY_PARAMS } from './parameters-money';
import { OUTCOME_PARAMS } from './parameters-outcomes';

export * from './param-def';

export const CATALOGUE: readonly ParamDef[] = [...MONEY_PARAMS, ...OUTCOME_PARAMS];

export const PARAM: ReadonlyMap<string, ParamDef> = new Map(CATALOGUE.map((p) => [p.key, p]));

/** The default of a parameter for plan year `y` (0-based), per the rule for horizons over three years (docs/model.md § Parameters). */
export function defaultCell(def: ParamDef, y: number): number | null {
	if (typeof def.default === 'number') return def.default;
	if (y < def.default.length) return def.default[y];
	return def.after3 === 'zero' ? 0 : def.default[def.default.length - 1];
}

/** HyperFormula / XLSX name of a cell: `<key>` for a scalar, `<key>_y<N>` (N from 1) for a plan year. */
export function cellName(def: ParamDef, y: number): string {
	return def.shape === 'scalar' ? def.key : `${def.key}_y${y + 1}`;
}
