/**
 * Cell names, the one vocabulary formulas, the grid, files and the Monte Carlo share: `<key>` for a scalar,
 * `<key>_y<N>` (N from 1) for a plan year. ASCII only, since HyperFormula's names cannot hold CJK letters.
 * Every place that reads a name or finds the names in a formula calls these (sheet/ re-exports them).
 */
import { PARAM, type ParamDef } from './catalogue';

export interface CellRef {
	key: string;
	/** 0-based plan year; 0 for a scalar. */
	y: number;
}

const YEAR_CELL = /^(.+)_y(\d+)$/;

/**
 * `basic_fee_y2` → { key: 'basic_fee', y: 1 }; `basic_area` → { key: 'basic_area', y: 0 }; a name that is no
 * cell of a horizon of `years` (left out: any horizon) → null. Case and surrounding spaces are ignored.
 */
export function parseName(name: string, years = Infinity): CellRef | null {
	const lower = name.trim().toLowerCase();
	const m = YEAR_CELL.exec(lower);
	if (m) {
		const def = PARAM.get(m[1]);
		const y = Number(m[2]) - 1;
		if (def && def.shape === 'yearly' && y >= 0 && y < years) return { key: def.key, y };
	}
	const def = PARAM.get(lower);
	return def && def.shape === 'scalar' ? { key: def.key, y: 0 } : null;
}

/** The parameter a cell name belongs to (`basic_fee_y2` → basic_fee), or undefined. */
export function paramOfName(name: string): ParamDef | undefined {
	const ref = parseName(name);
	return ref ? PARAM.get(ref.key) : undefined;
}

// A string literal (skipped) or a name, with the "(" that makes it a function call.
const IDENT = /"(?:[^"]|"")*"|([A-Za-z_][A-Za-z0-9_.]*)(\s*\()?/g;

/** The names a formula refers to, as written, outside string literals and not followed by "(" (functions). */
export function referencedNames(formula: string): string[] {
	const out: string[] = [];
	for (const m of formula.matchAll(IDENT)) if (m[1] && !m[2]) out.push(m[1]);
	return out;
}
