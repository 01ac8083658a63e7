/**
 * "The cheapest plan that meets the targets": minimise an output of the deterministic projection (the
 * three-year outlay) over decision cells on a lattice (min, max, step), subject to targets met and to
 * P(target met) ≥ p under the scenario's ranges, optionally with subsidies that never rise year to year.
 *
 * Method — feasibility-first pattern search on the step lattice, with common random numbers (evaluator.ts):
 *  1. Coarse grid: up to ~4,096 lattice points spread evenly (every point for one cell of ≤ 4,096 steps).
 *     Each is projected deterministically (cheap: one run); the points that pass are put in order of cost
 *     and faced with the runs cheapest first — the first that passes is the best point of the grid.
 *  2. Pattern search from it: moves of ±h steps along one cell, and trades (−h on one cell, +h or +h/2 on
 *     another) for when cutting one cell alone breaks a constraint but shifting money between cells does not;
 *     the cheapest improving neighbour that passes is taken; h halves when none does, down to one step.
 *  A candidate costing no less than the best so far is never simulated, and a simulation stops as soon as its
 *  verdict is certain, so most candidates cost one deterministic run.
 * Why not a library: the npm optimisers (nelder-mead, fmin, optimization-js) are continuous, unconstrained
 * and unmaintained; here the variables are integer steps, the constraint a noisy step function, and the
 * structure (cheap objective, expensive constraint) is what makes the search fast.
 * When nothing on the grid passes, a climb on the worst constraint's margin looks for a point that does; if
 * none exists within the bounds, the point with the best margin is reported ("no feasible plan").
 */
import { yieldNow } from '../montecarlo/runner';
import type { Constraint, Evaluator } from './evaluator';

export interface Lattice {
	cell: string;
	min: number;
	max: number;
	step: number;
}

export interface SearchOptions {
	/** Lattice points of the coarse grid (default 4096). */
	grid?: number;
	/** Candidates simulated before the search gives up on finding a feasible point on the grid (default 400). */
	maxGridSimulations?: number;
	onProgress?: (done: number, total: number) => void;
	isCancelled?: () => boolean;
}

export interface SearchResult {
	feasible: boolean;
	/** Lattice indices and values of the best point. */
	index: number[];
	values: number[];
	objective: number;
	cancelled: boolean;
}

/** The value of lattice index k, rounded so 0.1 + 0.2 prints as 0.3. */
export const latticeValue = (l: Lattice, k: number) => Number((l.min + k * l.step).toPrecision(12));
export const latticeSize = (l: Lattice) => Math.floor((l.max - l.min) / l.step + 1e-9);

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export async function search(
	ev: Evaluator,
	lattice: readonly Lattice[],
	opts: SearchOptions = {}
): Promise<SearchResult> {
	const n = lattice.length;
	const K = lattice.map(latticeSize);
	const hasProb = ev.constraints.some((c) => 'probability' in c);
	const values = (ix: readonly number[]) => ix.map((k, i) => latticeValue(lattice[i], k));
	const seen = new Map<string, { objective: number; detOk: boolean }>();
	let lastYield = now();
	let cancelled = false;
	const pause = async () => {
		if (now() - lastYield < 15) return;
		await yieldNow();
		lastYield = now();
		if (opts.isCancelled?.()) cancelled = true;
	};
	const det = (ix: readonly number[]) => {
		const key = ix.join(',');
		let d = seen.get(key);
		if (!d) {
			const r = ev.deterministic(values(ix));
			d = { objective: r.objective, detOk: r.ok };
			seen.set(key, d);
		}
		return d;
	};
	const passes = new Map<string, boolean>();
	const feasible = (ix: readonly number[]) => {
		const key = ix.join(',');
		let f = passes.get(key);
		if (f === undefined) {
			f = det(ix).detOk && (!hasProb || ev.probabilities(values(ix), true).feasible);
			passes.set(key, f);
		}
		return f;
	};

	// 1. The coarse grid.
	const per = coarseCounts(K, opts.grid ?? 4096);
	const grid: number[][] = [];
	const idx = new Array<number>(n).fill(0);
	for (;;) {
		grid.push(idx.map((j, i) => (per[i] === 1 ? 0 : Math.round((j * K[i]) / (per[i] - 1)))));
		let i = 0;
		while (i < n && ++idx[i] >= per[i]) idx[i++] = 0;
		if (i === n) break;
	}
	const ranked = grid
		.map((ix) => ({ ix, ...det(ix) }))
		.filter((g) => g.detOk)
		.sort((a, b) => a.objective - b.objective);
	let best: number[] | null = null;
	const budget = opts.maxGridSimulations ?? 400;
	for (let q = 0, sims = 0; q < ranked.length && sims < budget; q++) {
		if (hasProb) sims++;
		if (feasible(ranked[q].ix)) {
			best = ranked[q].ix;
			break;
		}
		opts.onProgress?.(Math.min(q, budget), budget * 2);
		await pause();
		if (cancelled) return done(ranked[q].ix, false);
	}
	if (!best) {
		// Nothing on the grid passes (or the budget ran out): climb towards feasibility from the dearest point.
		const start = ranked.length ? ranked[ranked.length - 1].ix : grid[grid.length - 1];
		const r = await climb(ev, lattice, start, opts);
		if (r.cancelled) {
			cancelled = true;
			return done(r.index, false);
		}
		if (r.margin < 0) return done(r.index, false);
		best = r.index;
	}
	let at: number[] = best;

	// 2. Pattern search on the lattice.
	const h = per.map((p, i) => Math.max(1, Math.floor(K[i] / Math.max(1, p - 1) / 2)));
	const inRange = (ix: number[]) => ix.every((k, i) => k >= 0 && k <= K[i]);
	let rounds = 0;
	for (;;) {
		rounds++;
		const cur = det(at).objective;
		const moves: number[][] = [];
		for (let i = 0; i < n; i++) {
			for (const s of [-1, 1]) moves.push(at.map((k, q) => (q === i ? k + s * h[i] : k)));
			for (let j = 0; j < n; j++) {
				if (j === i) continue;
				for (const g of new Set([h[j], Math.max(1, Math.floor(h[j] / 2))]))
					moves.push(at.map((k, q) => (q === i ? k - h[i] : q === j ? k + g : k)));
			}
		}
		const better = moves
			.filter(inRange)
			.map((ix) => ({ ix, ...det(ix) }))
			.filter((c) => c.detOk && c.objective < cur - 1e-9 * Math.max(1, Math.abs(cur)))
			.sort((a, b) => a.objective - b.objective);
		let moved = false;
		for (const c of better) {
			if (feasible(c.ix)) {
				at = c.ix;
				moved = true;
				break;
			}
			await pause();
			if (cancelled) return done(at, true);
		}
		opts.onProgress?.(budget + Math.min(budget - 1, rounds * 10), budget * 2);
		if (!moved) {
			if (h.every((x) => x === 1)) break;
			for (let i = 0; i < n; i++) h[i] = Math.max(1, Math.floor(h[i] / 2));
		}
	}
	return done(at, true);

	function done(ix: number[], ok: boolean): SearchResult {
		return { feasible: ok && !cancelled, index: ix, values: values(ix), objective: det(ix).objective, cancelled };
	}
}

/** Points per cell for a grid of at most `total` points: equal counts, capped at each cell's lattice. */
function coarseCounts(K: number[], total: number): number[] {
	const per = K.map(() => 1);
	// Grow the cells in turn while the grid stays within the total.
	for (let grew = true; grew;) {
		grew = false;
		for (let i = 0; i < K.length; i++) {
			if (per[i] >= K[i] + 1) continue;
			const size = per.reduce((a, b) => a * b, 1);
			const next = Math.min(K[i] + 1, per[i] === 1 ? 2 : per[i] + 1);
			if ((size / per[i]) * next > total) continue;
			per[i] = next;
			grew = true;
		}
	}
	return per;
}

/**
 * Nothing on the grid passes: climb the worst constraint's margin (probability minus its level; a missed
 * deterministic target or taper counts −1) by moves of ±h steps from `start`, h halving to one step. Stops at
 * the first point that passes (the pattern search then makes it cheap) or at the best margin reachable.
 */
async function climb(
	ev: Evaluator,
	lattice: readonly Lattice[],
	start: number[],
	opts: SearchOptions
): Promise<{ index: number[]; margin: number; cancelled: boolean }> {
	const K = lattice.map(latticeSize);
	const values = (ix: readonly number[]) => ix.map((k, i) => latticeValue(lattice[i], k));
	const margin = (ix: number[]) => worstMargin(ev, values(ix));
	let best = start,
		bestM = margin(start);
	const h = K.map((k) => Math.max(1, Math.floor(k / 4)));
	for (let round = 0; round < 200 && bestM < 0; round++) {
		let moved = false;
		for (let i = 0; i < K.length && !moved; i++) {
			for (const s of [1, -1]) {
				const ix = best.map((k, q) => (q === i ? Math.min(K[i], Math.max(0, k + s * h[i])) : k));
				if (ix[i] === best[i]) continue;
				const m = margin(ix);
				if (m > bestM + 1e-12) {
					best = ix;
					bestM = m;
					moved = true;
					break;
				}
			}
		}
		await yieldNow();
		if (opts.isCancelled?.()) return { index: best, margin: bestM, cancelled: true };
		if (!moved) {
			if (h.every((x) => x === 1)) break;
			for (let i = 0; i < h.length; i++) h[i] = Math.max(1, Math.floor(h[i] / 2));
		}
	}
	return { index: best, margin: bestM, cancelled: false };
}

/** min over constraints of (probability − level), a missed deterministic target or taper counting −1. */
export function worstMargin(ev: Evaluator, x: readonly number[]): number {
	const d = ev.deterministic(x);
	const hasProb = ev.constraints.some((c) => 'probability' in c);
	const p = hasProb ? ev.probabilities(x).p : [];
	let worst = d.taperOk ? Infinity : -1;
	ev.constraints.forEach((c: Constraint, k) => {
		const m = 'probability' in c ? p[k] - c.probability : d.values[k] === 1 ? 0 : -1;
		worst = Math.min(worst, m);
	});
	return worst === Infinity ? 0 : worst;
}
