/**
 * Where a row's figures come from, as the grid shows it: the plan's clause while the cells hold the plan's
 * values; "assumption" once a planner changes any of them — never an assumption shown as the plan's. A
 * scenario whose years all come after the plan's (a next plan) cites no clause: what it carries is "continued".
 */
import { defaultCell, type ParamDef } from '../../model/catalogue';
import type { Cell } from '../../model/scenario';

export function rowSource(
	def: ParamDef,
	cells: Record<string, Cell>,
	years: number,
	beyond = false
): { kind: 'plan' | 'illustrative' | 'assumption' | 'continued'; changed: Set<number> } {
	const changed = new Set<number>();
	const n = def.shape === 'scalar' ? 1 : years;
	for (let y = 0; y < n; y++) {
		const name = def.shape === 'scalar' ? def.key : `${def.key}_y${y + 1}`;
		if (cells[name] !== defaultCell(def, y)) changed.add(y);
	}
	if (changed.size) return { kind: 'assumption', changed };
	if (beyond) return { kind: 'continued', changed };
	return { kind: def.origin === 'plan' ? 'plan' : 'illustrative', changed };
}
