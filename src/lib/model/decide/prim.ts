/**
 * Scenario discovery by PRIM (Friedman & Fisher 1999, "Bump hunting in high-dimensional data"): find a box —
 * a few conditions `x < v` / `x > v` on the inputs — inside which the runs that miss concentrate.
 *
 * Why PRIM and not a decision tree: a tree splits greedily at the top and partitions every run, so its leaves
 * mix conditions that matter with splits forced on the rest; PRIM peels patiently (α of the box at a time)
 * and returns one box with its coverage/density trade-off, the form planners read ("when A is low and B is
 * high, the target is missed in 91 % of runs"). It is also the method the scenario-discovery literature uses.
 *
 * Steps for one box:
 *  1. Peel: remove the α share (default 5 %) of the runs in the box from one side of one input — whichever
 *     peel leaves the highest density — until the box holds fewer than `minSupport` of the runs.
 *  2. Choose from that trajectory the box with the best F1 of coverage and density (2m / (M + n): m misses
 *     inside, n runs inside, M misses in all), among boxes materially denser than the base rate.
 *  3. Refine each bound exactly (a scan over the sorted runs, others fixed): peeling moves in 5 % steps, the
 *     true threshold lies between two of them.
 *  4. Drop conditions that add little (F1 falls by less than 0.01 without them), and keep at most 3.
 * Then cover: remove the runs inside the box and look for the next one among the rest (up to 3 boxes).
 * Coverage is the share of ALL misses inside a box; density the share of runs inside it (and outside earlier
 * boxes) that miss.
 */

export interface PrimOptions {
	/** Peel share (default 0.05). */
	alpha?: number;
	/** Stop peeling below this share of the runs considered (default 0.05). */
	minSupport?: number;
	maxConditions?: number;
	maxBoxes?: number;
	/** A condition must raise F1 by at least this much to stay (default 0.01). */
	keepGain?: number;
	/** Stop covering when fewer than this share of all misses is left outside the boxes (default 0.05). */
	minRemaining?: number;
}

export interface Condition {
	/** Index of the input column. */
	feature: number;
	op: '<' | '>';
	value: number;
}

export interface PrimBox {
	conditions: Condition[];
	/** Share of all misses inside the box. */
	coverage: number;
	/** Share of the runs inside the box (outside earlier boxes) that miss. */
	density: number;
	/** Runs inside the box. */
	runs: number;
}

export interface PrimResult {
	missRate: number;
	boxes: PrimBox[];
}

type Bounds = { lo: Float64Array; hi: Float64Array };

const inside = (X: Float64Array[], b: Bounds, i: number, skip = -1): boolean => {
	for (let j = 0; j < X.length; j++) {
		if (j === skip) continue;
		const x = X[j][i];
		if (!(x > b.lo[j]) || !(x < b.hi[j])) return false;
	}
	return true;
};

/** The conditions a box's bounds state, lower bounds first, in input order. */
const conditionsOf = (b: Bounds): Condition[] => {
	const out: Condition[] = [];
	for (let j = 0; j < b.lo.length; j++) {
		if (b.lo[j] > -Infinity) out.push({ feature: j, op: '>', value: b.lo[j] });
		if (b.hi[j] < Infinity) out.push({ feature: j, op: '<', value: b.hi[j] });
	}
	return out;
};

export function prim(X: Float64Array[], miss: Uint8Array, opts: PrimOptions = {}): PrimResult {
	const N = miss.length;
	const d = X.length;
	let M = 0;
	for (let i = 0; i < N; i++) M += miss[i];
	const result: PrimResult = { missRate: N ? M / N : 0, boxes: [] };
	if (M === 0 || M === N || d === 0) return result;
	const alpha = opts.alpha ?? 0.05;
	const maxBoxes = opts.maxBoxes ?? 3;
	// Each input's runs in increasing order, once (ties keep iteration order).
	const order = X.map((col) => {
		const ix = new Uint32Array(N);
		for (let i = 0; i < N; i++) ix[i] = i;
		return ix.sort((a, b) => col[a] - col[b]);
	});
	const alive = new Uint8Array(N).fill(1);
	for (let b = 0; b < maxBoxes; b++) {
		let nAlive = 0,
			mAlive = 0;
		for (let i = 0; i < N; i++)
			if (alive[i]) {
				nAlive++;
				mAlive += miss[i];
			}
		if (mAlive < Math.max(1, (opts.minRemaining ?? 0.05) * M) || mAlive === nAlive) break;
		const box = oneBox(X, miss, order, alive, nAlive, mAlive, M / N, alpha, opts);
		if (!box) break;
		let n = 0,
			m = 0;
		for (let i = 0; i < N; i++) {
			if (!alive[i] || !inside(X, box, i)) continue;
			n++;
			m += miss[i];
			alive[i] = 0;
		}
		result.boxes.push({ conditions: conditionsOf(box), coverage: m / M, density: n ? m / n : 0, runs: n });
	}
	return result;
}

function oneBox(
	X: Float64Array[],
	miss: Uint8Array,
	order: Uint32Array[],
	alive: Uint8Array,
	nAlive: number,
	mAlive: number,
	overall: number,
	alpha: number,
	opts: PrimOptions
): Bounds | null {
	const N = miss.length,
		d = X.length;
	const minRuns = Math.max(20, Math.ceil((opts.minSupport ?? 0.05) * nAlive));
	const inBox = Uint8Array.from(alive);
	const b: Bounds = { lo: new Float64Array(d).fill(-Infinity), hi: new Float64Array(d).fill(Infinity) };
	// Per input, the in-box runs in sorted order (compacted as the box shrinks) and how far the peels from
	// below / above have walked along it.
	let ord = order.map((o) => compact(o, inBox));
	const pLo = new Int32Array(d),
		pHi = Int32Array.from(ord, (o) => o.length - 1);
	let n = nAlive,
		m = mAlive;
	const f1 = (mm: number, nn: number) => (2 * mm) / (mAlive + nn);
	// A box must be denser than the runs it is drawn from AND than all runs: a later box whose density is below
	// the overall miss rate would read as a place where misses concentrate when they do not.
	const base = Math.max(mAlive / nAlive, overall);
	let best: Bounds | null = null,
		bestF = -1;
	/** Walks from position p in direction dir over in-box runs until k are passed (and their ties). */
	const walk = (j: number, p: number, dir: 1 | -1, k: number) => {
		const col = X[j],
			ix = ord[j];
		let count = 0,
			mm = 0,
			last = NaN;
		for (; p >= 0 && p < ix.length; p += dir) {
			const i = ix[p];
			if (!inBox[i]) continue;
			if (count >= k && col[i] !== last) break;
			count++;
			mm += miss[i];
			last = col[i];
		}
		return { p, count, mm, last };
	};
	while (n >= minRuns) {
		const k = Math.max(1, Math.floor(alpha * n));
		let pick: { j: number; dir: 1 | -1; density: number; count: number } | null = null;
		for (let j = 0; j < d; j++) {
			for (const dir of [1, -1] as const) {
				const w = walk(j, dir === 1 ? pLo[j] : pHi[j], dir, k);
				if (w.count >= n || w.count === 0) continue; // one value left on this side: nothing to peel
				const density = (m - w.mm) / (n - w.count);
				if (!pick || density > pick.density || (density === pick.density && w.count < pick.count))
					pick = { j, dir, density, count: w.count };
			}
		}
		if (!pick || n - pick.count < minRuns) break;
		// Apply the peel: the runs passed leave the box, the bound sits halfway to the next value kept.
		const { j, dir } = pick;
		const w = walk(j, dir === 1 ? pLo[j] : pHi[j], dir, k);
		for (let p = dir === 1 ? pLo[j] : pHi[j]; p !== w.p; p += dir) inBox[ord[j][p]] = 0;
		if (dir === 1) pLo[j] = w.p;
		else pHi[j] = w.p;
		n -= w.count;
		m -= w.mm;
		const next = nextInBox(X[j], ord[j], inBox, w.p, dir);
		const cut = Number.isNaN(next) ? w.last : (w.last + next) / 2;
		if (dir === 1) b.lo[j] = cut;
		else b.hi[j] = cut;
		if (2 * n < ord[0].length) {
			ord = ord.map((o) => compact(o, inBox));
			pLo.fill(0);
			ord.forEach((o, q) => (pHi[q] = o.length - 1));
		}
		const f = f1(m, n);
		if (m / n - base >= 0.05 && f > bestF) {
			bestF = f;
			best = { lo: Float64Array.from(b.lo), hi: Float64Array.from(b.hi) };
		}
	}
	if (!best) return null;
	const fOf = (bx: Bounds) => {
		let nn = 0,
			mm = 0;
		for (let i = 0; i < N; i++)
			if (alive[i] && inside(X, bx, i)) {
				nn++;
				mm += miss[i];
			}
		return { f: f1(mm, nn), density: nn ? mm / nn : 0 };
	};
	refine(X, order, miss, alive, best, mAlive);
	// Drop the condition that adds least while it adds little, or while there are too many.
	const maxC = opts.maxConditions ?? 3,
		gain = opts.keepGain ?? 0.01;
	for (;;) {
		const conds = conditionsOf(best);
		if (conds.length === 0) return null;
		const fNow = fOf(best).f;
		let drop: { c: Condition; loss: number } | null = null;
		for (const c of conds) {
			const without = { lo: Float64Array.from(best.lo), hi: Float64Array.from(best.hi) };
			if (c.op === '>') without.lo[c.feature] = -Infinity;
			else without.hi[c.feature] = Infinity;
			const loss = fNow - fOf(without).f;
			if (!drop || loss < drop.loss) drop = { c, loss };
		}
		if (!drop || (drop.loss >= gain && conds.length <= maxC)) break;
		if (conds.length === 1) return drop.loss >= gain ? best : null;
		if (drop.c.op === '>') best.lo[drop.c.feature] = -Infinity;
		else best.hi[drop.c.feature] = Infinity;
		refine(X, order, miss, alive, best, mAlive);
	}
	return fOf(best).density - base >= 0.05 ? best : null;
}

function compact(ix: Uint32Array, keep: Uint8Array): Uint32Array {
	let k = 0;
	const out = new Uint32Array(ix.length);
	for (let p = 0; p < ix.length; p++) if (keep[ix[p]]) out[k++] = ix[p];
	return out.slice(0, k);
}

function nextInBox(col: Float64Array, ix: Uint32Array, inBox: Uint8Array, p: number, dir: 1 | -1): number {
	for (; p >= 0 && p < ix.length; p += dir) if (inBox[ix[p]]) return col[ix[p]];
	return NaN;
}

/**
 * Each bound of the box moved to its best place with the others fixed: the runs inside every other condition,
 * sorted on this input, scanned for the cut that maximises F1 = 2m / (M + n). Two passes.
 */
function refine(
	X: Float64Array[],
	order: Uint32Array[],
	miss: Uint8Array,
	alive: Uint8Array,
	b: Bounds,
	M: number
): void {
	const N = miss.length;
	for (let pass = 0; pass < 2; pass++) {
		for (let j = 0; j < X.length; j++) {
			for (const side of ['lo', 'hi'] as const) {
				if (side === 'lo' ? b.lo[j] === -Infinity : b.hi[j] === Infinity) continue;
				const col = X[j];
				const other = side === 'lo' ? b.hi[j] : b.lo[j];
				// In the order a cut removes them: ascending for a lower bound, descending for an upper.
				const sorted = order[j];
				const ix: number[] = [];
				for (let q = 0; q < N; q++) {
					const i = sorted[side === 'lo' ? q : N - 1 - q];
					if (!alive[i] || !inside(X, b, i, j)) continue;
					const x = col[i];
					if (side === 'lo' ? x < other : x > other) ix.push(i);
				}
				if (ix.length < 2) continue;
				let n = ix.length,
					m = 0;
				for (const i of ix) m += miss[i];
				let bestF = (2 * m) / (M + n),
					bestCut = side === 'lo' ? -Infinity : Infinity;
				for (let p = 0; p < ix.length - 1; p++) {
					n--;
					m -= miss[ix[p]];
					const x = col[ix[p]],
						next = col[ix[p + 1]];
					if (x === next) continue; // a cut cannot fall between equal values
					const f = (2 * m) / (M + n);
					if (f > bestF + 1e-12) {
						bestF = f;
						bestCut = (x + next) / 2;
					}
				}
				if (side === 'lo') b.lo[j] = bestCut;
				else b.hi[j] = bestCut;
			}
		}
	}
}
