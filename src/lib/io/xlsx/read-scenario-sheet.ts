/**
 * Reads the Scenario sheet back into the envelope (lineage included) and the per-parameter notes and
 * uncertainty of a v1 object.
 * Rows are found by their labels (in either language), not their positions, so a row a colleague inserted does
 * not shift anything.
 * Values are passed on as found: the scenario reader judges them, with its usual messages.
 */
import { saidEach, type ReadError } from '../read-error';
import { describePlain, plain, type Plain } from './cell-value';
import type { Worksheet } from './exceljs';
import { address } from './layout';
import { FIELDS, labelOf, noteIn, PARAM_HEAD } from './sheet-words';
import { restore } from './text-cell';

const CORRELATIONS = 'correlations';
const ACTUALS = 'actuals';
const LINEAGE = 'lineage';

export interface ScenarioSheet {
	envelope: Record<string, unknown>;
	extras: Map<string, { note?: string; uncertainty?: unknown; row: number }>;
	/** JSON path of the v1 object → the cell it came from. */
	where: Map<string, string>;
	errors: ReadError[];
}

/** `name`: the sheet's name in this workbook (情景 or Scenario), for the cells the messages point at. */
export function readScenarioSheet(ws: Worksheet, name: string): ScenarioSheet {
	const out: ScenarioSheet = { envelope: Object.create(null), extras: new Map(), where: new Map(), errors: [] };
	let inParams = false;
	ws.eachRow((cells, r) => {
		const label = plain(cells.getCell(1));
		if (label.kind !== 'text') return;
		const at = (c: number) => address(name, r, c);
		if (!inParams) {
			const field = labelOf(label.value, [PARAM_HEAD[0], CORRELATIONS, ACTUALS, LINEAGE, ...FIELDS]);
			if (field === PARAM_HEAD[0]) inParams = true;
			else if (field === CORRELATIONS) {
				const cell = plain(cells.getCell(2));
				try {
					out.envelope.correlations = cell.kind === 'blank' ? [] : JSON.parse(textOf(cell) ?? '');
				} catch {
					out.errors.push({
						path: `${at(2)} (${CORRELATIONS})`,
						...saidEach('reader.corrJson', (L) => ({ got: describePlain(cell, L) }))
					});
				}
				out.where.set(CORRELATIONS, at(2));
			} else if (field === ACTUALS) {
				// Judged by the scenario reader like the JSON file's "actuals" (field and year in its messages).
				const cell = plain(cells.getCell(2));
				try {
					out.envelope.actuals = cell.kind === 'blank' ? {} : JSON.parse(textOf(cell) ?? '');
				} catch {
					out.errors.push({
						path: `${at(2)} (${ACTUALS})`,
						...saidEach('reader.actualsJson', (L) => ({ got: describePlain(cell, L) }))
					});
				}
				out.where.set(ACTUALS, at(2));
			} else if (field === LINEAGE) {
				// Not JSON: passed on as text, which the scenario reader refuses with lineage's own message.
				const cell = plain(cells.getCell(2));
				const text = textOf(cell) ?? '';
				try {
					out.envelope.lineage = JSON.parse(text);
				} catch {
					out.envelope.lineage = text;
				}
				out.where.set(LINEAGE, at(2));
			} else if (field !== null) {
				const v = fieldValue(field, plain(cells.getCell(2)));
				if ('problem' in v) out.errors.push({ path: `${at(2)} (${field})`, ...v.problem });
				else out.envelope[field] = v.value;
				out.where.set(field, at(2));
			}
			return;
		}
		const key = label.value;
		const note = plain(cells.getCell(2));
		const unc = plain(cells.getCell(3));
		const extra: { note?: string; uncertainty?: unknown; row: number } = { row: r };
		// Only rows with a note or an uncertainty are written, so a row with neither is an empty note.
		if (note.kind !== 'blank' || unc.kind === 'blank') {
			const text = note.kind === 'blank' ? '' : textOf(note);
			if (text === null)
				out.errors.push({
					path: `${at(2)} (${key})`,
					param: key,
					...saidEach('reader.noteGot', (L) => ({ got: describePlain(note, L) }))
				});
			else extra.note = noteIn(text);
		}
		if (unc.kind !== 'blank') {
			try {
				extra.uncertainty = JSON.parse(textOf(unc) ?? '');
			} catch {
				out.errors.push({
					path: `${at(3)} (${key})`,
					param: key,
					...saidEach('reader.uncJson', (L) => ({ got: describePlain(unc, L) }))
				});
			}
		}
		out.extras.set(key, extra);
		out.where.set(`parameters.${key}.note`, at(2));
		out.where.set(`parameters.${key}.uncertainty`, at(3));
	});
	return out;
}

/** Text fields come back as text even if a spreadsheet turned them into numbers or dates on the way. */
function fieldValue(field: string, p: Plain): { value: unknown } | { problem: { message: string; zh: string } } {
	if (p.kind === 'blank') return { value: field === 'description' ? '' : undefined };
	if (p.kind === 'number') return { value: field === 'version' || field === 'years' ? p.value : String(p.value) };
	// Excel reads "2022-01" typed into a cell as 1 January 2022.
	if (p.kind === 'date' && field === 'start') return { value: p.value.toISOString().slice(0, 7) };
	const text = textOf(p);
	const key = field === 'years' || field === 'version' ? 'reader.fieldNumber' : 'reader.fieldText';
	return text === null ? { problem: saidEach(key, (L) => ({ got: describePlain(p, L) })) } : { value: text };
}

/** Text as the user wrote it (the export's `'` escape removed); null for formulas, dates and errors. */
function textOf(p: Plain): string | null {
	return p.kind === 'text' ? restore(p.value) : p.kind === 'number' ? String(p.value) : null;
}
