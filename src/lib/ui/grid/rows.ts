/** The grid's rows: section headers between the catalogue's parameters, in catalogue order. */
import { CATALOGUE, SECTIONS, cellName, type ParamDef, type Section } from '../../model/catalogue';
import { paramOfName, parseName } from '../../model/cell-names';
import type { GridShape } from './paste-plan';

export type GridRow = { kind: 'section'; section: Section } | { kind: 'param'; def: ParamDef; index: number };

export const PARAM_ROWS: ParamDef[] = SECTIONS.flatMap((s) => CATALOGUE.filter((d) => d.section === s));

export const GRID_ROWS: GridRow[] = SECTIONS.flatMap((s) => [
	{ kind: 'section' as const, section: s },
	...CATALOGUE.filter((d) => d.section === s).map((def) => ({
		kind: 'param' as const,
		def,
		index: PARAM_ROWS.indexOf(def)
	}))
]);

/** The name of the cell at (row, col), or null where a scalar row has no cell. */
export function nameAt(row: number, col: number): string | null {
	const def = PARAM_ROWS[row];
	if (!def) return null;
	if (def.shape === 'scalar') return col === 0 ? def.key : null;
	return cellName(def, col);
}

export function positionOf(name: string): { row: number; col: number } | null {
	const ref = parseName(name);
	const row = ref ? PARAM_ROWS.findIndex((d) => d.key === ref.key) : -1;
	return ref && row >= 0 ? { row, col: ref.y } : null;
}

/** The grid's shape for the paste planner: the rows above, `years` columns, blanks where the catalogue allows. */
export function gridShape(years: number): GridShape {
	return {
		rows: PARAM_ROWS.length,
		cols: years,
		nameAt: (r, c) => (c < years ? nameAt(r, c) : null),
		blankAllowed: (n) => !!paramOfName(n)?.blank
	};
}
