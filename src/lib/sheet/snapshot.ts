/**
 * A scenario's evaluation as the page shows it: every cell's value by name, the cells in error, the ranges that
 * block the Monte Carlo, and the projection (null while a cell is invalid). The sheet worker builds it from
 * HyperFormula's evaluation; the page at open builds it for a scenario without formulas (evaluate-plain.ts),
 * before the engine has loaded. No HyperFormula here.
 */
import { PARAM } from '../model/catalogue';
import type { Projection } from '../model/projection';
import { runProjection } from '../model/run';
import type { ScenarioDoc } from '../model/scenario';
import { rangeProblems } from '../io/uncertainty-check';
import type { Evaluation } from './evaluation';
import { evaluatePlain, hasFormula } from './evaluate-plain';
import type { CellIssue } from './issues';
import { allCells } from './layout';

export interface Snapshot {
	/** Every cell's evaluated value by name (null: blank or in error). */
	values: Record<string, number | null>;
	issues: CellIssue[];
	/** Problems with ranges (uncertainty): they block the Monte Carlo, not the deterministic projection. */
	rangeIssues: { key: string; en: string; zh: string }[];
	/** Null while any cell is invalid. */
	projection: Projection | null;
}

export function snapshotOf(doc: ScenarioDoc, { values, issues }: Evaluation): Snapshot {
	const years = doc.years;
	const rangeIssues: Snapshot['rangeIssues'] = [];
	for (const [key, entry] of Object.entries(doc.params)) {
		if (!entry.uncertainty) continue;
		const def = PARAM.get(key)!;
		const vals = def.shape === 'scalar' ? [values[key] as number] : (values[key] as (number | null)[]);
		if (vals.some((v) => v === null)) continue;
		for (const m of rangeProblems(
			def,
			entry.uncertainty,
			vals,
			years,
			entry.cells.map((c) => typeof c === 'string')
		))
			rangeIssues.push({ key, ...m });
	}
	const byName: Record<string, number | null> = {};
	for (const { def, y, name } of allCells(years)) {
		const v = values[def.key];
		byName[name] = Array.isArray(v) ? v[y] : v;
	}
	const projection = issues.length ? null : runProjection(values, years, doc.start);
	return { values: byName, issues, rangeIssues, projection };
}

/** The snapshot of a scenario without formulas, computed here; null when it has formulas (the engine's work). */
export const plainSnapshot = (doc: ScenarioDoc): Snapshot | null =>
	hasFormula(doc) ? null : snapshotOf(doc, evaluatePlain(doc));
