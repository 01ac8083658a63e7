/**
 * Formula propagation: after the sampled cells are written into the cell vector, recompute the formulas that
 * depend on them, in dependency order. This file holds the interface and the pure, compiled implementation;
 * sheet/propagate.ts adds the HyperFormula fallback for formulas outside the compiled subset.
 */
import type { CellLayout } from './cells';
import { compile, exportRound, type Compiled } from './formula/compile';
import { parseFormula } from './formula/parse';
import { dependents, type FormulaGraph } from './graph';

export interface Propagator {
	readonly kind: 'none' | 'compiled' | 'hyperformula';
	/** Formula slots recomputed each iteration, in dependency order. */
	readonly slots: readonly number[];
	/**
	 * Recomputes `slots` of `v` from its other slots. A formula that errors (÷0, #NUM!) in this iteration keeps
	 * its deterministic value from `base`; the return value counts those cells.
	 */
	run(v: Float64Array, base: Float64Array): number;
	dispose(): void;
}

/** Builds the propagator for a set of moving slots (sampled cells, a goal-seek cell). */
export type PropagatorFactory = (moving: readonly number[]) => Promise<Propagator>;

export const NO_PROPAGATION: Propagator = { kind: 'none', slots: [], run: () => 0, dispose: () => {} };

/**
 * The compiled propagator, or null when a formula involved leaves the compiled subset or a blank cell is
 * referenced — or when recomputing a fixed formula does not give back HyperFormula's value (a self-check).
 */
export function compiledPropagator(
	graph: FormulaGraph,
	layout: CellLayout,
	base: Float64Array,
	moving: readonly number[]
): Propagator | null {
	const driven = dependents(graph, moving);
	if (driven.length === 0) return NO_PROPAGATION;
	const isMoving = new Set(moving);
	const isDriven = new Set(driven);
	// Fixed formulas the driven ones read: HF chains formulas on their raw (unrounded) values, so we need those too.
	const fixed = new Set<number>();
	const need = (s: number) => {
		for (const p of graph.precedents[s]) {
			if (graph.formula[p] !== null && !isMoving.has(p) && !isDriven.has(p) && !fixed.has(p)) {
				fixed.add(p);
				need(p);
			}
		}
	};
	driven.forEach(need);
	const fns = new Map<number, Compiled>();
	for (const s of graph.order) {
		if (!isDriven.has(s) && !fixed.has(s)) continue;
		const tree = parseFormula(graph.formula[s] as string);
		const fn =
			tree &&
			compile(tree, (name) => {
				const p = layout.index.get(name);
				if (p === undefined) return null;
				if (isMoving.has(p) || graph.formula[p] === null)
					return Number.isNaN(base[p]) && !isMoving.has(p) ? null : { slot: p, from: 'v' };
				return { slot: p, from: 'raw' };
			});
		if (!fn) return null;
		fns.set(s, fn);
	}
	const raw = new Float64Array(layout.size);
	for (const s of graph.order) {
		if (!fixed.has(s)) continue;
		raw[s] = (fns.get(s) as Compiled)(base, raw);
		if (exportRound(raw[s]) !== base[s]) return null;
	}
	const order = driven.map((s) => fns.get(s) as Compiled);
	return {
		kind: 'compiled',
		slots: driven,
		run(v, b) {
			let errors = 0;
			for (let k = 0; k < driven.length; k++) {
				const s = driven[k];
				const r = order[k](v, raw);
				raw[s] = r; // an error stays NaN here, so the formulas that read it err too, as in HyperFormula
				if (Number.isNaN(r)) {
					errors++;
					v[s] = b[s];
				} else v[s] = exportRound(r);
			}
			return errors;
		},
		dispose() {}
	};
}
