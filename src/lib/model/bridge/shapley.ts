/**
 * Exact Shapley values from the 2ⁿ coalition values of one output (docs/model.md § Bridge):
 *   φᵢ = Σ_{S ⊆ P∖{i}} |S|!(n−|S|−1)!/n! · (f(S ∪ {i}) − f(S)),
 * every order of applying the changes weighted alike. The values are taken relative to the baseline first
 * (g = f − f(∅)), so the sums run over differences, not over totals of ~3,000 万元, and keep their digits.
 *
 * Interactions are the pairs' Harsanyi dividends: the pair's joint effect from the baseline minus the two
 * changes' own effects, g({i,j}) − g({i}) − g({j}). A part is its own effect, plus half of each pair
 * dividend it is in, plus a share of the higher-order ones (`higher`, the rest): the split is exact.
 */
export interface ShapleyResult {
	parts: number[];
	/** Each change applied alone to the baseline: g({i}). */
	own: number[];
	/** Pair dividends, i < j, in order; every pair (negligible ones included — the caller filters). */
	pairs: { i: number; j: number; value: number }[];
	/** What is left of each part after its own effect and half its pair dividends: three-way and larger. */
	higher: number[];
}

function weights(n: number): Float64Array {
	// w[s] = s!(n−s−1)!/n!, computed as a product to stay exact-ish for n ≤ 12.
	const w = new Float64Array(Math.max(n, 1));
	for (let s = 0; s < n; s++) {
		let x = 1 / n;
		for (let k = 1; k <= s; k++) x *= k / (n - k);
		w[s] = x;
	}
	return w;
}

const popcount = (x: number) => {
	let c = 0;
	for (; x; x &= x - 1) c++;
	return c;
};

export function shapley(f: Float64Array, n: number): ShapleyResult {
	const count = 1 << n;
	const g = new Float64Array(count);
	for (let S = 0; S < count; S++) g[S] = f[S] - f[0];
	const w = weights(n);
	const parts = new Array<number>(n).fill(0);
	for (let S = 0; S < count; S++) {
		const ws = w[popcount(S)];
		for (let i = 0; i < n; i++) {
			const b = 1 << i;
			if (!(S & b)) parts[i] += ws * (g[S | b] - g[S]);
		}
	}
	const own = Array.from({ length: n }, (_, i) => g[1 << i]);
	const pairs: ShapleyResult['pairs'] = [];
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) pairs.push({ i, j, value: g[(1 << i) | (1 << j)] - g[1 << i] - g[1 << j] });
	const half = new Array<number>(n).fill(0);
	for (const p of pairs) {
		half[p.i] += p.value / 2;
		half[p.j] += p.value / 2;
	}
	return { parts, own, pairs, higher: parts.map((p, i) => p - own[i] - half[i]) };
}
