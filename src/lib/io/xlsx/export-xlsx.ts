/**
 * Exports a scenario as an XLSX workbook: Assumptions (the grid, with formulas, defined names and cached values),
 * Results (the yearly table) and Scenario (envelope, notes, uncertainty — what the import needs to round-trip).
 */
import type { ParamValues } from '../../model/inputs';
import type { Projection } from '../../model/projection';
import type { ScenarioDoc } from '../../model/scenario';
import { loadExcelJS } from './exceljs';
import type { Lang } from './layout';
import { neutralise } from './text-cell';
import { writeAssumptions } from './write-assumptions';
import { writeResults } from './write-results';
import { writeScenarioSheet } from './write-scenario-sheet';
import { writeRegisterSheet } from './register-sheet';
import type { Kept } from '../../register/stored';
import type { Lineage } from '../read-lineage';

export async function exportXlsx(
	doc: ScenarioDoc,
	values: ParamValues,
	projection: Projection,
	lang: Lang,
	/** The scenario's compound register, when the planner exports it (a sheet of its own). */
	register?: Kept,
	/** The library scenario and revision exported, as JSON exports carry it, so that an edited copy merges back. */
	lineage?: Lineage
): Promise<Uint8Array> {
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Donghe property workbench';
	// The title shows in Excel's file properties: the name is the planner's text, neutralised like a cell's.
	wb.title = neutralise(doc.name);
	// Ask every reader to recalculate on open; the cached values cover those that will not.
	wb.calcProperties = { fullCalcOnLoad: true };
	writeAssumptions(wb, doc, values, lang);
	writeResults(wb, projection, lang);
	writeScenarioSheet(wb, doc, lang, lineage);
	if (register) writeRegisterSheet(wb, register, lang);
	const out = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
	// Node hands back a Buffer: return a plain view so callers (Blob, IndexedDB, postMessage) see one type.
	return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}
