/**
 * docs/model.md, the target rule: met when the rate, rounded half up to 0.01 percentage points, is at least the target:
 * floor(rate·10⁴ + 0.5) ≥ floor(target·10⁴ + 0.5).
 */
import { describe, expect, it } from 'vitest';
import { margin, meets } from '../../src/lib/model/targets';
import { project } from '../../src/lib/model/projection';
import { MARKET, tiny } from './tiny';

describe('meets', () => {
	it('209/316 = 66.139 % meets the plan\u2019s 66.14 %, as the plan rounds it', () => {
		expect(meets(209 / 316, 0.6614)).toBe(true);
	});

	it('208/316 = 65.82 % does not', () => {
		expect(meets(208 / 316, 0.6614)).toBe(false);
	});

	it('66.135 % rounds half up to 66.14 % and meets it', () => {
		// floor(6613.5 + 0.5) = 6614 ≥ 6614
		expect(meets(0.66135, 0.6614)).toBe(true);
	});

	it('66.134 % rounds down to 66.13 % and misses', () => {
		// floor(6613.4 + 0.5) = 6613 < 6614
		expect(meets(0.66134, 0.6614)).toBe(false);
	});

	it('a rate equal to the target meets it; one hundredth of a point below misses', () => {
		expect(meets(0.85, 0.85)).toBe(true);
		expect(meets(0.8499, 0.85)).toBe(false);
		expect(meets(1, 1)).toBe(true);
		expect(meets(313 / 316, 1)).toBe(false); // 99.05 %
	});

	it('the target is rounded the same way: 66.135 % as a target asks for 66.14 %', () => {
		expect(meets(0.6613, 0.66135)).toBe(false);
		expect(meets(0.6614, 0.66135)).toBe(true);
	});

	it('a blank target is no target: null', () => {
		expect(meets(0.5, null)).toBeNull();
		expect(meets(0, null)).toBeNull();
	});
});

describe('margin', () => {
	it('is the rounded rate minus the rounded target', () => {
		expect(margin(209 / 316, 0.6614)).toBe(0);
		expect(margin(0.8006, 0.8)).toBeCloseTo(0.0006, 12);
		expect(margin(0.7, 0.75)).toBeCloseTo(-0.05, 12);
		expect(margin(0.5, null)).toBeNull();
	});
});

describe('targets in a projection', () => {
	it('209 of 316 compounds with a committee meets a 66.14 % committee target; 208 does not', () => {
		const run = (start: number) => {
			const inp = tiny(1);
			inp.compounds[MARKET] = 316;
			inp.committeesStart = start;
			inp.target.committee = [0.6614];
			return project(inp, '2022-01').years[0].targets;
		};
		expect(run(209).committee).toBe(true);
		expect(run(208).committee).toBe(false);
		// No other target was set.
		expect(run(209)).toMatchObject({ standard: null, satisfaction: null, coverage: null });
	});
});
