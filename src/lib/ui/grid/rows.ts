/** The grid's rows: section headers between the catalogue's parameters, in catalogue order. */
import { CATALOGUE, PARAM, SECTIONS, cellName, type ParamDef, type Section } from '../../model/catalogue';
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
	const m = /^(.+)_y(\d+)$/.exec(name);
	for (const [i, def] of PARAM_ROWS.entries()) {
		if (def.shape === 'scalar' && def.key === name) return { row: i, col: 0 };
		if (m && def.shape === 'yearly' && def.key === m[1]) return { row: i, col: Number(m[2]) - 1 };
	}
	return null;
}

/** The grid's shape for the paste planner: the rows above, `years` columns, blanks where the catalogue allows. */
export function gridShape(years: number): GridShape {
	return {
		rows: PARAM_ROWS.length,
		cols: years,
		nameAt: (r, c) => (c < years ? nameAt(r, c) : null),
		blankAllowed: (n) => !!(PARAM.get(n) ?? PARAM.get(n.replace(/_y\d+$/, '')))?.blank
	};
}
