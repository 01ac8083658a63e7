/**
 * Seeded randomness for the sample register (house style: never Math.random, so a seed gives the same
 * register in Node, Chromium and a worker, and golden tests stay stable).
 */
export type Rng = () => number;

/** mulberry32: 32-bit state, passes the tests that matter for synthetic data, and is six lines. */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffle<T>(xs: T[], rng: Rng): T[] {
	for (let i = xs.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[xs[i], xs[j]] = [xs[j], xs[i]];
	}
	return xs;
}

/** Indices of k items drawn without replacement with chance ∝ weight (Efraimidis–Spirakis keys u^(1/w)). */
export function weightedPick(weights: readonly number[], k: number, rng: Rng): Set<number> {
	const keys = weights.map((w, i) => ({ i, key: Math.pow(rng(), 1 / w) }));
	keys.sort((a, b) => b.key - a.key);
	return new Set(keys.slice(0, k).map((x) => x.i));
}

/** Split a whole `total` into parts ∝ weights that are whole and sum exactly to it (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum === 0) return weights.map(() => 0);
	const raw = weights.map((w) => (total * w) / sum);
	const parts = raw.map(Math.floor);
	let left = total - parts.reduce((a, b) => a + b, 0);
	const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
	return parts;
}
