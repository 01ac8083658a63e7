/**
 * Reads every parameter cell of an engine: its value (a number, or null where a blank is allowed) or what is
 * wrong with it. Formula errors are values here, as in HyperFormula; nothing throws.
 */
import { CellError, DetailedCellError, type HyperFormula } from 'hyperformula';
import { PARAM, type ParamDef } from '../model/catalogue';
import type { ParamValues } from '../model/inputs';
import { allCells, ROW } from './layout';
import { ERROR_SHOWN, type CellIssue, type IssueCode } from './issues';
import { checkNumber, issue, type Evaluation } from './evaluation';
import { unknownNames } from './names';
import { formulaProblem } from './formula-check';

const HF_CODES: Record<string, IssueCode> = {
	DIV_BY_ZERO: 'DIV_BY_ZERO',
	NAME: 'NAME',
	CYCLE: 'CYCLE',
	REF: 'REF',
	VALUE: 'VALUE',
	NUM: 'NUM',
	NA: 'NA'
};

export function evaluateCell(
	hf: HyperFormula,
	sheet: number,
	def: ParamDef,
	y: number,
	name: string,
	years: number
): { value: number | null; issue: CellIssue | null } {
	const address = { sheet, row: ROW.get(def.key) as number, col: y };
	const formula = hf.getCellFormula(address);
	const serial = formula ? undefined : hf.getCellSerialized(address);
	// A plain number is used as typed: HyperFormula's 14-digit rounding turns numbers below ~1e-290 into NaN.
	// Refused before the engine's value is looked at: `=SUM(A1:C60)` would otherwise show as #CYCLE!. The reader
	// and the keyboard refuse these already; this is for formulas saved before they did (IndexedDB, History).
	const refused = formula ? formulaProblem(formula) : null;
	if (refused)
		return {
			value: null,
			issue:
				refused.kind === 'address'
					? issue(def, y, name, 'ADDRESS', '#ERROR!', { name: refused.text })
					: issue(def, y, name, 'VOLATILE', '#ERROR!', { name: refused.name })
		};
	const v = typeof serial === 'number' ? serial : hf.getCellValue(address);
	if (
		typeof v === 'object' &&
		v !== null &&
		(v as unknown) instanceof Object &&
		(v instanceof DetailedCellError || (v as unknown) instanceof CellError)
	) {
		const code = HF_CODES[v.type] ?? 'ERROR';
		const unknown = code === 'NAME' && formula ? unknownNames(formula, years)[0] : undefined;
		return { value: null, issue: issue(def, y, name, code, ERROR_SHOWN[code] ?? '#ERROR!', { name: unknown }) };
	}
	if (typeof v === 'string') return { value: null, issue: issue(def, y, name, 'TEXT', v, { value: v }) };
	if (typeof v === 'boolean') return { value: null, issue: issue(def, y, name, 'BOOLEAN', v ? 'TRUE' : 'FALSE') };
	if (v === null || v === undefined) {
		// A formula that yields an empty reference is a number (0) in HyperFormula; a truly empty cell is blank.
		return def.blank ? { value: null, issue: null } : { value: null, issue: issue(def, y, name, 'BLANK', '') };
	}
	if (formula && hf.getCellPrecedents(address).some((p) => 'sheet' in p && p.sheet !== -1)) {
		return { value: v as number, issue: issue(def, y, name, 'ADDRESS', String(v)) };
	}
	const bad = checkNumber(def, y, name, v as number);
	return { value: bad ? null : (v as number), issue: bad };
}

export function evaluateAll(hf: HyperFormula, sheet: number, years: number): Evaluation {
	const values: ParamValues = {};
	const issues: CellIssue[] = [];
	for (const { def, y, name } of allCells(years)) {
		const { value, issue } = evaluateCell(hf, sheet, def, y, name, years);
		if (issue) issues.push(issue);
		if (def.shape === 'scalar') values[def.key] = value as number;
		else ((values[def.key] ??= []) as (number | null)[])[y] = value;
	}
	return { values, issues };
}

export { PARAM, checkNumber, type Evaluation };
