/**
 * Sorting columns of draws without a comparator. A comparator sort of indices (`x[a] - x[b] || a - b`) spent
 * ~2.4 ms per 10,000-value column and the typed-array sort ~0.7 ms: most of what Iman–Conover cost a run.
 * Draws and the scores built from them are spread smoothly over their range, so value buckets (as many as
 * values, each sorted by insertion) hold about one value each: O(n). A column that crowds a bucket (many ties,
 * a far outlier) falls back to a stable radix sort on the doubles' bits, also O(n) but ~3× slower.
 * The order is the comparator's exactly: ascending by value, −0 equal to +0, ties in position order. NaN has no
 * place in it; callers pass quantiles, scores and outputs, which are never NaN.
 */

/** A bucket holding more than this many values is sorted by radix instead (insertion is quadratic). */
const CROWDED = 32;

/**
 * The bucket arrays for columns of n values, reusable from one sort to the next: Iman–Conover sorts ten
 * columns a run, and fresh arrays each time were ~1.5 MB of garbage per 10,000 iterations.
 */
export class SortScratch {
	readonly of: Uint32Array;
	readonly start: Uint32Array;
	readonly next: Uint32Array;
	constructor(readonly n: number) {
		this.of = new Uint32Array(n);
		this.start = new Uint32Array(n + 1);
		this.next = new Uint32Array(n);
	}
}

/**
 * Each value's bucket (in `of`), linear in value between min and max, and where each bucket starts (`start`);
 * false when the values do not spread over the buckets.
 */
function buckets(x: ArrayLike<number>, sc: SortScratch): boolean {
	const n = x.length;
	let min = Infinity,
		max = -Infinity;
	for (let i = 0; i < n; i++) {
		const v = x[i];
		if (v < min) min = v;
		if (v > max) max = v;
	}
	const span = max - min;
	if (!(span > 0 && span < Infinity)) return false; // all equal, or infinite, or NaN
	// Subtraction and scaling are monotone under rounding, so a larger value never lands in an earlier bucket.
	const scale = n / span;
	const { of, start } = sc;
	start.fill(0);
	for (let i = 0; i < n; i++) {
		const b = Math.min(n - 1, Math.floor((x[i] - min) * scale));
		of[i] = b;
		if (++start[b + 1] > CROWDED) return false;
	}
	for (let b = 0; b < n; b++) start[b + 1] += start[b];
	sc.next.set(start.subarray(0, n));
	return true;
}

const scratchFor = (n: number, sc?: SortScratch) => (sc && sc.n === n ? sc : new SortScratch(n));

/** Writes into `idx` the positions of `x` in ascending order of value (ties in position order). */
export function argsort(
	x: ArrayLike<number>,
	idx: Uint32Array = new Uint32Array(x.length),
	scratch?: SortScratch
): Uint32Array {
	const n = x.length;
	const sc = scratchFor(n, scratch);
	if (!buckets(x, sc)) return radixArgsort(x, idx);
	const { of, start, next } = sc;
	for (let i = 0; i < n; i++) idx[next[of[i]]++] = i; // in position order, so ties stay in it
	for (let b = 0; b < n; b++) {
		const s = start[b],
			e = start[b + 1];
		for (let i = s + 1; i < e; i++) {
			const j = idx[i],
				v = x[j];
			let p = i - 1;
			for (; p >= s && x[idx[p]] > v; p--) idx[p + 1] = idx[p];
			idx[p + 1] = j;
		}
	}
	return idx;
}

/** `x`'s values in ascending order, into `out` (the typed-array sort's result, but for the signs of zeros). */
export function sortedCopy(
	x: Float64Array,
	out: Float64Array = new Float64Array(x.length),
	scratch?: SortScratch
): Float64Array {
	const n = x.length;
	const sc = scratchFor(n, scratch);
	if (!buckets(x, sc)) {
		out.set(x);
		return out.sort();
	}
	const { of, start, next } = sc;
	for (let i = 0; i < n; i++) out[next[of[i]]++] = x[i];
	for (let b = 0; b < n; b++) {
		const s = start[b],
			e = start[b + 1];
		for (let i = s + 1; i < e; i++) {
			const v = out[i];
			let p = i - 1;
			for (; p >= s && out[p] > v; p--) out[p + 1] = out[p];
			out[p + 1] = v;
		}
	}
	return out;
}

const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = 1 - LO;

/** The same order by a stable least-significant-byte radix sort of the doubles' 64 bits. */
export function radixArgsort(x: ArrayLike<number>, idx: Uint32Array = new Uint32Array(x.length)): Uint32Array {
	const n = x.length;
	const keyBuf = new Float64Array(n);
	const keys = new Uint32Array(keyBuf.buffer);
	const tmp = new Uint32Array(n);
	const counts = new Uint32Array(8 * 256);
	// Each double's bits become an unsigned key that sorts as the number does: flip every bit of a negative,
	// only the sign bit of a positive; −0 is written as +0 so the two tie, as the comparator has it.
	for (let i = 0; i < n; i++) keyBuf[i] = x[i] === 0 ? 0 : x[i];
	for (let i = 0; i < n; i++) {
		const h = keys[2 * i + HI];
		if (h & 0x80000000) {
			keys[2 * i + HI] = ~h;
			keys[2 * i + LO] = ~keys[2 * i + LO];
		} else keys[2 * i + HI] = h | 0x80000000;
		// One pass counts all eight bytes' digits.
		const lo = keys[2 * i + LO],
			hi = keys[2 * i + HI];
		counts[lo & 255]++;
		counts[256 + ((lo >>> 8) & 255)]++;
		counts[512 + ((lo >>> 16) & 255)]++;
		counts[768 + (lo >>> 24)]++;
		counts[1024 + (hi & 255)]++;
		counts[1280 + ((hi >>> 8) & 255)]++;
		counts[1536 + ((hi >>> 16) & 255)]++;
		counts[1792 + (hi >>> 24)]++;
	}
	for (let i = 0; i < n; i++) idx[i] = i;
	let src: Uint32Array = idx,
		dst: Uint32Array = tmp;
	for (let b = 0; b < 8; b++) {
		const base = b * 256;
		const word = b < 4 ? LO : HI;
		const shift = (b & 3) * 8;
		// A byte every key shares moves nothing: skip it (a column's values often share their top bytes).
		if (n > 0 && counts[base + ((keys[2 * src[0] + word] >>> shift) & 255)] === n) continue;
		let sum = 0;
		for (let d = 0; d < 256; d++) {
			const c = counts[base + d];
			counts[base + d] = sum;
			sum += c;
		}
		for (let i = 0; i < n; i++) {
			const j = src[i];
			dst[counts[base + ((keys[2 * j + word] >>> shift) & 255)]++] = j;
		}
		const t = src;
		src = dst;
		dst = t;
	}
	if (src !== idx) idx.set(src);
	return idx;
}
