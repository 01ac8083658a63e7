/**
 * Rank correlation between draws, induced by Iman & Conover's method (1982): the sampled quantiles of each
 * parameter are kept as they are and only re-paired across parameters, so every parameter's own distribution —
 * its percentiles, and the strata of a Latin hypercube — is exactly what it was without the correlation. (A
 * Gaussian copula would replace the quantiles by Φ(z), which undoes Latin-hypercube stratification.)
 *
 * Also: the symmetric eigen-decomposition (Jacobi) behind the positive-semi-definite check, and Higham's
 * nearest correlation matrix (2002, alternating projections with Dykstra's correction) offered when a matrix
 * the planner typed is not a valid correlation matrix.
 */
import { argsort, sortedCopy, SortScratch } from './argsort';
import { normalQuantile } from './normal';
import { Stream } from './prng';

/** Keeps the score permutations of Iman–Conover apart from the iteration streams and the LHS permutations. */
export const DOMAIN_IC = 0x2f6b4c1d;

/** A k×k matrix, row-major. */
export type Matrix = Float64Array;

/** Eigenvalues and eigenvectors (columns of `vectors`, row-major k×k) of a symmetric matrix, by cyclic Jacobi. */
export function eigenSym(m: Matrix, k: number): { values: Float64Array; vectors: Matrix } {
	const a = Float64Array.from(m);
	const v = new Float64Array(k * k);
	for (let i = 0; i < k; i++) v[i * k + i] = 1;
	for (let sweep = 0; sweep < 100; sweep++) {
		let off = 0;
		for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2;
		if (off < 1e-30) break;
		for (let p = 0; p < k; p++)
			for (let q = p + 1; q < k; q++) {
				const apq = a[p * k + q];
				if (Math.abs(apq) < 1e-300) continue;
				const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
				const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1),
					s = t * c;
				for (let r = 0; r < k; r++) {
					const arp = a[r * k + p],
						arq = a[r * k + q];
					a[r * k + p] = c * arp - s * arq;
					a[r * k + q] = s * arp + c * arq;
				}
				for (let r = 0; r < k; r++) {
					const apr = a[p * k + r],
						aqr = a[q * k + r];
					a[p * k + r] = c * apr - s * aqr;
					a[q * k + r] = s * apr + c * aqr;
				}
				for (let r = 0; r < k; r++) {
					const vrp = v[r * k + p],
						vrq = v[r * k + q];
					v[r * k + p] = c * vrp - s * vrq;
					v[r * k + q] = s * vrp + c * vrq;
				}
			}
	}
	const values = new Float64Array(k);
	for (let i = 0; i < k; i++) values[i] = a[i * k + i];
	return { values, vectors: v };
}

/** V·diag(f(λ))·Vᵀ. */
function rebuild(e: { values: Float64Array; vectors: Matrix }, k: number, f: (x: number) => number): Matrix {
	const out = new Float64Array(k * k);
	const d = e.values.map(f);
	for (let i = 0; i < k; i++)
		for (let j = 0; j < k; j++) {
			let s = 0;
			for (let l = 0; l < k; l++) s += e.vectors[i * k + l] * d[l] * e.vectors[j * k + l];
			out[i * k + j] = s;
		}
	return out;
}

/** Tolerance of the PSD check: a matrix typed to two decimals whose smallest eigenvalue is −1e-12 is fine. */
export const PSD_TOLERANCE = 1e-10;

export function minEigenvalue(m: Matrix, k: number): number {
	return k === 0 ? 1 : Math.min(...eigenSym(m, k).values);
}

/**
 * Higham's nearest correlation matrix in the Frobenius norm: alternate projections onto the PSD cone
 * (eigenvalues clipped at 0) and onto unit-diagonal matrices, with Dykstra's correction so the limit is the
 * nearest point, not just a feasible one. A last step lifts the eigenvalues to 1e-8 and rescales to a unit
 * diagonal so the result is safely PSD after rounding to the digits shown.
 */
export function nearestCorrelation(m: Matrix, k: number): Matrix {
	let y = Float64Array.from(m);
	let ds = new Float64Array(k * k);
	for (let it = 0; it < 500; it++) {
		const r = y.map((x, i) => x - ds[i]);
		const x = rebuild(eigenSym(r, k), k, (l) => Math.max(l, 0));
		ds = x.map((xi, i) => xi - r[i]);
		const next = Float64Array.from(x);
		for (let i = 0; i < k; i++) next[i * k + i] = 1;
		let change = 0;
		for (let i = 0; i < k * k; i++) change = Math.max(change, Math.abs(next[i] - y[i]));
		y = next;
		if (change < 1e-12) break;
	}
	const lifted = rebuild(eigenSym(y, k), k, (l) => Math.max(l, 1e-8));
	const out = new Float64Array(k * k);
	for (let i = 0; i < k; i++)
		for (let j = 0; j < k; j++)
			out[i * k + j] = i === j ? 1 : lifted[i * k + j] / Math.sqrt(lifted[i * k + i] * lifted[j * k + j]);
	return out;
}

/**
 * Spearman's ρ of two Gaussian variables whose Pearson correlation is r is (6/π)·asin(r/2); Iman–Conover builds
 * normal scores with Pearson correlation 2·sin(πρ/6) so that their ranks — and hence the draws' — have ρ.
 */
export const pearsonForSpearman = (rho: number) => 2 * Math.sin((Math.PI * rho) / 6);

/**
 * A lower-triangular L with L·Lᵀ = m for a PSD m; a zero pivot (a singular matrix, ρ = ±1) leaves its column
 * zero instead of failing.
 */
export function cholesky(m: Matrix, k: number): Matrix {
	const l = new Float64Array(k * k);
	for (let j = 0; j < k; j++) {
		let d = m[j * k + j];
		for (let p = 0; p < j; p++) d -= l[j * k + p] ** 2;
		const ljj = d > 1e-12 ? Math.sqrt(d) : 0;
		l[j * k + j] = ljj;
		for (let i = j + 1; i < k; i++) {
			let s = m[i * k + j];
			for (let p = 0; p < j; p++) s -= l[i * k + p] * l[j * k + p];
			l[i * k + j] = ljj > 0 ? s / ljj : 0;
		}
	}
	return l;
}

/** Ranks 0 … n−1 of a column (ties broken by position, which keeps the method deterministic). */
export function ranks(x: ArrayLike<number>, out = new Uint32Array(x.length)): Uint32Array {
	const idx = argsort(x);
	for (let r = 0; r < idx.length; r++) out[idx[r]] = r;
	return out;
}

/** Pearson correlation matrix of columns (k columns of n numbers). */
function pearson(cols: ArrayLike<number>[]): Matrix {
	const k = cols.length,
		n = cols[0]?.length ?? 0;
	const c = new Float64Array(k * k);
	const z = cols.map((col) => {
		let mean = 0;
		for (let i = 0; i < n; i++) mean += col[i];
		mean /= n;
		const d = new Float64Array(n);
		let ss = 0;
		for (let i = 0; i < n; i++) {
			d[i] = col[i] - mean;
			ss += d[i] * d[i];
		}
		const inv = ss > 0 ? 1 / Math.sqrt(ss) : 0;
		for (let i = 0; i < n; i++) d[i] *= inv;
		return d;
	});
	for (let a = 0; a < k; a++)
		for (let b = a; b < k; b++) {
			let s = 0;
			for (let i = 0; i < n; i++) s += z[a][i] * z[b][i];
			c[a * k + b] = c[b * k + a] = a === b ? 1 : s;
		}
	return c;
}

/** Spearman's rank correlation matrix of columns: Pearson's of their ranks. */
export function spearmanMatrix(cols: ArrayLike<number>[]): Matrix {
	return pearson(cols.map((c) => ranks(c)));
}

/**
 * Re-pairs the values of `cols` (k columns of n draws, each kept as a multiset) so that their Spearman matrix
 * approaches `target` (k×k, a valid correlation matrix):
 *   1. each column gets the van der Waerden scores Φ⁻¹(r/(n+1)) in a seeded random order;
 *   2. the scores' own sample correlation E = F·Fᵀ is replaced by the wanted P = A·Aᵀ (P = 2·sin(π·target/6)),
 *      T = S·(A·F⁻¹)ᵀ — dividing out E is Iman & Conover's refinement that removes the scores' chance
 *      correlation;
 *   3. each column of values is sorted and laid out in the rank order of T's column.
 * Deterministic in (seed, n, target): every worker computes the same reordering for the whole run.
 */
export function imanConover(cols: Float64Array[], target: Matrix, seed: number): void {
	const k = cols.length;
	if (k < 2) return;
	const n = cols[0].length;
	const scores = new Float64Array(n);
	for (let i = 0; i < n; i++) scores[i] = normalQuantile((i + 1) / (n + 1));
	const s = new Stream();
	const S = cols.map((_, j) => {
		const col = Float64Array.from(scores);
		s.reset(seed, j, DOMAIN_IC);
		for (let i = n - 1; i > 0; i--) {
			const r = Math.floor(s.uniform() * (i + 1));
			const t = col[i];
			col[i] = col[r];
			col[r] = t;
		}
		return col;
	});
	const P = target.map((r, i) => (i % (k + 1) === 0 ? 1 : pearsonForSpearman(r)));
	const A = cholesky(P, k);
	const F = cholesky(pearson(S), k);
	// M = A·F⁻¹ (F lower-triangular and, for random scores, non-singular): solve M·F = A row by row.
	const M = new Float64Array(k * k);
	for (let i = 0; i < k; i++)
		for (let j = k - 1; j >= 0; j--) {
			let x = A[i * k + j];
			for (let p = j + 1; p < k; p++) x -= M[i * k + p] * F[p * k + j];
			M[i * k + j] = F[j * k + j] > 0 ? x / F[j * k + j] : 0;
		}
	// Scratch shared by the k columns (fresh arrays per column were most of the garbage a correlated run made).
	const T = new Float64Array(n);
	const order = new Uint32Array(n);
	const sorted = new Float64Array(n);
	const scratch = new SortScratch(n);
	for (let j = 0; j < k; j++) {
		// T = Σ_p S[p]·M[j][p], a score column at a time (each T[i] summed in the same order p = 0 … j as
		// element by element, so the same numbers, but one contiguous sweep per column).
		T.fill(0);
		for (let p = 0; p <= j; p++) {
			const sp = S[p],
				m = M[j * k + p];
			for (let i = 0; i < n; i++) T[i] += sp[i] * m;
		}
		// The column's m-th smallest value goes where T has its m-th smallest (T's ties in position order).
		argsort(T, order, scratch);
		sortedCopy(cols[j], sorted, scratch);
		const col = cols[j];
		for (let m = 0; m < n; m++) col[order[m]] = sorted[m];
	}
}
