import { describe, expect, it } from 'vitest';
import { betaQuantile, BetaShape, incompleteBeta } from '../../src/lib/model/montecarlo/beta';
import { pertShape, quantileOf, type CellRange } from '../../src/lib/model/montecarlo/distributions';
import { normalQuantile } from '../../src/lib/model/montecarlo/normal';
import { lhsPermutations } from '../../src/lib/model/montecarlo/sampler';
import { Stream } from '../../src/lib/model/montecarlo/prng';

const cell = (mode: number, low: number, high: number, extra: Partial<CellRange> = {}): CellRange => ({
	mode,
	low,
	high,
	sd: 0,
	min: 0,
	max: 100,
	integer: false,
	shape: pertShape(mode, low, high),
	...extra
});

describe('the beta quantile (PERT)', () => {
	it('solves I_x(a, b) = p to ~1e-14 for PERT shapes, tabulated or cold, in both tails', () => {
		let worst = 0;
		for (const a of [1.0001, 1.3, 2, 3, 4.2, 4.9999]) {
			const shape = new BetaShape(a, 6 - a);
			for (const p of [1e-12, 1e-6, 0.001, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999, 1 - 1e-9]) {
				for (const x of [shape.quantile(p), betaQuantile(p, a, 6 - a)])
					worst = Math.max(worst, Math.abs(incompleteBeta(x, a, 6 - a) - p));
			}
		}
		expect(worst).toBeLessThan(1e-14);
	});

	it('matches closed forms: Beta(2, 2) has I_x = 3x² − 2x³; Beta(1, 5) has x = 1 − (1 − p)^(1/5)', () => {
		const x = betaQuantile(0.3, 2, 2);
		expect(3 * x * x - 2 * x ** 3).toBeCloseTo(0.3, 14);
		expect(betaQuantile(0.3, 1, 5)).toBeCloseTo(1 - 0.7 ** 0.2, 15);
	});
});

describe('the normal quantile (AS 241)', () => {
	it('gives the textbook values', () => {
		expect(normalQuantile(0.5)).toBe(0);
		expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
		expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 14);
		expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
	});
});

describe('inverse-CDF draws', () => {
	it('return the cell value exactly for a zero-width range, whatever the quantile', () => {
		for (const u of [1e-9, 0.3, 0.999]) {
			for (const dist of ['triangular', 'pert', 'uniform'] as const)
				expect(quantileOf(dist, u, cell(0.7, 0.7, 0.7))).toBe(0.7);
			expect(quantileOf('normal', u, cell(0.7, -Infinity, Infinity, { sd: 0 }))).toBe(0.7);
		}
	});

	it('triangular: the CDF at the mode is (mode − low)/(high − low), and the ends are low and high', () => {
		const c = cell(2, 1, 5);
		expect(quantileOf('triangular', 0.25, c)).toBeCloseTo(2, 14);
		expect(quantileOf('triangular', 0, c)).toBe(1);
		expect(quantileOf('triangular', 1, c)).toBe(5);
		// Above the mode: 1 − (5 − x)²/((5 − 1)(5 − 2)) = 0.5 at x = 5 − √6.
		expect(quantileOf('triangular', 0.5, c)).toBeCloseTo(5 - Math.sqrt(6), 14);
	});

	it('PERT has mean (low + 4·mode + high)/6', () => {
		const c = cell(2, 1, 5);
		let s = 0;
		const n = 20000;
		for (let i = 0; i < n; i++) s += quantileOf('pert', (i + 0.5) / n, c);
		expect(s / n).toBeCloseTo((1 + 8 + 5) / 6, 3);
	});

	it('normal is cut at low/high and at the valid range; whole-number parameters stay whole', () => {
		expect(quantileOf('normal', 0.999, cell(0.5, 0, 0.6, { sd: 0.5 }))).toBe(0.6);
		expect(quantileOf('normal', 1e-6, cell(0.5, -Infinity, Infinity, { sd: 0.5, min: 0, max: 1 }))).toBe(0);
		expect(quantileOf('uniform', 0.6, cell(3, 0, 12, { integer: true }))).toBe(7);
	});
});

describe('the generator and Latin hypercube', () => {
	it('gives uniforms strictly inside (0, 1) with mean ½ and a different stream per iteration', () => {
		const s = new Stream();
		let sum = 0;
		let inside = true;
		const firsts = new Set<number>();
		for (let i = 0; i < 50000; i++) {
			const u = s.reset(7, i).uniform();
			inside &&= u > 0 && u < 1;
			firsts.add(u);
			sum += u;
		}
		expect(inside).toBe(true);
		expect(firsts.size).toBe(50000);
		expect(Math.abs(sum / 50000 - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / 50000));
	});

	it('puts each of the N strata exactly once per parameter, differently per parameter', () => {
		const [p, q] = lhsPermutations(3, 2, 1000);
		expect([...p].sort((a, b) => a - b)).toEqual([...Array(1000).keys()]);
		expect([...p]).not.toEqual([...q]);
	});
});
