/**
 * The Scenario sheet: what a workbook needs beyond the grid to reopen as the same scenario — the file envelope
 * (format, version, name, description, start, years) and each parameter's note and uncertainty (as JSON). It is
 * visible on purpose: notes are worth reading, and a colleague may edit them. Labels and stock notes are in the
 * export's language (sheet-words.ts); the values are the scenario's.
 */
import { CATALOGUE } from '../../model/catalogue';
import { FORMAT, VERSION, type ScenarioDoc } from '../../model/scenario';
import type { Lineage } from '../read-lineage';
import type { Workbook } from './exceljs';
import { SHEETS, type Lang } from './layout';
import { FIELDS, label, noteOut, PARAM_HEAD } from './sheet-words';
import { neutralise } from './text-cell';

export function writeScenarioSheet(wb: Workbook, doc: ScenarioDoc, lang: Lang, lineage?: Lineage): void {
	const ws = wb.addWorksheet(SHEETS.scenario[lang]);
	const envelope: Record<(typeof FIELDS)[number], string | number> = {
		format: FORMAT,
		version: VERSION,
		name: doc.name,
		description: doc.description,
		start: doc.start,
		years: doc.years
	};
	ws.addRow([label(lang, 'field'), label(lang, 'value')]).font = { bold: true };
	// Strings stay strings: "2022-01" must not become a date, and user text is neutralised.
	for (const f of FIELDS)
		ws.addRow([label(lang, f), typeof envelope[f] === 'string' ? neutralise(envelope[f] as string) : envelope[f]]);
	// Only when set, as in the JSON file: an old scenario's workbook is unchanged.
	if (doc.correlations?.length) ws.addRow([label(lang, 'correlations'), JSON.stringify(doc.correlations)]);
	if (doc.actuals && Object.keys(doc.actuals).length) ws.addRow([label(lang, 'actuals'), JSON.stringify(doc.actuals)]);
	// Where the copy came from, as in a JSON export: a colleague's edited workbook can be merged back.
	if (lineage) ws.addRow([label(lang, 'lineage'), JSON.stringify({ id: lineage.id, rev: lineage.rev })]);
	ws.addRow([]);
	ws.addRow(PARAM_HEAD.map((h) => label(lang, h))).font = { bold: true };
	for (const def of CATALOGUE) {
		const p = doc.params[def.key];
		if (!p || (p.note === undefined && p.uncertainty === undefined)) continue;
		ws.addRow([
			def.key,
			p.note === undefined ? null : neutralise(noteOut(lang, p.note)),
			p.uncertainty === undefined ? null : JSON.stringify(p.uncertainty)
		]);
	}
	ws.getColumn(1).width = 26;
	ws.getColumn(2).width = 80;
	ws.getColumn(3).width = 50;
}
