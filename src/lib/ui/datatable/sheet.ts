/**
 * A data table as rows of cells, in the user's language: what the CSV and the XLSX both write. The corner
 * names the output and both inputs with their units; input values and outputs are numbers in the units the
 * headers name (a share as 85, "%"); a 0/1 output without runs is 1 (met) or 0 (missed).
 */
import { t, type Lang } from '../../i18n';
import { safeFileName, safeStem } from '../../io/file-name';
import { sectionTitle } from './cite';
import { cellLabel, cellUnit, defOf, withUnit } from './labels';
import { exportNumber, outputLabel, outputSection, outputUnit } from './outputs';
import { ownIndex } from './own-point';
import type { Shown } from './screen.svelte';

export type SheetCell = string | number | null;
export interface TableSheet {
	/** Lines above the table in a workbook: title, scenario, how computed, sources. */
	notes: string[];
	head: SheetCell[];
	body: SheetCell[][];
	/** The scenario's own point in body coordinates (row, column), or null when it is not on the grid. */
	own: { r: number; c: number } | null;
}

const inputNumber = (cell: string, x: number) =>
	Number((defOf(cell)?.def.unit === 'share' ? x * 100 : x).toPrecision(12));

export function inputHeading(L: Lang, cell: string, start: string): string {
	return withUnit(L, cellLabel(L, cell, start), cellUnit(L, cell));
}

export function outputHeading(L: Lang, s: Shown): string {
	const runs = s.table.runs;
	const unit = s.ref.unit === 'flag' && runs === 0 ? t(L, 'datatable.flagUnit') : outputUnit(L, s.ref, runs);
	const label = outputLabel(L, s.ref, s.start, s.years);
	return withUnit(
		L,
		runs > 0 && s.ref.unit === 'flag' ? t(L, 'datatable.probabilityOf', { what: label }) : label,
		unit
	);
}

/** How the table was computed, and where its inputs' values come from (assumptions; the plan's own value named). */
export function sourceWords(L: Lang, s: Shown): { how: string; inputs: string } {
	const runs = s.table.runs;
	const how = runs > 0 ? t(L, 'datatable.howRuns', { runs, seed: s.seed }) : t(L, 'datatable.howDeterministic');
	const inputs = s.sources
		.map(({ cell, clause }) =>
			clause
				? t(L, 'datatable.sourcePlan', { label: cellLabel(L, cell, s.start), clause })
				: t(L, 'datatable.sourceAssumed', { label: cellLabel(L, cell, s.start) })
		)
		.join(t(L, 'sepSemi'));
	return { how, inputs };
}

export function tableSheet(L: Lang, s: Shown): TableSheet {
	const { table, ref } = s;
	const runs = table.runs;
	const out = outputHeading(L, s);
	const rowHead = inputHeading(L, table.rows.key, s.start);
	const r0 = ownIndex(table.rows.values, table.scenario.row);
	const { how, inputs } = sourceWords(L, s);
	const notes = [
		out,
		t(L, 'datatable.scenarioLine', { name: s.scenario }),
		how,
		t(L, 'datatable.sourceLine', { section: sectionTitle(L, outputSection(ref)), inputs })
	];
	const value = (x: number) => exportNumber(ref, runs, x);
	if (!table.cols) {
		return {
			notes,
			head: [rowHead, out],
			body: table.rows.values.map((x, i) => [inputNumber(table.rows.key, x), value(table.values[i][0])]),
			own: r0 >= 0 ? { r: r0, c: 1 } : null
		};
	}
	const cols = table.cols;
	const c0 = ownIndex(cols.values, table.scenario.col);
	const corner = t(L, 'datatable.corner', { out, rows: rowHead, cols: inputHeading(L, cols.key, s.start) });
	return {
		notes,
		head: [corner, ...cols.values.map((y) => inputNumber(cols.key, y))],
		body: table.rows.values.map((x, i) => [inputNumber(table.rows.key, x), ...table.values[i].map(value)]),
		own: r0 >= 0 && c0 >= 0 ? { r: r0, c: c0 + 1 } : null
	};
}

/** A file name from the scenario's name, sanitised as every download's is (io/file-name.ts). */
export function fileName(L: Lang, s: Shown, ext: 'csv' | 'xlsx'): string {
	return safeFileName(`${safeStem(s.scenario)}-${t(L, 'datatable.fileStem')}-${s.ref.name}`, ext);
}
