/** Sensitivity over time: which assumption drives an output in which year. */
import { describe, expect, it } from 'vitest';
import { runSync } from '../../src/lib/model/montecarlo/runner';
import { sensitivity } from '../../src/lib/model/montecarlo/sensitivity';
import { planOf, readInline } from './helpers';

describe('sensitivity over time', () => {
	it('gives the year-1 outlay to the subsidy that varies in year 1 and the year-3 outlay to the reward fund that varies in year 3', async () => {
		const s = readInline({
			reward_fund: {
				values: [100, 100, 100],
				uncertainty: { dist: 'uniform', low: [100, 100, 50], high: [100, 100, 150] }
			},
			quasi_subsidy: {
				values: [0.2, 0.1, 0.1],
				uncertainty: { dist: 'uniform', low: [0.1, 0.1, 0.1], high: [0.3, 0.1, 0.1] }
			}
		});
		const plan = await planOf(s);
		const sens = sensitivity(plan, runSync(plan, 5000, 2, false));
		const share = (year: number, key: string) =>
			(sens.years[year - 1].shares.outlay as number[])[sens.keys.indexOf(key)];
		expect(sens.keys.sort()).toEqual(['quasi_subsidy', 'reward_fund']);
		expect(share(1, 'quasi_subsidy')).toBeGreaterThan(0.99);
		expect(share(3, 'reward_fund')).toBeGreaterThan(0.99);
		// Year 2: neither range is open, the outlay does not vary, and no share is claimed.
		expect(share(2, 'reward_fund') + share(2, 'quasi_subsidy')).toBe(0);
		for (const y of [0, 2])
			for (const shares of Object.values(sens.years[y].shares)) {
				const total = (shares as number[]).reduce((a, b) => a + b, 0);
				expect(total === 0 || Math.abs(total - 1) < 1e-12).toBe(true);
			}
	});

	it('credits a parameter drawn afresh each year with the whole of the output it alone drives, every year', async () => {
		const s = readInline({
			reward_fund: {
				values: [100, 100, 100],
				uncertainty: { dist: 'uniform', low: 50, high: 150, years: 'independent' }
			},
			basic_subsidy: { values: [0.1, 0.1, 0.1] }
		});
		const plan = await planOf(s);
		const sens = sensitivity(plan, runSync(plan, 5000, 3, true));
		const rf = sens.keys.indexOf('reward_fund');
		expect(sens.years.map((y) => (y.shares.rewardFund as number[])[rf])).toEqual([1, 1, 1]);
	});
});
