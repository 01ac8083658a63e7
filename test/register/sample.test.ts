import { describe, expect, it } from 'vitest';
import { sampleRegister } from '../../src/lib/register/sample';
import { summarise } from '../../src/lib/register/summary';

describe('sampleRegister', () => {
	it('is the same register for the same seed and a different one for another seed', () => {
		expect(sampleRegister({ seed: 7 })).toEqual(sampleRegister({ seed: 7 }));
		expect(sampleRegister({ seed: 7 })).not.toEqual(sampleRegister({ seed: 8 }));
	});

	it('marks every name, street and community as synthetic', () => {
		for (const c of sampleRegister()) {
			expect(c.name).toMatch(/^示例小区 \d{3} \(synthetic\)$/);
			expect(c.street).toMatch(/^示例街道 \d{2} \(synthetic\)$/);
			expect(c.community).toMatch(/^示例社区 \d{2} \(synthetic\)$/);
		}
		expect(new Set(sampleRegister().map((c) => c.community)).size).toBeLessThanOrEqual(66);
	});

	it('splits the old compounds by enclosure as §七 does: 134.3 single, 406.9 unenclosed, 568.9 enclosed 万 m²', () => {
		const old = sampleRegister().filter((c) => c.tier === 'quasi' || c.tier === 'basic');
		const s = summarise(old).byEnclosure.map((r) => [r.enclosure, Math.round(r.area * 1e6) / 1e6]);
		expect(s).toEqual([
			['single', 134.3],
			['unenclosed', 406.9],
			['enclosed', 568.9]
		]);
	});

	it('scales to n compounds with the plan’s proportions, every area positive', () => {
		const big = sampleRegister({ n: 10_000, seed: 1 });
		expect(big).toHaveLength(10_000);
		expect(new Set(big.map((c) => c.name)).size).toBe(10_000);
		expect(big.every((c) => c.area > 0)).toBe(true);
		const t = summarise(big).byTier;
		expect(t.map((r) => r.compounds)).toEqual([3164, 1171, 5570, 95]);
		expect(summarise(big).total.committees).toBe(Math.round((184 * 10_000) / 316));
	});
});
