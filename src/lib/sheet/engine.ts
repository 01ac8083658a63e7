/**
 * Builds the HyperFormula engine for a scenario. Every engine carries the GPLv3 key (since 3.5, edits and named
 * expressions throw without one) and `precisionRounding: 14` (the default 10 would show 123456789012.34 as
 * 123456789010). Undo is ours (session.ts), so HyperFormula keeps none: that also makes edits cheaper.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { CATALOGUE } from '../model/catalogue';
import type { Cell, ScenarioDoc } from '../model/scenario';
import { namedExpressions, SHEET } from './layout';
import { MAX_NESTING, nesting } from './nesting';

export const HF_CONFIG = {
	licenseKey: 'gpl-v3',
	precisionRounding: 14,
	undoLimit: 0,
	// Excel habits: `,` between arguments, `.` as the decimal point, whatever the UI language.
	functionArgSeparator: ',',
	decimalSeparator: '.' as const,
	thousandSeparator: '' as const
};

export function rawContent(cell: Cell): RawCellContent {
	// A formula HyperFormula's parser cannot survive (a stack overflow) becomes text: the cell shows an error.
	if (typeof cell === 'string' && nesting(cell) > MAX_NESTING) return `too deeply nested: ${cell.slice(0, 40)}…`;
	return cell === null ? null : cell;
}

/** Rows in catalogue order; missing cells are blank (the reader fills defaults before this). */
export function sheetData(doc: ScenarioDoc): RawCellContent[][] {
	return CATALOGUE.map((def) => {
		const cells = doc.params[def.key]?.cells ?? [];
		const n = def.shape === 'scalar' ? 1 : doc.years;
		return Array.from({ length: n }, (_, y) => rawContent(cells[y] ?? null));
	});
}

export function createEngine(doc: ScenarioDoc): { hf: HyperFormula; sheet: number } {
	const hf = HyperFormula.buildFromSheets({ [SHEET]: sheetData(doc) }, HF_CONFIG, namedExpressions(doc.years));
	return { hf, sheet: hf.getSheetId(SHEET) as number };
}
