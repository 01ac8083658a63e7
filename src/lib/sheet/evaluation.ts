/**
 * What an evaluation of a scenario's cells gives, and the catalogue's check of a number: no HyperFormula here, so
 * a scenario without formulas is evaluated (evaluate-plain.ts) where the engine is not loaded (the page at open).
 */
import type { ParamDef } from '../model/catalogue';
import type { ParamValues } from '../model/inputs';
import { explain, type CellIssue, type IssueCode } from './issues';
import { formatRange } from './range';

export interface Evaluation {
	/** Every cell's value (null where blank or in error), keyed like ParamValues. */
	values: ParamValues;
	issues: CellIssue[];
}

export function issue(
	def: ParamDef,
	y: number,
	name: string,
	code: IssueCode,
	shown: string,
	detail: Parameters<typeof explain>[1] = {}
): CellIssue {
	return { key: def.key, y, name, code, shown, ...explain(code, detail) };
}

/** Checks a number against the catalogue: whole numbers where required, then the valid range. */
export function checkNumber(def: ParamDef, y: number, name: string, v: number): CellIssue | null {
	if (!Number.isFinite(v)) return issue(def, y, name, 'NUM', '#NUM!');
	if (def.integer && !Number.isInteger(v)) return issue(def, y, name, 'INTEGER', String(v), { value: String(v) });
	if (v < def.min || v > def.max)
		return issue(def, y, name, 'RANGE', String(v), { value: String(v), range: formatRange(def) });
	return null;
}
