/** The factor rule (docs/model.md § Guard rails): announced above 3× either way, never at or below it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTLAY_FACTOR, outlayJump } from '../../../src/lib/model/guard/jump';

describe('outlay factor rule', () => {
	it('the issue’s slip: 3,562.584 → 519,520 万元 is 145.8 times', () => {
		const j = outlayJump(3562.584, 519520)!;
		expect(j.ratio).toBeCloseTo(519520 / 3562.584, 9);
		expect(Math.round(j.ratio)).toBe(146);
	});

	it('exactly 3× is not announced; just over it is, and so is a fall below a third', () => {
		expect(outlayJump(3000, 9000)).toBeNull();
		expect(outlayJump(3000, 9000.01)).not.toBeNull();
		expect(outlayJump(3000, 1000)).toBeNull();
		expect(outlayJump(3000, 999.99)!.ratio).toBeLessThan(1 / 3);
	});

	it('no outlay before: nothing to compare with', () => {
		expect(outlayJump(0, 500)).toBeNull();
		expect(outlayJump(-5, 500)).toBeNull();
	});

	it('announced exactly when max(after/before, before/after) > 3', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
				fc.double({ min: 0, max: 1e9, noNaN: true }),
				(b, a) => {
					const big = a === 0 ? Infinity : Math.max(a / b, b / a);
					expect(outlayJump(b, a) !== null).toBe(big > OUTLAY_FACTOR);
				}
			)
		);
	});
});
