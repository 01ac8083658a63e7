/**
 * Cells → compounds, or every problem with its file row and column. Nothing is imported while any problem
 * remains: the planner fixes the file or excludes the rows on purpose.
 */
import { knownHeaders, mapHeaders } from './headers';
import { capProblems, problem, say } from './messages';
import { rowReader } from './row';
import type { AreaUnit, Compound, ImportOptions, Problem, RawTable } from './types';
import { foldValue } from './values';
import { isTotalsRow } from './totals-row';

type Ok = {
	ok: true;
	register: Compound[];
	areaUnitDetected: AreaUnit;
	headerRow: number;
	excluded: number[];
	/** Totals rows (合计/总计) recognised and skipped. */
	totals: number[];
};
export type Validated = Ok | { ok: false; problems: Problem[] };

export function validate(table: RawTable, opts: ImportOptions = {}): Validated {
	const rows = table.rows.filter((r) => r.cells.some((c) => c !== ''));
	if (rows.length === 0) {
		return { ok: false, problems: [{ row: 0, column: '', message: { en: 'The file is empty.', zh: '文件为空。' } }] };
	}
	// A title row ("东河区小区台账") often sits above the header: take the first of the top rows that reads
	// as a header, else the first row (whose header problems then explain what is missing).
	const at = Math.max(
		0,
		rows.slice(0, 10).findIndex((r) => knownHeaders(r.cells) >= 3)
	);
	const header = rows[at];
	const map = mapHeaders(header.cells, header.row, opts.ignoreUnknownColumns);
	const problems = [...map.problems];
	const unit = map.areaUnit ?? 'wan_m2';
	const read = rowReader(header.cells, map.columns, unit, problems);
	const exclude = new Set(opts.exclude ?? []);
	const excluded: number[] = [];
	const totals: number[] = [];
	const register: Compound[] = [];
	const nameCol = map.columns.name;
	// Names are checked on every row, valid or not, so a duplicate is reported even beside other problems.
	const firstRow = new Map<string, number>();
	const repeats = new Map<string, { name: string; rows: number[] }>();
	for (let i = at + 1; i < rows.length; i++) {
		const { row, cells } = rows[i];
		if (exclude.has(row)) {
			excluded.push(row);
			continue;
		}
		if (isTotalsRow(cells)) {
			totals.push(row);
			continue;
		}
		const c = read(row, cells);
		if (c) register.push(c);
		const name = nameCol === undefined ? '' : cells[nameCol];
		if (!name) continue;
		const key = foldValue(name);
		const first = firstRow.get(key);
		if (first === undefined) firstRow.set(key, row);
		else (repeats.get(key) ?? repeats.set(key, { name, rows: [first] }).get(key)!).rows.push(row);
	}
	for (const { name, rows: at } of repeats.values()) {
		for (const row of at) problems.push(problem(row, header.cells[nameCol!], say.duplicate(name, at)));
	}
	if (problems.length === 0 && register.length === 0) {
		// Applied to a scenario, an empty register would zero the whole start state.
		const row = header.row;
		const message = {
			en: `Row ${row} is the header and no compound follows it.`,
			zh: `第 ${row} 行为表头，其后没有任何小区。`
		};
		problems.push({ row, column: '', message });
	}
	if (problems.length > 0) {
		problems.sort((a, b) => a.row - b.row);
		return { ok: false, problems: capProblems(problems, opts.maxProblems ?? 1000) };
	}
	return { ok: true, register, areaUnitDetected: unit, headerRow: header.row, excluded, totals };
}
