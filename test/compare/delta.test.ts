import { describe, expect, it } from 'vitest';
import { delta, fmtDelta, fmtValue } from '../../src/lib/compare';

describe('delta against the baseline', () => {
	it('is absolute and relative to the baseline', () => {
		expect(delta(3262.584, 3267.5076)).toEqual({
			abs: expect.closeTo(4.9236, 9),
			rel: expect.closeTo(4.9236 / 3262.584, 12)
		});
		expect(delta(-200, -100).rel).toBe(0.5); // relative to the size of a negative baseline, so the sign tells the direction
	});
	it('has no relative change against a zero baseline', () => {
		expect(delta(0, 4.9236)).toEqual({ abs: 4.9236, rel: null });
	});
});

describe('how values and differences read', () => {
	it('shows money to 3 decimals of 万元, rates to 0.01 %, compounds as whole numbers', () => {
		expect(fmtValue('en', 'money', 3562.584)).toBe('3,562.584');
		expect(fmtValue('zh', 'money', 100)).toBe('100.000');
		expect(fmtValue('en', 'rate', 209 / 316)).toBe('66.14 %');
		expect(fmtValue('en', 'count', 234.0488)).toBe('234');
		// A planner counts compounds: the model's 265.2466 reads 265, its 265.5 reads 266 (never 265.2 or 265.25).
		expect(fmtValue('en', 'count', 265.2466)).toBe('265');
		expect(fmtValue('zh', 'count', 265.5)).toBe('266');
		expect(fmtDelta('en', 'count', delta(234.0488, 265.2466))).toBe(
			`+31 (+${((265.2466 / 234.0488 - 1) * 100).toFixed(1)} %)`
		);
		expect(fmtDelta('en', 'count', delta(234.0488, 234.3))).toBe('±0');
	});
	it('signs differences, gives money a percentage and rates percentage points', () => {
		expect(fmtDelta('en', 'money', delta(3262.584, 3267.5076))).toBe('+4.924 (+0.2 %)');
		expect(fmtDelta('en', 'money', delta(915.646, 899))).toBe('−16.646 (−1.8 %)');
		expect(fmtDelta('en', 'rate', delta(0.8491, 0.8612))).toBe('+1.21 pp');
		expect(fmtDelta('zh', 'rate', delta(0.8612, 0.8491))).toBe('−1.21 个百分点');
		expect(fmtDelta('en', 'money', delta(0, 2.4618))).toBe('+2.462');
	});
	it('reads a difference lost below the shown precision as ±0, never as +0.000', () => {
		expect(fmtDelta('en', 'money', delta(1631.292, 1631.2920000001))).toBe('±0');
		expect(fmtDelta('en', 'rate', delta(0.99051, 0.99052))).toBe('±0');
	});
});
