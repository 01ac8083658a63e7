/**
 * The optimisation end to end on a prepared plan: common-random-number evaluator, lattice search, then the
 * honest read-out — each probability re-estimated on a FRESH seed (the search chose the plan on the first
 * seed's draws, so its in-sample probabilities flatter it), and which constraints bind (fail one step
 * cheaper). Inputs were checked by spec.ts.
 */
import type { McPlan } from '../montecarlo/plan';

import { Evaluator, type Constraint } from './evaluator';
import { latticeValue, search, type Lattice } from './optimize';
import type { RunOutput } from './output';

export interface OptimizeProblem {
	lattice: Lattice[];
	minimize: RunOutput;
	subjectTo: Constraint[];
	taper: boolean;
	runs: number;
	seed: number;
	lhs?: boolean;
}

export interface ConstraintReport {
	output: string;
	/** `met` (deterministic), or the probability asked for. */
	required: 'met' | number;
	/** 1/0 for `met`; the probability on the fresh seed otherwise. */
	value: number;
	/** The probability on the search's own seed (what the search saw). */
	inSample: number | null;
	/** value meets the requirement. */
	check: boolean;
	/** One step cheaper on some cell breaks this constraint. */
	binding: boolean;
}

export interface OptimizeReport {
	feasible: boolean;
	cells: Record<string, number>;
	minimize: string;
	objective: number;
	constraints: ConstraintReport[];
	taper: { asked: boolean; check: boolean };
	/** Candidate plans projected, and those of them that went through the runs. */
	evaluations: number;
	simulations: number;
	runs: number;
	seed: number;
	checkSeed: number;
	ms: number;
}

export type OptimizeOutcome = { ok: true; report: OptimizeReport } | { ok: false; cancelled: boolean; error: string };

/** The seed of the out-of-sample check: far from the search's own, so its draws are new. */
export const freshSeed = (seed: number) => (seed + 1_000_003) % (Number.MAX_SAFE_INTEGER + 1);

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export async function optimizePlan(
	plan: McPlan,
	problem: OptimizeProblem,
	opts: { onProgress?: (done: number, total: number) => void; isCancelled?: () => boolean } = {}
): Promise<OptimizeOutcome> {
	const t0 = now();
	const slots = problem.lattice.map((l) => plan.layout.index.get(l.cell.toLowerCase()) as number);
	const moving = [...new Set([...plan.vars.flatMap((v) => v.slots), ...slots])];
	let propagator;
	try {
		propagator = await plan.makePropagator(moving);
	} catch (e) {
		return {
			ok: false,
			cancelled: false,
			error: `the formulas that read the decision cells cannot be evaluated: ${e}`
		};
	}
	try {
		const ev = Evaluator.create(plan, propagator, {
			slots,
			runs: problem.runs,
			seed: problem.seed,
			lhs: problem.lhs,
			objective: problem.minimize,
			constraints: problem.subjectTo,
			taper: problem.taper
		});
		const r = await search(ev, problem.lattice, opts);
		if (r.cancelled) return { ok: false, cancelled: true, error: 'cancelled' };
		const seed2 = freshSeed(problem.seed);
		const fresh = ev.withSeed(seed2, problem.lhs);
		const hasProb = problem.subjectTo.some((c) => 'probability' in c);
		const inSample = hasProb ? ev.probabilities(r.values).p : [];
		const outOf = hasProb ? fresh.probabilities(r.values).p : [];
		const det = ev.deterministic(r.values);
		const binding = r.feasible ? bindingConstraints(ev, problem.lattice, r.index) : problem.subjectTo.map(() => false);
		const constraints = problem.subjectTo.map((c, k): ConstraintReport => {
			if ('met' in c)
				return {
					output: c.output.name,
					required: 'met',
					value: det.values[k],
					inSample: null,
					check: det.values[k] === 1,
					binding: binding[k]
				};
			return {
				output: c.output.name,
				required: c.probability,
				value: outOf[k],
				inSample: inSample[k],
				check: outOf[k] >= c.probability,
				binding: binding[k]
			};
		});
		const cells = Object.fromEntries(problem.lattice.map((l, i) => [plan.layout.names[slots[i]], r.values[i]]));
		return {
			ok: true,
			report: {
				feasible: r.feasible,
				cells,
				minimize: problem.minimize.name,
				objective: r.objective,
				constraints,
				taper: { asked: problem.taper, check: det.taperOk },
				evaluations: ev.projected,
				simulations: ev.simulated,
				runs: problem.runs,
				seed: problem.seed,
				checkSeed: seed2,
				ms: now() - t0
			}
		};
	} finally {
		propagator.dispose();
	}
}

/** A constraint binds when one step down on some cell — a cheaper plan — breaks it (on the search's seed). */
function bindingConstraints(ev: Evaluator, lattice: readonly Lattice[], at: number[]): boolean[] {
	const cs = ev.constraints;
	const out = cs.map(() => false);
	const here = ev.deterministic(at.map((k, i) => latticeValue(lattice[i], k))).objective;
	for (let i = 0; i < lattice.length; i++) {
		if (at[i] === 0) continue;
		const x = at.map((k, q) => latticeValue(lattice[q], q === i ? k - 1 : k));
		const d = ev.deterministic(x);
		if (!(d.objective < here)) continue;
		const p = cs.some((c) => 'probability' in c) ? ev.probabilities(x).p : [];
		cs.forEach((c, k) => {
			if ('met' in c ? d.values[k] !== 1 : p[k] < c.probability) out[k] = true;
		});
	}
	return out;
}
