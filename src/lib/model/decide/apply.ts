/**
 * An optimised plan as a scenario of its own: a copy of the document with the decision cells set (a formula
 * there is replaced by the number), named and noted as optimised under the planner's assumed ranges.
 */
import { CATALOGUE, cellName } from '../catalogue';
import type { ScenarioDoc } from '../scenario';

export function applyCells(
	doc: ScenarioDoc,
	cells: Record<string, number>,
	label?: { name: string; note: string }
): ScenarioDoc {
	const out: ScenarioDoc = structuredClone(doc);
	const wanted = new Map(Object.entries(cells).map(([k, v]) => [k.toLowerCase(), v]));
	for (const def of CATALOGUE) {
		const entry = out.params[def.key];
		if (!entry) continue;
		entry.cells.forEach((_, y) => {
			const v = wanted.get(cellName(def, y));
			if (v === undefined) return;
			entry.cells[y] = v;
			if (label) entry.note = label.note;
		});
	}
	if (label) {
		out.name = label.name;
		out.description = [doc.description, label.note].filter(Boolean).join('\n');
	}
	return out;
}
