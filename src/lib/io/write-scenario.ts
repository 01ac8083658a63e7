/** Writes a scenario as a v1 file: complete (every parameter, in catalogue order), formulas kept. */
import { CATALOGUE } from '../model/catalogue';
import { FORMAT, VERSION, type ScenarioDoc } from '../model/scenario';
import type { Envelope } from '../register/stored';
import { fundUseRecord, isEmpty, type FundUseInputs } from '../store/fund-use-schema';
import type { Lineage } from './read-lineage';
import { sortedNotes } from './notes-order';

/** What a file may carry beside the scenario: its compound register, when the planner keeps it on. */
export interface Carried {
	register?: Envelope;
	/** The fund-use plan's inputs (assessment results, reward shares) kept with the scenario, when it has any. */
	fundUse?: FundUseInputs;
	/** The library scenario and revision this copy was exported at, so that a colleague's edit can be merged back. */
	lineage?: Lineage;
}

export function scenarioToObject(doc: ScenarioDoc, carried: Carried = {}): Record<string, unknown> {
	const parameters: Record<string, unknown> = {};
	for (const def of CATALOGUE) {
		const p = doc.params[def.key];
		if (!p) continue;
		const entry: Record<string, unknown> =
			def.shape === 'scalar' ? { value: p.cells[0] ?? null } : { values: p.cells.slice(0, doc.years) };
		if (p.note !== undefined) entry.note = p.note;
		if (p.uncertainty !== undefined) entry.uncertainty = p.uncertainty;
		parameters[def.key] = entry;
	}
	const out: Record<string, unknown> = {
		format: FORMAT,
		version: VERSION,
		name: doc.name,
		description: doc.description,
		start: doc.start,
		years: doc.years,
		parameters,
		// Only a scenario with actuals writes the key: a file without them stays exactly as before.
		...(doc.actuals && Object.keys(doc.actuals).length ? { actuals: doc.actuals } : {})
	};
	// Written only when set, so a scenario without correlations is the same file it always was.
	if (doc.correlations?.length) out.correlations = doc.correlations;
	// Notes likewise: written only when a cell has one, in grid order so a diff of two exports reads easily.
	const notes = sortedNotes(doc);
	if (notes) out.notes = notes;
	// Likewise the register: a file without one reads exactly as before.
	if (carried.register) out.register = carried.register;
	if (carried.fundUse && !isEmpty(carried.fundUse)) out.fundUse = fundUseRecord(carried.fundUse);
	if (carried.lineage) out.lineage = { id: carried.lineage.id, rev: carried.lineage.rev };
	return out;
}

export function writeScenario(doc: ScenarioDoc, carried: Carried = {}): string {
	return JSON.stringify(scenarioToObject(doc, carried), null, 2) + '\n';
}
