/**
 * Everything a run needs, resolved once from the scenario: the deterministic cell vector, the uncertain
 * parameters with their per-cell ranges, the formulas that move with them and the kernel. Inputs were
 * validated by the reader (io/read-scenario.ts); a plan that cannot be built says why, in words.
 */
import { CATALOGUE } from '../catalogue';
import type { ParamValues } from '../inputs';
import type { Distribution, ScenarioDoc, Uncertainty, YearsRule } from '../scenario';
import type { BetaShape } from './beta';
import { baseVector, cellLayout, type CellLayout } from './cells';
import { pertShape, type CellRange } from './distributions';
import { classify, formulaGraph, type FormulaGraph } from './graph';
import { columnCorrelation, drawColumns, type ColumnCorrelation, type DrawColumn, type UncertainVar } from './columns';

export type { UncertainVar } from './columns';
import { Kernel } from './kernel';
import { compiledPropagator, type Propagator, type PropagatorFactory } from './propagator';

/** One uncertain parameter: one quantile per iteration, applied to each of its sampled cells. */
export interface McPlan {
	doc: ScenarioDoc;
	layout: CellLayout;
	graph: FormulaGraph;
	base: Float64Array;
	vars: UncertainVar[];
	/** One quantile per column per iteration (columns.ts); with every range "same", one per var, in order. */
	columns: DrawColumn[];
	/** The rank correlation to induce between columns, or null for independent draws. */
	correlation: ColumnCorrelation | null;
	propagator: Propagator;
	makePropagator: PropagatorFactory;
	kernel: Kernel;
}

export type PlanResult = { ok: true; plan: McPlan } | { ok: false; error: string };

const bound = (b: number | number[] | undefined, y: number, fallback: number) =>
	b === undefined ? fallback : Array.isArray(b) ? (b[y] ?? fallback) : b;

export function cellRange(
	u: Uncertainty,
	slot: number,
	layout: CellLayout,
	base: Float64Array,
	shapes?: Map<string, BetaShape>
): CellRange {
	const def = layout.defs[slot];
	const y = layout.years0[slot];
	const mode = base[slot];
	// Normal without bounds is cut only by the valid range; the others need low/high (checked by the reader).
	const low = Math.max(bound(u.low, y, -Infinity), def.min);
	const high = Math.min(bound(u.high, y, Infinity), def.max);
	return {
		mode,
		low,
		high,
		sd: u.sd ?? 0,
		min: def.min,
		max: def.max,
		integer: def.integer === true,
		shape: u.dist === 'pert' ? pertShape(mode, low, high, shapes) : null
	};
}

/** A factory that only compiles: for the pure core (CLI and worker pass the sheet's factory instead). */
export function compiledOnly(graph: FormulaGraph, layout: CellLayout, base: Float64Array): PropagatorFactory {
	return async (moving) => {
		const p = compiledPropagator(graph, layout, base, moving);
		if (!p) throw new Error('a formula that depends on an uncertain cell needs HyperFormula to evaluate');
		return p;
	};
}

export async function preparePlan(
	doc: ScenarioDoc,
	values: ParamValues,
	factory?: (base: Float64Array) => PropagatorFactory
): Promise<PlanResult> {
	const layout = cellLayout(doc.years);
	const base = baseVector(layout, values);
	const graph = formulaGraph(doc, layout);
	const uncertain = new Map<string, Uncertainty>();
	for (const def of CATALOGUE) {
		const u = doc.params[def.key]?.uncertainty;
		if (u) uncertain.set(def.key, u);
	}
	const { sampled } = classify(graph, layout, new Set(uncertain.keys()));
	for (const s of sampled) {
		if (Number.isNaN(base[s])) return { ok: false, error: `${layout.names[s]}: a blank cell cannot carry a range` };
	}
	const vars: UncertainVar[] = [];
	for (const [key, u] of uncertain) {
		const slots = sampled.filter((s) => layout.defs[s].key === key);
		const shapes = new Map<string, BetaShape>(); // one per parameter: a shape remembers its last quantile
		const v: UncertainVar = {
			key,
			dist: u.dist,
			slots,
			ranges: slots.map((s) => cellRange(u, s, layout, base, shapes))
		};
		if (u.years !== undefined) v.years = u.years;
		vars.push(v);
	}
	const columns = drawColumns(vars, layout);
	const correlation = columnCorrelation(vars, columns, doc.correlations);
	const makePropagator = factory ? factory(base) : compiledOnly(graph, layout, base);
	let propagator: Propagator;
	try {
		propagator = await makePropagator(sampled);
	} catch (e) {
		return { ok: false, error: e instanceof Error ? e.message : String(e) };
	}
	return {
		ok: true,
		plan: {
			doc,
			layout,
			graph,
			base,
			vars,
			columns,
			correlation,
			propagator,
			makePropagator,
			kernel: new Kernel(layout)
		}
	};
}

/** What the read-out shows: which parameters vary and which formulas move with them. */
/**
 * What the sensitivities and the achieved correlation need of a plan: which parameter each draw column belongs
 * to. Plain data, so it crosses from a worker to the page with the samples.
 */
export interface DrawShape {
	vars: { key: string }[];
	columns: { var: number; name: string }[];
}

export const drawShape = (plan: McPlan): DrawShape => ({
	vars: plan.vars.map((v) => ({ key: v.key })),
	columns: plan.columns.map((c) => ({ var: c.var, name: c.name }))
});

export function planInfo(plan: McPlan): {
	uncertain: { key: string; dist: Distribution; cells: string[]; years?: YearsRule }[];
	propagated: string[];
	propagation: Propagator['kind'];
} {
	return {
		// `years` only where the file sets it, so an old scenario's read-out is what it was.
		uncertain: plan.vars.map((v) => ({
			key: v.key,
			dist: v.dist,
			cells: v.slots.map((s) => plan.layout.names[s]),
			...(v.years !== undefined ? { years: v.years } : {})
		})),
		propagated: plan.propagator.slots.map((s) => plan.layout.names[s]),
		propagation: plan.propagator.kind
	};
}
