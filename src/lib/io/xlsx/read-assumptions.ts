/**
 * Reads the parameter cells of the Assumptions sheet into the `parameters` of a v1 object. A cell is found by
 * its defined name (what formulas use, and what survives a colleague inserting rows or columns), else by the
 * key in column A and the year's column. What a scenario file cannot hold — a boolean, a date, an error value,
 * text that only looks like a formula — is reported here with its cell; everything else goes to the scenario
 * reader, which judges it with the same messages as a JSON file.
 */
import { CATALOGUE, cellName, defaultCell, PARAM, type ParamDef } from '../../model/catalogue';
import type { Cell } from '../../model/scenario';
import { said, saidEach, type ReadError } from '../read-error';
import { describePlain, plain } from './cell-value';
import type { Place } from './defined-names';
import type { Worksheet } from './exceljs';
import { address, COL, HEAD } from './layout';
import { commentNote, commentText } from './cell-comment';

export interface AssumptionCells {
	/** Null-prototype: keys come from the file, and `__proto__` must stay a plain (unknown) key. */
	parameters: Record<string, unknown>;
	where: Map<string, string>;
	errors: ReadError[];
	/** The comments on parameter cells, as raw notes by cell name (the scenario reader judges them). */
	notes: Record<string, unknown>;
}

/** `ws.name` (假设 or Assumptions) is what the messages' cells say. */
export function readAssumptions(
	ws: Worksheet,
	names: Map<string, Place>,
	years: number,
	/** When the workbook was saved: the date of a comment written in a spreadsheet, which has none of its own. */
	savedAt: string
): AssumptionCells {
	const sheet = ws.name;
	const out: AssumptionCells = { parameters: Object.create(null), where: new Map(), errors: [], notes: {} };
	const rows = keyRows(ws, sheet, out.errors);
	for (const [key, row] of rows) {
		out.where.set(`parameters.${key}`, address(sheet, row, COL.key));
		if (!PARAM.has(key)) out.parameters[key] = {}; // the reader names it: unknown parameter, did you mean …
	}
	for (const def of CATALOGUE) {
		const n = def.shape === 'scalar' ? 1 : years;
		const places = Array.from(
			{ length: n },
			(_, y) =>
				names.get(cellName(def, y)) ??
				(rows.has(def.key) ? { row: rows.get(def.key)!, col: COL.firstYear + y } : undefined)
		);
		if (places.every((p) => p === undefined)) continue; // not in the workbook: the reader fills it from the plan
		const cells = places.map((p, y) => {
			const path = def.shape === 'scalar' ? `parameters.${def.key}.value` : `parameters.${def.key}.values[${y}]`;
			if (!p) {
				out.errors.push({
					path: sheet,
					param: def.key,
					year: y + 1,
					...said('reader.noCell', { name: cellName(def, y) })
				});
				return defaultCell(def, y);
			}
			const at = address(sheet, p.row, p.col);
			out.where.set(path, at);
			const comment = commentText(ws.getCell(p.row, p.col).note);
			if (comment !== null) {
				out.notes[cellName(def, y)] = commentNote(comment, savedAt);
				out.where.set(`notes.${cellName(def, y)}`, at);
			}
			const r = toCell(def, ws.getCell(p.row, p.col));
			if ('cell' in r) return r.cell;
			out.errors.push({
				path: def.shape === 'scalar' ? `${at} (${def.key})` : at,
				param: def.key,
				year: def.shape === 'scalar' ? undefined : y + 1,
				...r.problem
			});
			return defaultCell(def, y); // reported once; the plan value keeps its dependants' checks meaningful
		});
		out.parameters[def.key] = def.shape === 'scalar' ? { value: cells[0] } : { values: cells };
	}
	return out;
}

function keyRows(ws: Worksheet, sheet: string, errors: ReadError[]): Map<string, number> {
	const rows = new Map<string, number>();
	// Keys start below the header row ("key" / "参数"), wherever a colleague's title rows have moved it.
	let head = 0;
	ws.eachRow((row, r) => {
		const p = plain(row.getCell(COL.key));
		if (p.kind !== 'text' || !p.value.trim()) return;
		const key = p.value.trim();
		if (!head && (key === HEAD.key.en || key === HEAD.key.zh)) return void (head = r);
		if (!head) return;
		if (rows.has(key))
			errors.push({
				path: address(sheet, r, COL.key),
				param: key,
				...said('reader.twice', { key, a: rows.get(key)!, b: r })
			});
		else rows.set(key, r);
	});
	return rows;
}

function toCell(
	def: ParamDef,
	c: Parameters<typeof plain>[0]
): { cell: Cell } | { problem: { message: string; zh: string } } {
	const p = plain(c);
	switch (p.kind) {
		case 'blank':
			return { cell: null };
		case 'number':
			return { cell: p.value };
		case 'formula':
			return { cell: p.formula };
		case 'text':
			// A spreadsheet shows text starting with "=" as text; the app would evaluate it. Ask which was meant.
			if (p.value.startsWith('=')) return { problem: said('reader.textFormula', { text: JSON.stringify(p.value) }) };
			return { cell: p.value };
		default:
			return {
				problem: saidEach(def.blank ? 'reader.cellGotBlank' : 'reader.cellGot', (L) => ({ got: describePlain(p, L) }))
			};
	}
}
