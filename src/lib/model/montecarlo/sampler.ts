/**
 * One iteration: reset the cell vector, draw one quantile per uncertain parameter, apply it to each of the
 * parameter's cells (errors persist across years, docs/model.md § Uncertainty), propagate formulas, run the kernel into row `row`.
 * The quantiles of iteration i depend only on (seed, i) — and, with Latin hypercube, on the run's size — so
 * any split of the iterations across workers or chunks gives identical samples.
 */
import { imanConover } from './correlation';
import { DOMAIN_LHS, Stream } from './prng';
import { quantileOf } from './distributions';
import type { McPlan } from './plan';
import type { Propagator } from './propagator';
import { allocSamples, type SampleStore } from './samples';

/**
 * Latin hypercube: for each parameter a seeded permutation of the N strata; iteration i draws inside stratum
 * perm[i], so each parameter's N quantiles cover (0, 1) evenly, while the pairing across parameters stays
 * random (no correlation is induced). Every worker builds the same permutations from (seed, parameter index).
 */
export function lhsPermutations(seed: number, vars: number, total: number): Uint32Array[] {
	const s = new Stream();
	return Array.from({ length: vars }, (_, j) => {
		const p = new Uint32Array(total);
		for (let i = 0; i < total; i++) p[i] = i;
		s.reset(seed, j, DOMAIN_LHS);
		for (let i = total - 1; i > 0; i--) {
			const k = Math.floor(s.uniform() * (i + 1));
			const t = p[i];
			p[i] = p[k];
			p[k] = t;
		}
		return p;
	});
}

export class Sampler {
	readonly v: Float64Array;
	private readonly stream = new Stream();
	private readonly perms: Uint32Array[] | null;
	/** Cells pinned after the draws (goal seek on a probability, a data table's point). */
	private readonly fixed: { slot: number; value: number }[];
	/** Per column, the run's quantiles after Iman–Conover re-pairing (null: the column draws freely). */
	private readonly paired: (Float64Array | null)[];

	/**
	 * `fixed` pins cells (goal seek on a probability, a data table): they are set after the draws, so the other parameters see
	 * the same quantiles whatever its value (common random numbers); `propagator` must then treat it as moving.
	 */
	constructor(
		private readonly plan: McPlan,
		private readonly seed: number,
		private readonly total: number,
		lhs: boolean,
		private readonly propagator: Propagator = plan.propagator,
		fixed: { slot: number; value: number } | { slot: number; value: number }[] | null = null
	) {
		this.fixed = fixed === null ? [] : Array.isArray(fixed) ? fixed : [fixed];
		this.v = new Float64Array(plan.layout.size);
		this.perms = lhs ? lhsPermutations(seed, plan.columns.length, total) : null;
		this.paired = plan.columns.map(() => null);
		if (plan.correlation) this.pair(plan.correlation.cols, plan.correlation.target);
	}

	/** Quantile of column c in iteration i, given the stream's next uniform r (plain or Latin hypercube). */
	private quantile(c: number, i: number, r: number): number {
		return this.perms ? (this.perms[c][i] + r) / this.total : r;
	}

	/**
	 * Draws the whole run's quantiles of the correlated columns exactly as iterate() would, then re-pairs them:
	 * each column keeps its own N quantiles (so its distribution and its LHS strata), only their order changes.
	 * Every worker does this for all N iterations, so any split gives the same numbers.
	 */
	private pair(cols: number[], target: Float64Array): void {
		const n = this.total;
		const last = Math.max(...cols);
		const u = cols.map(() => new Float64Array(n));
		const at = new Int32Array(last + 1).fill(-1);
		cols.forEach((c, k) => (at[c] = k));
		for (let i = 0; i < n; i++) {
			this.stream.reset(this.seed, i);
			for (let c = 0; c <= last; c++) {
				const r = this.stream.uniform();
				if (at[c] >= 0) u[at[c]][i] = this.quantile(c, i, r);
			}
		}
		imanConover(u, target, this.seed);
		cols.forEach((c, k) => (this.paired[c] = u[k]));
	}

	iterate(i: number, store: SampleStore, row: number): void {
		const { plan, v, paired } = this;
		const { columns } = plan;
		v.set(plan.base);
		this.stream.reset(this.seed, i);
		const keep = store.drawCols === columns.length;
		for (let c = 0; c < columns.length; c++) {
			// The stream advances for every column, paired or not: a correlation leaves the other columns' draws as they were.
			const r = this.stream.uniform();
			const p = paired[c];
			const u = p ? p[i] : this.quantile(c, i, r);
			if (keep) store.draws[row * columns.length + c] = u;
			const { slots, ranges } = columns[c];
			const dist = plan.vars[columns[c].var].dist;
			for (let k = 0; k < slots.length; k++) v[slots[k]] = quantileOf(dist, u, ranges[k]);
		}
		for (const f of this.fixed) v[f.slot] = f.value;
		if (settle(plan, this.propagator, v) > 0) store.formulaErrors++;
		plan.kernel.run(v, row, store.yearly, store.monthOutlay, store.monthSatisfaction, store.met);
	}
}

/**
 * Propagates formulas, then keeps each recomputed cell inside its parameter's valid range: a range can push a
 * formula out of bounds in some iterations (a collection rate above 1), which the deterministic reader would
 * reject; clamping keeps the iteration meaningful. Returns the number of formula errors.
 */
export function settle(plan: McPlan, propagator: Propagator, v: Float64Array): number {
	const errors = propagator.run(v, plan.base);
	const { defs } = plan.layout;
	for (const s of propagator.slots) {
		const d = defs[s];
		if (v[s] < d.min) v[s] = d.min;
		else if (v[s] > d.max) v[s] = d.max;
	}
	return errors;
}

/** One deterministic projection after `edit` sets some cells; formulas recomputed by `propagator`. */
export function runOnce(
	plan: McPlan,
	propagator: Propagator,
	edit: (v: Float64Array) => void,
	store: SampleStore = allocSamples(1, plan.layout.years)
): SampleStore {
	const v = Float64Array.from(plan.base);
	edit(v);
	store.formulaErrors = settle(plan, propagator, v);
	plan.kernel.run(v, 0, store.yearly, store.monthOutlay, store.monthSatisfaction, store.met);
	return store;
}
