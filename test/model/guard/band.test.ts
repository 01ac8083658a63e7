/**
 * Plausible bands (docs/model.md § Guard rails): hand-worked from the plan's figures (§七 subsidies 0.2/0.1/0.1
 * quasi, 0.1/0.05/0.05 basic; §二 self-governed area 2.0515 万 m²; §七 reward fund 100 万元 a year).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, PARAM, defaultCell } from '../../../src/lib/model/catalogue';
import { BAND_FACTOR, outside, plausibleBand } from '../../../src/lib/model/guard/band';

const plan = (key: string, y: number) => defaultCell(PARAM.get(key)!, y);
const def = (key: string) => PARAM.get(key)!;

describe('plausible band', () => {
	it('a subsidy: 0 to 3 × the plan’s largest subsidy in any tier and year (0.2 quasi 2023 → 0.6)', () => {
		const b = plausibleBand(def('basic_subsidy'), 3, plan)!;
		expect(b.lo).toBe(0);
		expect(b.hi).toBeCloseTo(0.6, 12);
		expect(outside(b, 50)).toBe(true);
		expect(outside(b, 0.5)).toBe(false);
		expect(outside(b, 0)).toBe(false);
	});

	it('the scenario’s own values widen it: a quasi subsidy of 1 makes 2.5 in basic plausible', () => {
		const values = (key: string, y: number) => (key === 'quasi_subsidy' && y === 0 ? 1 : plan(key, y));
		const b = plausibleBand(def('basic_subsidy'), 3, values)!;
		expect(b.hi).toBeCloseTo(3, 12);
		expect(outside(b, 2.5)).toBe(false);
		expect(outside(b, 3.5)).toBe(true);
	});

	it('the start state is held against its own tier: self-governed area 2.0515 → up to 6.1545 万 m²', () => {
		const b = plausibleBand(def('self_area'), 3, plan)!;
		expect(b.hi).toBeCloseTo(6.1545, 9);
		// 205.15 is the plan's area typed in m²/100 (a unit slip), far above though far below market-rate's 1,244.
		expect(outside(b, 205.15)).toBe(true);
	});

	it('the reward fund: up to 300 万元 a year; years beyond the plan’s third use the same reference', () => {
		expect(plausibleBand(def('reward_fund'), 3, plan)!.hi).toBe(300);
		expect(plausibleBand(def('reward_fund'), 5, plan)!.hi).toBe(300);
	});

	it('shares, months and yes/no have none beyond their hard range', () => {
		for (const key of ['basic_collection', 'grace_months', 'waiver_covered', 'target_committee'])
			expect(plausibleBand(def(key), 3, plan)).toBeNull();
	});

	it('never reaches past the hard range, and always holds every value it was derived from', () => {
		const banded = CATALOGUE.filter((d) => plausibleBand(d, 3, plan));
		fc.assert(
			fc.property(
				fc.constantFrom(...banded),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.integer({ min: 1, max: 6 }),
				(d, share, years) => {
					const x = share * d.max;
					const values = (key: string, y: number) => (key === d.key && y === 0 ? x : plan(key, y));
					const b = plausibleBand(d, years, values)!;
					expect(b.hi).toBeLessThanOrEqual(d.max);
					// The value before the edit is itself plausible: announcing it again would be noise.
					expect(outside(b, x)).toBe(false);
					expect(outside(b, Math.min(d.max, x * BAND_FACTOR))).toBe(false);
				}
			)
		);
	});
});
