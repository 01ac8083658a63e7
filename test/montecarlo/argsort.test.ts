/**
 * The comparator-free sorts behind Iman–Conover and the sensitivities: the same order as the comparator sort
 * they replaced (ascending, −0 equal to +0, ties in position order), whatever the column's shape — so the
 * re-paired draws, the achieved correlations and the shares stay the numbers they were.
 */
import { describe, expect, it } from 'vitest';
import { argsort, radixArgsort, sortedCopy, SortScratch } from '../../src/lib/model/montecarlo/argsort';
import { Stream } from '../../src/lib/model/montecarlo/prng';

/** The sort the radix and bucket sorts replaced. */
function comparatorOrder(x: ArrayLike<number>): Uint32Array {
	const idx = Uint32Array.from({ length: x.length }, (_, i) => i);
	return idx.sort((a, b) => x[a] - x[b] || a - b);
}

const s = new Stream().reset(1, 0);
const column = (n: number, f: (u: number) => number) => Float64Array.from({ length: n }, () => f(s.uniform()));

const shapes: [string, Float64Array][] = [
	['empty', new Float64Array(0)],
	['one value', Float64Array.of(3)],
	['all equal', new Float64Array(50).fill(2)],
	['zeros of both signs', Float64Array.of(0, -0, 1, 0, -0, -1)],
	['extremes', Float64Array.of(3, -1, -0, Infinity, -Infinity, 2, 2, -5e-300, 5e-300, 1e300, -1e300)],
	['uniform quantiles', column(10_000, (u) => u)],
	['normal-looking scores', column(5000, (u) => Math.log(u / (1 - u)))],
	['whole months, many ties (crowded buckets)', column(5000, (u) => Math.round(u * 12))],
	[
		'one far outlier (every other value in one bucket)',
		Float64Array.from(
			column(3000, (u) => u),
			(v, i) => (i === 7 ? 1e9 : v)
		)
	],
	['negatives and zeros', column(4000, (u) => (u < 0.3 ? -0 : u < 0.5 ? 0 : -u * 1e6))]
];

describe('comparator-free sorting of a column', () => {
	for (const [name, x] of shapes)
		it(`orders ${name} exactly as the comparator sort did`, () => {
			const want = comparatorOrder(x);
			expect(argsort(x)).toEqual(want);
			expect(radixArgsort(x)).toEqual(want);
			// The values in ascending order are the typed-array sort's (zeros compare equal, so only their sign may differ).
			expect(Array.from(sortedCopy(x), (v) => v + 0)).toEqual(Array.from(Float64Array.from(x).sort(), (v) => v + 0));
		});

	it('gives the same orders with one scratch reused across columns of a length, as Iman–Conover reuses it', () => {
		const n = 3000;
		const scratch = new SortScratch(n);
		const idx = new Uint32Array(n);
		const out = new Float64Array(n);
		for (const x of [column(n, (u) => u), column(n, (u) => Math.round(u * 4)), column(n, (u) => -Math.log(u))]) {
			expect(argsort(x, idx, scratch)).toEqual(comparatorOrder(x));
			expect(sortedCopy(x, out, scratch)).toEqual(Float64Array.from(x).sort());
		}
	});
});
