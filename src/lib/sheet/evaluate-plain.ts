/**
 * Evaluation of a scenario without formulas: every cell is already its value, so HyperFormula (about 10 ms to
 * build a workbook) is skipped. Same checks and the same result shape as evaluateAll.
 */
import type { ScenarioDoc } from '../model/scenario';
import { checkNumber, type Evaluation } from './evaluation';
import { explain } from './issues';
import { allCells } from './layout';

export function hasFormula(doc: ScenarioDoc): boolean {
	return Object.values(doc.params).some((p) => p.cells.some((c) => typeof c === 'string'));
}

export function evaluatePlain(doc: ScenarioDoc): Evaluation {
	const values: Evaluation['values'] = {};
	const issues: Evaluation['issues'] = [];
	for (const { def, y, name } of allCells(doc.years)) {
		const cell = (doc.params[def.key]?.cells[y] ?? null) as number | null;
		let value: number | null = cell;
		if (cell === null) {
			if (!def.blank) issues.push({ key: def.key, y, name, code: 'BLANK', shown: '', ...explain('BLANK', {}) });
		} else {
			const bad = checkNumber(def, y, name, cell);
			if (bad) {
				issues.push(bad);
				value = null;
			}
		}
		if (def.shape === 'scalar') values[def.key] = value as number;
		else ((values[def.key] ??= []) as (number | null)[])[y] = value;
	}
	return { values, issues };
}
