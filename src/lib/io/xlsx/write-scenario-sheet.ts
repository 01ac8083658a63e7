/**
 * The Scenario sheet: what a workbook needs beyond the grid to reopen as the same scenario — the file envelope
 * (format, version, name, description, start, years) and each parameter's note and uncertainty (as JSON). It is
 * visible on purpose: notes are worth reading, and a colleague may edit them.
 */
import { CATALOGUE } from '../../model/catalogue';
import { FORMAT, VERSION, type ScenarioDoc } from '../../model/scenario';
import type { Workbook } from './exceljs';
import { SCENARIO } from './layout';
import { neutralise } from './text-cell';

export const FIELDS = ['format', 'version', 'name', 'description', 'start', 'years'] as const;
/** The row holding the scenario's correlations as JSON, `[{"a":…,"b":…,"rho":…}]`. */
export const CORRELATIONS = 'correlations';
/** The row holding the scenario's actuals as JSON, `{"outlay":[1702.5,null,…],…}` (as in the JSON file). */
export const ACTUALS = 'actuals';
/** The header row above the per-parameter rows; the reader finds it by this text. */
export const PARAM_HEAD = ['parameter', 'note', 'uncertainty'] as const;

export function writeScenarioSheet(wb: Workbook, doc: ScenarioDoc): void {
	const ws = wb.addWorksheet(SCENARIO);
	const envelope: Record<(typeof FIELDS)[number], string | number> = {
		format: FORMAT,
		version: VERSION,
		name: doc.name,
		description: doc.description,
		start: doc.start,
		years: doc.years
	};
	ws.addRow(['field', 'value']).font = { bold: true };
	// Strings stay strings: "2022-01" must not become a date, and user text is neutralised.
	for (const f of FIELDS)
		ws.addRow([f, typeof envelope[f] === 'string' ? neutralise(envelope[f] as string) : envelope[f]]);
	// Only when set, as in the JSON file: an old scenario's workbook is unchanged.
	if (doc.correlations?.length) ws.addRow([CORRELATIONS, JSON.stringify(doc.correlations)]);
	if (doc.actuals && Object.keys(doc.actuals).length) ws.addRow([ACTUALS, JSON.stringify(doc.actuals)]);
	ws.addRow([]);
	ws.addRow([...PARAM_HEAD]).font = { bold: true };
	for (const def of CATALOGUE) {
		const p = doc.params[def.key];
		if (!p || (p.note === undefined && p.uncertainty === undefined)) continue;
		ws.addRow([
			def.key,
			p.note === undefined ? null : neutralise(p.note),
			p.uncertainty === undefined ? null : JSON.stringify(p.uncertainty)
		]);
	}
	ws.getColumn(1).width = 26;
	ws.getColumn(2).width = 80;
	ws.getColumn(3).width = 50;
}
