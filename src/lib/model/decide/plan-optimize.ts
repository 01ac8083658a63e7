/**
 * The optimisation end to end on a prepared plan: common-random-number evaluator, lattice search, then the
 * honest read-out — each probability re-estimated on a FRESH seed (the search chose the plan on the first
 * seed's draws, so its in-sample probabilities flatter it), tightened and searched again when that check fails
 * (confirm.ts), and which constraints bind (fail one step cheaper). Inputs were checked by spec.ts.
 */
import type { McPlan } from '../montecarlo/plan';

import {
	MAX_TIGHTEN,
	checkSeedOf,
	closestRound,
	marginsOf,
	standardError,
	tightened,
	type ConfirmRound
} from './confirm';
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
	/** The standard error of `value` (√(p(1−p)/N) on the fresh seed's N runs); 0 for `met`. */
	se: number;
	/** What the search asked for this plan beyond `required` (the tightening margin); 0 for `met`. */
	margin: number;
}

/** What was done to confirm the plan: one entry per search, each with its margins and its fresh check. */
export interface ConfirmReport {
	method: 'fresh-seed';
	/** Searches run (1 when the first plan's check held, up to 1 + MAX_TIGHTEN). */
	rounds: number;
	/** The round reported (0-based): the confirmed one, or the closest. */
	chosen: number;
	tries: {
		margins: number[];
		cells: Record<string, number>;
		objective: number;
		searchFeasible: boolean;
		inSample: (number | null)[];
		check: number[];
		checkSeed: number;
		passed: boolean;
	}[];
}

export interface OptimizeReport {
	/** Confirmed: every constraint holds on the fresh seed's check. Never true when a `check` is false. */
	feasible: boolean;
	/**
	 * `confirmed` (feasible); `not-confirmed`: the search met the constraints on its seed but no fresh check
	 * confirmed a plan, the closest shown; `infeasible`: no plan within the bounds meets them even on its seed.
	 */
	status: 'confirmed' | 'not-confirmed' | 'infeasible';
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
	confirm: ConfirmReport;
	ms: number;
}

export type OptimizeOutcome = { ok: true; report: OptimizeReport } | { ok: false; cancelled: boolean; error: string };

/** The seed of the (first) out-of-sample check: far from the search's own, so its draws are new. */
export const freshSeed = (seed: number) => checkSeedOf(seed, 0);

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
		const rounds: ConfirmRound[] = [];
		const taperOk: boolean[] = [];
		for (let round = 0; round <= MAX_TIGHTEN; round++) {
			const margins = marginsOf(problem.subjectTo, problem.runs, round);
			const evR = round === 0 ? ev : ev.withConstraints(tightened(problem.subjectTo, margins));
			const r = await search(evR, problem.lattice, opts);
			if (r.cancelled) return { ok: false, cancelled: true, error: 'cancelled' };
			const c = checkRound(ev, problem, r, margins, checkSeedOf(problem.seed, round));
			rounds.push(c.round);
			taperOk.push(c.taperOk);
			// Stop when confirmed; when the search could not meet even its own levels (tightening more cannot
			// help); and when there is nothing to tighten (only deterministic targets: the check is the projection).
			if (c.round.passed || !r.feasible || !problem.subjectTo.some((x) => 'probability' in x)) break;
		}
		const chosen = closestRound(problem.subjectTo, rounds, taperOk);
		const pick = rounds[chosen];
		const det = ev.deterministic(pick.values);
		const binding = pick.passed
			? bindingConstraints(ev, problem.lattice, pick.index)
			: problem.subjectTo.map(() => false);
		const cellsOf = (values: number[]) =>
			Object.fromEntries(problem.lattice.map((l, i) => [plan.layout.names[slots[i]], values[i]]));
		const constraints = problem.subjectTo.map((c, k): ConstraintReport => ({
			output: c.output.name,
			required: 'met' in c ? 'met' : c.probability,
			value: pick.fresh[k],
			inSample: pick.inSample[k],
			check: 'met' in c ? pick.fresh[k] === 1 : pick.fresh[k] >= c.probability,
			binding: binding[k],
			se: 'met' in c ? 0 : standardError(pick.fresh[k], problem.runs),
			margin: pick.margins[k]
		}));
		const status = pick.passed ? 'confirmed' : rounds[0].searchFeasible ? 'not-confirmed' : 'infeasible';
		return {
			ok: true,
			report: {
				feasible: pick.passed,
				status,
				cells: cellsOf(pick.values),
				minimize: problem.minimize.name,
				objective: pick.objective,
				constraints,
				taper: { asked: problem.taper, check: det.taperOk },
				evaluations: ev.projected,
				simulations: ev.simulated,
				runs: problem.runs,
				seed: problem.seed,
				checkSeed: pick.checkSeed,
				confirm: {
					method: 'fresh-seed',
					rounds: rounds.length,
					chosen,
					tries: rounds.map((r) => ({
						margins: r.margins,
						cells: cellsOf(r.values),
						objective: r.objective,
						searchFeasible: r.searchFeasible,
						inSample: r.inSample,
						check: r.fresh,
						checkSeed: r.checkSeed,
						passed: r.passed
					}))
				},
				ms: now() - t0
			}
		};
	} finally {
		propagator.dispose();
	}
}

/** One round's plan checked: in-sample shares on the search's seed, the fresh seed's, the deterministic targets. */
function checkRound(
	ev: Evaluator,
	problem: OptimizeProblem,
	r: { feasible: boolean; index: number[]; values: number[]; objective: number },
	margins: number[],
	checkSeed: number
): { round: ConfirmRound; taperOk: boolean } {
	const cs: readonly Constraint[] = problem.subjectTo;
	const hasProb = cs.some((c) => 'probability' in c);
	const inSample = hasProb ? ev.probabilities(r.values).p : [];
	const outOf = hasProb ? ev.withSeed(checkSeed, problem.lhs).probabilities(r.values).p : [];
	const det = ev.deterministic(r.values);
	const fresh = cs.map((c, k) => ('met' in c ? det.values[k] : outOf[k]));
	// Against the levels asked (not the round's tightened ones): on the search's seed and on the fresh one.
	const passed =
		(!problem.taper || det.taperOk) &&
		cs.every((c, k) => ('met' in c ? fresh[k] === 1 : inSample[k] >= c.probability && fresh[k] >= c.probability));
	return {
		round: {
			margins,
			index: r.index,
			values: r.values,
			objective: r.objective,
			searchFeasible: r.feasible,
			inSample: cs.map((c, k) => ('met' in c ? null : inSample[k])),
			fresh,
			checkSeed,
			passed
		},
		taperOk: det.taperOk
	};
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
