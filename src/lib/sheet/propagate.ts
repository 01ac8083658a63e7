/**
 * Formula propagation for the Monte Carlo: a cell that is a formula of an uncertain cell moves with it. The
 * compiled road (model/montecarlo/propagator.ts, ~0.1 µs a formula) is taken whenever every formula involved is
 * in its subset; otherwise HyperFormula evaluates them — batch-set the moving cells, read the dependants —
 * measured at ~1.2 s per 10,000 iterations with undoLimit 0. HyperFormula is imported
 * lazily so that a worker whose formulas all compile never loads it.
 */
import type { HyperFormula } from 'hyperformula';
import { cellLayout, type CellLayout } from '../model/montecarlo/cells';
import { formulaGraph, dependents, type FormulaGraph } from '../model/montecarlo/graph';
import {
	compiledPropagator,
	NO_PROPAGATION,
	type Propagator,
	type PropagatorFactory
} from '../model/montecarlo/propagator';
import type { ScenarioDoc } from '../model/scenario';

export type PropagationMode = 'auto' | 'compiled' | 'hyperformula';

/**
 * The factory the Monte Carlo plan calls for each set of moving cells. `mode` forces one road (tests and the
 * bench compare them); 'compiled' fails with a message when a formula is outside the subset.
 */
export function propagatorFactory(
	doc: ScenarioDoc,
	base: Float64Array,
	mode: PropagationMode = 'auto'
): PropagatorFactory {
	const layout = cellLayout(doc.years);
	const graph = formulaGraph(doc, layout);
	return async (moving) => {
		if (mode !== 'hyperformula') {
			const p = compiledPropagator(graph, layout, base, moving);
			if (p) return p;
			if (mode === 'compiled')
				throw new Error('a formula that depends on an uncertain cell is outside the compiled subset');
		}
		return hyperFormulaPropagator(doc, layout, graph, moving);
	};
}

export async function hyperFormulaPropagator(
	doc: ScenarioDoc,
	layout: CellLayout,
	graph: FormulaGraph,
	moving: readonly number[]
): Promise<Propagator> {
	const driven = dependents(graph, moving);
	if (driven.length === 0) return NO_PROPAGATION;
	const { createEngine } = await import('./engine');
	const { ROW } = await import('./layout');
	const { hf, sheet }: { hf: HyperFormula; sheet: number } = createEngine(doc);
	const address = (s: number) => ({ sheet, row: ROW.get(layout.defs[s].key) as number, col: layout.years0[s] });
	// Only moving cells that some driven formula reads (directly or through other formulas) need setting.
	const feeds = new Set<number>();
	const isMoving = new Set(moving);
	const mark = (s: number): void => {
		for (const p of graph.precedents[s]) {
			if (isMoving.has(p)) feeds.add(p);
			else if (graph.formula[p] !== null) mark(p);
		}
	};
	driven.forEach(mark);
	const inputs = [...feeds].map((s) => ({ s, at: address(s) }));
	const outputs = driven.map((s) => ({ s, at: address(s) }));
	return {
		kind: 'hyperformula',
		slots: driven,
		run(v, base) {
			hf.batch(() => {
				for (const { s, at } of inputs) hf.setCellContents(at, [[v[s]]]);
			});
			let errors = 0;
			for (const { s, at } of outputs) {
				const x = hf.getCellValue(at);
				// A formula error (or a non-number) in this iteration: keep the deterministic value and count it.
				if (typeof x === 'number' && Number.isFinite(x)) v[s] = x;
				else {
					errors++;
					v[s] = base[s];
				}
			}
			return errors;
		},
		dispose: () => hf.destroy()
	};
}
