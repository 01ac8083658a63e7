/**
 * Where each parameter cell lives in the HyperFormula workbook: one sheet, one row per catalogue entry (in
 * catalogue order), one column per plan year (a scalar in the first). Every cell is also a named expression —
 * `<key>` or `<key>_y<N>` — so formulas speak the planner's names, never addresses. Names are ASCII: HyperFormula
 * has no CJK names (TOOLCHAIN.md); Chinese stays in labels.
 */
import { CATALOGUE, cellName, type ParamDef } from '../model/catalogue';

export const SHEET = 'Params';

export interface CellRef {
	key: string;
	/** 0-based plan year; 0 for a scalar. */
	y: number;
}

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

/** `basic_fee_y2` → { key: 'basic_fee', y: 1 }; `basic_area` → { key: 'basic_area', y: 0 }; unknown → null. */
export function parseName(name: string, years: number): CellRef | null {
	const lower = name.trim().toLowerCase();
	const m = /^(.+)_y(\d+)$/.exec(lower);
	if (m) {
		const def = CATALOGUE.find((d) => d.key === m[1]);
		const y = Number(m[2]) - 1;
		if (def && def.shape === 'yearly' && y >= 0 && y < years) return { key: def.key, y };
	}
	const def = CATALOGUE.find((d) => d.key === lower);
	return def && def.shape === 'scalar' ? { key: def.key, y: 0 } : null;
}
