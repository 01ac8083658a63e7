/** A doc's notes in grid order (catalogue, then year), or undefined when it has none: what every writer emits. */
import type { CellNote } from '../model/cell-note';
import type { ScenarioDoc } from '../model/scenario';
import { allCells } from '../sheet/layout';

export function sortedNotes(doc: ScenarioDoc): Record<string, CellNote> | undefined {
	if (!doc.notes || !Object.keys(doc.notes).length) return undefined;
	const out: Record<string, CellNote> = {};
	for (const { name } of allCells(doc.years)) {
		const n = doc.notes[name];
		if (n) out[name] = { by: n.by, at: n.at, text: n.text };
	}
	return out;
}
