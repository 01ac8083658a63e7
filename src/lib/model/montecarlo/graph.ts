/**
 * Which cells move in an iteration. A parameter with a range is sampled; a formula that (transitively) refers
 * to a sampled cell is recomputed from it ("driven"). Rule for a formula cell whose own parameter carries a
 * range (the model documentation leaves it open): if the formula refers to a moving cell it is driven and the range is NOT
 * applied on top (=quasi_subsidy_y1 in year 2 must stay equal to year 1, not be drawn twice); if it refers to
 * nothing that moves, its value is a fixed number and is sampled around it like a typed-in value.
 */
import { referencedNames } from '../cell-names';
import type { ScenarioDoc } from '../scenario';
import type { CellLayout } from './cells';

export interface FormulaGraph {
	/** The formula text of each slot, or null for a typed-in value. */
	formula: (string | null)[];
	/** Parameter slots each formula refers to. */
	precedents: number[][];
	/** Formula slots, each after every formula it refers to (cycles, which the reader rejects, are dropped). */
	order: number[];
}

export function formulaGraph(doc: ScenarioDoc, layout: CellLayout): FormulaGraph {
	const formula = layout.names.map((_, s) => {
		const c = doc.params[layout.defs[s].key]?.cells[layout.years0[s]];
		return typeof c === 'string' && c.startsWith('=') ? c : null;
	});
	const precedents = formula.map((f) => {
		if (f === null) return [];
		const out = new Set<number>();
		for (const name of referencedNames(f)) {
			const slot = layout.index.get(name.toLowerCase());
			if (slot !== undefined) out.add(slot);
		}
		return [...out];
	});
	const order: number[] = [];
	const state = new Uint8Array(layout.size); // 0 new, 1 on the stack, 2 done
	const visit = (s: number): boolean => {
		if (state[s] === 2) return true;
		if (state[s] === 1) return false;
		state[s] = 1;
		const ok = precedents[s].every(visit);
		state[s] = 2;
		if (ok && formula[s] !== null) order.push(s);
		return ok;
	};
	for (let s = 0; s < layout.size; s++) if (formula[s] !== null) visit(s);
	return { formula, precedents, order };
}

/** Sampled slots (by parameter key) and driven formula slots, in dependency order. */
export function classify(
	graph: FormulaGraph,
	layout: CellLayout,
	uncertain: ReadonlySet<string>
): { sampled: number[]; driven: number[] } {
	const moving = new Set<number>();
	const sampled: number[] = [];
	for (let s = 0; s < layout.size; s++) {
		if (graph.formula[s] === null && uncertain.has(layout.defs[s].key)) {
			sampled.push(s);
			moving.add(s);
		}
	}
	const driven: number[] = [];
	for (const s of graph.order) {
		if (graph.precedents[s].some((p) => moving.has(p))) {
			driven.push(s);
			moving.add(s);
		} else if (uncertain.has(layout.defs[s].key)) {
			sampled.push(s);
			moving.add(s);
		}
	}
	return { sampled: sampled.sort((a, b) => a - b), driven };
}

/** Formula slots that (transitively) refer to any of `moving`, in dependency order; `moving` itself excluded. */
export function dependents(graph: FormulaGraph, moving: Iterable<number>): number[] {
	const m = new Set(moving);
	const out: number[] = [];
	for (const s of graph.order) {
		if (m.has(s)) continue;
		if (graph.precedents[s].some((p) => m.has(p))) {
			out.push(s);
			m.add(s);
		}
	}
	return out;
}
