/**
 * Percentiles of a sample without sorting it: a multiple quickselect puts the dozen order statistics needed in
 * place (≈ n·log2 12 comparisons a column instead of a sort's n·log2 n).
 */

export const PERCENTILES = [5, 25, 50, 75, 95] as const;
export type Pct = { p5: number; p25: number; p50: number; p75: number; p95: number };

/**
 * Puts every rank of `ks` (sorted, all within [lo, hi]) in its sorted position: one partition serves all the
 * ranks on each side (multiple quickselect), about n·log2(#ranks) comparisons instead of n per rank.
 */
function multiSelect(a: Float64Array, lo: number, hi: number, ks: number[], kLo: number, kHi: number): void {
	while (hi > lo && kLo < kHi) {
		// Median of three as pivot; Hoare partition.
		const mid = (lo + hi) >>> 1;
		if (a[mid] < a[lo]) swap(a, mid, lo);
		if (a[hi] < a[lo]) swap(a, hi, lo);
		if (a[hi] < a[mid]) swap(a, hi, mid);
		const pivot = a[mid];
		let i = lo, j = hi; // prettier-ignore
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) swap(a, i++, j--);
		}
		// Ranks ≤ j lie left, ≥ i right; those in between already hold the pivot's value.
		let left = kLo;
		while (left < kHi && ks[left] <= j) left++;
		let right = left;
		while (right < kHi && ks[right] < i) right++;
		if (left - kLo < kHi - right) {
			multiSelect(a, lo, j, ks, kLo, left);
			(lo = i), (kLo = right);
		} else {
			multiSelect(a, i, hi, ks, right, kHi);
			(hi = j), (kHi = left);
		}
	}
}

function swap(a: Float64Array, i: number, j: number): void {
	const t = a[i];
	a[i] = a[j];
	a[j] = t;
}

/** Order statistics of `a` (0-based ranks, any order); `a` is reordered. Returns the values in the order asked. */
export function orderStats(a: Float64Array, ranks: number[]): number[] {
	const ks = [...new Set(ranks)].sort((x, y) => x - y);
	multiSelect(a, 0, a.length - 1, ks, 0, ks.length);
	return ranks.map((k) => a[k]);
}

/**
 * P5 … P95 by linear interpolation between order statistics (definition 7 of Hyndman & Fan, as Excel's
 * PERCENTILE.INC and NumPy's default), and the standard error of P50 by the order-statistic (binomial) method:
 * the ranks n/2 ∓ 1.96·√n/2 bound a distribution-free 95 % interval for the median; SE ≈ its width / (2·1.96).
 */
export function percentiles(a: Float64Array): { pct: Pct; se50: number } {
	const n = a.length;
	const ranks: number[] = [];
	const spec = PERCENTILES.map((p) => {
		const h = ((n - 1) * p) / 100;
		const k = Math.floor(h);
		ranks.push(k, Math.min(k + 1, n - 1));
		return { k, f: h - k };
	});
	const half = (1.96 * Math.sqrt(n)) / 2;
	const jLo = Math.max(0, Math.floor(n / 2 - half) - 1), jHi = Math.min(n - 1, Math.ceil(n / 2 + half) - 1); // prettier-ignore
	ranks.push(jLo, jHi);
	const v = orderStats(a, ranks);
	const out = spec.map(({ f }, i) => {
		const lo = v[2 * i], hi = v[2 * i + 1]; // prettier-ignore
		return f === 0 ? lo : lo + f * (hi - lo);
	});
	return { pct: { p5: out[0], p25: out[1], p50: out[2], p75: out[3], p95: out[4] }, se50: (v[v.length - 1] - v[v.length - 2]) / (2 * 1.96) };
}
