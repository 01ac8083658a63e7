/**
 * Evaluates candidate plans — values for some decision cells — with common random numbers: the draws of every
 * iteration are taken once (the same seeded Sampler as any run) and replayed for every candidate, the decision
 * cells pinned after the draws, formulas that read them following. So two candidates differ only by their
 * cells, never by the luck of their draws, and P(target met) is a step function a search can compare fairly.
 *
 * A candidate is first projected deterministically (the scenario's own values with the decisions set — what
 * its results, the brief and compare will show); only if that passes and is worth it does it face the runs.
 */
import { TIERS } from '../catalogue';
import type { McPlan } from '../montecarlo/plan';
import type { Propagator } from '../montecarlo/propagator';
import { allocSamples, type SampleStore } from '../montecarlo/samples';
import { Sampler, settle } from '../montecarlo/sampler';
import type { RunOutput } from './output';

/** A target met (or a threshold holding: the output is 1) in the projection, or with at least this probability. */
export type Constraint = { output: RunOutput; met: true } | { output: RunOutput; probability: number };

export interface Deterministic {
	objective: number;
	/** Every `met` constraint holds (and the taper, when asked) in the deterministic projection. */
	ok: boolean;
	/** Per constraint: 1/0 for `met`, NaN for a probability (not computed here). */
	values: number[];
	taperOk: boolean;
}

/** Tier subsidy slots per year, for the taper check (subsidy never rises from one year to the next). */
function subsidySlots(plan: McPlan): number[][] {
	return TIERS.map((t) => {
		const o = plan.layout.offset.get(`${t}_subsidy`) as number;
		return Array.from({ length: plan.layout.years }, (_, y) => o + y);
	});
}

export class Evaluator {
	private readonly draws: Float64Array;
	private readonly size: number;
	private readonly v: Float64Array;
	private readonly store: SampleStore;
	private readonly taperSlots: number[][];
	/** Candidates projected, and those that also went through the runs. */
	projected = 0;
	simulated = 0;

	private constructor(
		readonly plan: McPlan,
		private readonly propagator: Propagator,
		readonly slots: readonly number[],
		readonly runs: number,
		readonly objective: RunOutput,
		readonly constraints: readonly Constraint[],
		readonly taper: boolean,
		draws: Float64Array
	) {
		this.size = plan.layout.size;
		this.draws = draws;
		this.v = new Float64Array(this.size);
		this.store = allocSamples(1, plan.layout.years);
		this.taperSlots = subsidySlots(plan);
	}

	/**
	 * Takes the draws of `runs` iterations of `seed` once. `propagator` must treat the decision slots as moving
	 * (plan.makePropagator of the sampled and decision slots); the caller disposes it.
	 */
	static create(
		plan: McPlan,
		propagator: Propagator,
		o: {
			slots: readonly number[];
			runs: number;
			seed: number;
			lhs?: boolean;
			objective: RunOutput;
			constraints: readonly Constraint[];
			taper: boolean;
		}
	): Evaluator {
		return new Evaluator(
			plan,
			propagator,
			o.slots,
			o.runs,
			o.objective,
			o.constraints,
			o.taper,
			takeDraws(plan, o.runs, o.seed, o.lhs ?? false)
		);
	}

	/** The same problem replayed on other draws (a fresh seed, for an honest out-of-sample estimate). */
	withSeed(seed: number, lhs = false): Evaluator {
		return new Evaluator(
			this.plan,
			this.propagator,
			this.slots,
			this.runs,
			this.objective,
			this.constraints,
			this.taper,
			takeDraws(this.plan, this.runs, seed, lhs)
		);
	}

	/** The same draws judged against other constraints (the tightened levels of a confirmation round). */
	withConstraints(constraints: readonly Constraint[]): Evaluator {
		return new Evaluator(
			this.plan,
			this.propagator,
			this.slots,
			this.runs,
			this.objective,
			constraints,
			this.taper,
			this.draws
		);
	}

	private project(x: readonly number[], from: Float64Array, at: number): SampleStore {
		const { v, slots, plan, store } = this;
		v.set(from.subarray(at, at + this.size));
		for (let k = 0; k < slots.length; k++) v[slots[k]] = x[k];
		settle(plan, this.propagator, v);
		plan.kernel.run(v, 0, store.yearly, store.monthOutlay, store.monthSatisfaction, store.met);
		return store;
	}

	deterministic(x: readonly number[]): Deterministic {
		this.projected++;
		const s = this.project(x, this.plan.base, 0);
		const objective = this.objective.at(s, 0);
		let ok = true;
		const values = this.constraints.map((c) => {
			if (!('met' in c)) return NaN;
			const met = c.output.at(s, 0) === 1 ? 1 : 0;
			if (!met) ok = false;
			return met;
		});
		let taperOk = true;
		if (this.taper)
			for (const ys of this.taperSlots)
				for (let y = 1; y < ys.length; y++) if (this.v[ys[y]] > this.v[ys[y - 1]] + 1e-12) taperOk = false;
		return { objective, ok: ok && taperOk, values, taperOk };
	}

	/**
	 * The share of runs meeting each probability constraint (NaN for the others). With `early`, stops as soon
	 * as the outcome is certain — a constraint can no longer reach its level, or every one has reached it — and
	 * returns the bare verdict (shares then are lower bounds); without, the exact shares.
	 */
	probabilities(x: readonly number[], early = false): { feasible: boolean; p: number[] } {
		this.simulated++;
		const cs = this.constraints;
		const N = this.runs;
		const need = cs.map((c) => ('probability' in c ? Math.ceil(c.probability * N - 1e-9) : 0));
		const met = cs.map(() => 0);
		const missed = cs.map(() => 0);
		const prob = cs.map((c) => 'probability' in c);
		let open = prob.filter(Boolean).length;
		for (let i = 0; i < N; i++) {
			const s = this.project(x, this.draws, i * this.size);
			for (let c = 0; c < cs.length; c++) {
				if (!prob[c]) continue;
				if (cs[c].output.at(s, 0) === 1) {
					met[c]++;
					if (early && met[c] === need[c]) open--;
				} else {
					missed[c]++;
					if (early && missed[c] > N - need[c])
						return { feasible: false, p: met.map((m, k) => (prob[k] ? m / N : NaN)) };
				}
			}
			if (early && open <= 0) break;
		}
		const p = met.map((m, k) => (prob[k] ? m / N : NaN));
		return { feasible: need.every((n, k) => !prob[k] || met[k] >= n), p };
	}
}

/** Every iteration's cell vector right after its draws (before formulas), from the runs' own Sampler. */
function takeDraws(plan: McPlan, runs: number, seed: number, lhs: boolean): Float64Array {
	const size = plan.layout.size;
	const out = new Float64Array(runs * size);
	let row = 0;
	// A propagator that only records: the Sampler hands it the vector after the draws.
	const capture: Propagator = {
		kind: 'none',
		slots: [],
		run(v) {
			out.set(v, row * size);
			return 0;
		},
		dispose() {}
	};
	const sampler = new Sampler(plan, seed, runs, lhs, capture);
	const scratch = allocSamples(1, plan.layout.years);
	for (row = 0; row < runs; row++) sampler.iterate(row, scratch, 0);
	return out;
}
