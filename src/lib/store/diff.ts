/** The cell changes between two versions of a scenario: what a history entry records for a save. */
import { CATALOGUE, cellName } from '../model/catalogue';
import type { ScenarioDoc } from '../model/scenario';
import type { CellChange } from './schema';

/**
 * Walks the catalogue, not the docs' keys, so cells are named as in the grid and XLSX. A cell that exists on
 * one side only (the horizon changed) counts as blank on the other.
 */
export function diffDocs(before: ScenarioDoc, after: ScenarioDoc, at: number): CellChange[] {
	const out: CellChange[] = [];
	for (const def of CATALOGUE) {
		const a = before.params[def.key]?.cells ?? [];
		const b = after.params[def.key]?.cells ?? [];
		for (let y = 0; y < Math.max(a.length, b.length); y++) {
			const old = a[y] ?? null;
			const next = b[y] ?? null;
			if (old !== next) out.push({ at, cell: cellName(def, y), old, new: next });
		}
	}
	return out;
}
