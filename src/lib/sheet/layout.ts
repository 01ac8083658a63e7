/**
 * Where each parameter cell lives in the HyperFormula workbook: one sheet, one row per catalogue entry (in
 * catalogue order), one column per plan year (a scalar in the first). Every cell is also a named expression —
 * `<key>` or `<key>_y<N>` — so formulas speak the planner's names, never addresses. Names are ASCII: HyperFormula
 * has no CJK names; Chinese stays in labels.
 */
import { CATALOGUE, cellName, type ParamDef } from '../model/catalogue';

// The names themselves are the model's (model/cell-names.ts): the Monte Carlo reads them without the sheet.
export { parseName, type CellRef } from '../model/cell-names';

export const SHEET = 'Params';

export const ROW: ReadonlyMap<string, number> = new Map(CATALOGUE.map((d, i) => [d.key, i]));

/** Spreadsheet column letters (0 → A). */
export function colLetter(c: number): string {
	let s = '';
	for (c += 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
	return s;
}

/** Every cell of a horizon of `years`, with its name, in catalogue order. */
export function allCells(years: number): { def: ParamDef; y: number; name: string }[] {
	const out: { def: ParamDef; y: number; name: string }[] = [];
	for (const def of CATALOGUE) {
		const n = def.shape === 'scalar' ? 1 : years;
		for (let y = 0; y < n; y++) out.push({ def, y, name: cellName(def, y) });
	}
	return out;
}

export function namedExpressions(years: number): { name: string; expression: string }[] {
	return allCells(years).map(({ def, y, name }) => ({
		name,
		expression: `=${SHEET}!$${colLetter(y)}$${(ROW.get(def.key) as number) + 1}`
	}));
}
