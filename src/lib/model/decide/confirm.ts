/**
 * Confirmation of an optimised plan out of sample. The search chooses a plan on one seed's draws, so the
 * probabilities it saw flatter it (the winner's curse): a plan just above the level there is often below it on
 * new draws. A plan is therefore called feasible only when a FRESH seed's estimate meets every constraint. When it
 * does not, the search is run again against levels raised by a margin — k standard errors of the estimate,
 * √(q(1−q)/N) for a level q over N runs, k = 1, 2, 3 — and the new plan is checked on another fresh seed. After
 * the last round, a plan no check confirmed is reported as "not confirmed", the closest of them shown.
 */
import type { Constraint } from './evaluator';

/** Tightening rounds after the first search (margins of 1, 2 and 3 standard errors). */
export const MAX_TIGHTEN = 3;

/** The seed of round r's out-of-sample check: far from the search's own and from the other rounds'. */
export const checkSeedOf = (seed: number, round = 0) =>
	(seed + 1_000_003 * (round + 1)) % (Number.MAX_SAFE_INTEGER + 1);

/** The standard error of a share q estimated from n runs (binomial). */
export const standardError = (q: number, n: number) => Math.sqrt(Math.max(0, q * (1 - q)) / n);

/** Per constraint, the margin of round r: r standard errors of its level over `runs` (0 for a `met` target). */
export const marginsOf = (cs: readonly Constraint[], runs: number, round: number) =>
	cs.map((c) => ('probability' in c ? round * standardError(c.probability, runs) : 0));

/** The constraints with each probability level raised by its margin (capped at 1). */
export const tightened = (cs: readonly Constraint[], margins: readonly number[]): Constraint[] =>
	cs.map((c, k) =>
		'probability' in c ? { output: c.output, probability: Math.min(1, c.probability + margins[k]) } : c
	);

/** One search and its check. */
export interface ConfirmRound {
	/** Added to each probability level for this round's search (0 for `met` targets and in round 0). */
	margins: number[];
	index: number[];
	values: number[];
	objective: number;
	/** The search met its (tightened) constraints on its own seed. */
	searchFeasible: boolean;
	/** Per constraint: the share on the search's seed (null for `met`). */
	inSample: (number | null)[];
	/** Per constraint: 1/0 for `met` (deterministic), the share on the fresh seed otherwise. */
	fresh: number[];
	checkSeed: number;
	/** Every constraint holds on the fresh seed (and the taper, when asked). */
	passed: boolean;
}

/** The worst shortfall of a round on its fresh check (a missed `met` target or taper counting −1). */
export function freshMargin(cs: readonly Constraint[], r: ConfirmRound, taperOk: boolean): number {
	let worst = taperOk ? Infinity : -1;
	cs.forEach((c, k) => {
		worst = Math.min(worst, 'probability' in c ? r.fresh[k] - c.probability : r.fresh[k] === 1 ? 0 : -1);
	});
	return worst === Infinity ? 0 : worst;
}

/** The round to report: the confirmed one, else the one whose fresh check came closest (then the cheapest). */
export function closestRound(cs: readonly Constraint[], rounds: readonly ConfirmRound[], taper: boolean[]): number {
	const ok = rounds.findIndex((r) => r.passed);
	if (ok >= 0) return ok;
	let best = 0;
	for (let i = 1; i < rounds.length; i++) {
		const a = freshMargin(cs, rounds[i], taper[i]),
			b = freshMargin(cs, rounds[best], taper[best]);
		if (a > b + 1e-12 || (Math.abs(a - b) <= 1e-12 && rounds[i].objective < rounds[best].objective)) best = i;
	}
	return best;
}
