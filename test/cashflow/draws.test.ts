/**
 * Street P50/P90 under uncertainty are taken on the runs. Checked against the Monte Carlo kernel itself: the
 * model's outlay is linear in the starting areas, so a street's need in a run is the kernel's district outlay
 * for a scenario holding only that street's areas, with the same seeded draws (the draws depend on the seed
 * and the uncertain parameters, not on the areas).
 */
import { describe, expect, it } from 'vitest';
import { streetBands, streetShares, quantile } from '../../src/lib/model/cashflow';
import { runSync } from '../../src/lib/model/montecarlo/runner';
import { planOf, readInline } from '../montecarlo/helpers';

const AREA = { market: 1244.045, quasi: 249.31, basic: 860.79, self: 2.0515 };
/** `reward`: the yearly reward fund, drawn uniformly from reward/2 to 3·reward/2 (none by default). */
const uncertain = (areas: Partial<typeof AREA>, reward = 0) => ({
	market_area: { value: areas.market ?? 0 },
	quasi_area: { value: areas.quasi ?? 0 },
	basic_area: { value: areas.basic ?? 0 },
	self_area: { value: areas.self ?? 0 },
	reward_fund:
		reward === 0
			? { values: [0, 0, 0] }
			: { values: [reward, reward, reward], uncertainty: { dist: 'uniform', low: reward / 2, high: (3 * reward) / 2 } },
	waiver_covered: { value: 1 },
	basic_waiver_share: { values: [0.03, 0.03, 0.03], uncertainty: { dist: 'uniform', low: 0, high: 0.2 } },
	quasi_waiver_share: { values: [0.02, 0.02, 0.02], uncertainty: { dist: 'uniform', low: 0, high: 0.1 } },
	upgrade_basic_to_quasi: { values: [0.1, 0.1, 0.1], uncertainty: { dist: 'uniform', low: 0, high: 0.5 } }
});
// A: quasi 1, basic 1 · B: basic 3, market 5 · C: self 1 → A holds all quasi and ¼ of basic.
const register = [
	{ street: 'A', tier: 'quasi' as const, area: 1 },
	{ street: 'A', tier: 'basic' as const, area: 1 },
	{ street: 'B', tier: 'basic' as const, area: 3 },
	{ street: 'B', tier: 'market' as const, area: 5 },
	{ street: 'C', tier: 'self' as const, area: 1 }
];
const RUNS = 400,
	SEED = 2026;

/** P50 and P90 of the kernel's monthly district outlay over the runs, for a scenario of the given areas. */
async function kernelBand(areas: Partial<typeof AREA>, reward = 0) {
	const plan = await planOf(readInline(uncertain(areas, reward)));
	const store = runSync(plan, RUNS, SEED, false);
	const M = 36;
	const col = (m: number) => Float64Array.from({ length: RUNS }, (_, i) => store.monthOutlay[i * M + m]);
	return {
		p50: Array.from({ length: M }, (_, m) => quantile(col(m), 0.5)),
		p90: Array.from({ length: M }, (_, m) => quantile(col(m), 0.9))
	};
}

describe('street bands from the draws', () => {
	it('each street’s and the district’s P50/P90 match the kernel run on that street’s areas alone', async () => {
		const plan = await planOf(readInline(uncertain(AREA)));
		const shares = streetShares(register, [AREA.market, AREA.quasi, AREA.basic, AREA.self]);
		const bands = streetBands(plan, shares, { runs: RUNS, seed: SEED });
		const a = await kernelBand({ quasi: AREA.quasi, basic: AREA.basic / 4 });
		const b = await kernelBand({ basic: (AREA.basic * 3) / 4, market: AREA.market });
		const all = await kernelBand(AREA);
		const k = (s: string) => shares.streets.indexOf(s);
		let differs = 0;
		for (let m = 0; m < 36; m++) {
			expect(bands.streets[k('A')].p90[m]).toBeCloseTo(a.p90[m], 8);
			expect(bands.streets[k('A')].p50[m]).toBeCloseTo(a.p50[m], 8);
			expect(bands.streets[k('B')].p90[m]).toBeCloseTo(b.p90[m], 8);
			expect(bands.district.p90[m]).toBeCloseTo(all.p90[m], 8);
			const sum = bands.streets.reduce((s, x) => s + x.p90[m], 0);
			// Never summed: quantiles do not add up (in either direction), so the two differ.
			if (Math.abs(sum - bands.district.p90[m]) > 1e-6) differs++;
		}
		expect(differs).toBeGreaterThan(0);
	}, 120_000);

	it('a street given 40 % of an uncertain reward fund: its band is the kernel’s with 40 % of each draw', async () => {
		// The reward fund is drawn from U(50, 150) a year; street A gets 40 % of it, i.e. a draw from U(20, 60) on
		// the same quantile. So A's need in a run is the kernel's outlay for A's areas with a reward fund of 40.
		const plan = await planOf(readInline(uncertain(AREA, 100)));
		const shares = streetShares(register, [AREA.market, AREA.quasi, AREA.basic, AREA.self]);
		const k = (s: string) => shares.streets.indexOf(s);
		const rewardShare = shares.streets.map((s) => (s === 'A' ? 0.4 : 0));
		const bands = streetBands(plan, shares, { runs: RUNS, seed: SEED, rewardShare });
		const a = await kernelBand({ quasi: AREA.quasi, basic: AREA.basic / 4 }, 40);
		const all = await kernelBand(AREA, 100);
		for (const m of [0, 1, 12, 13, 24]) {
			expect(bands.streets[k('A')].p50[m], `A p50 ${m}`).toBeCloseTo(a.p50[m], 8);
			expect(bands.streets[k('A')].p90[m], `A p90 ${m}`).toBeCloseTo(a.p90[m], 8);
			expect(bands.district.p90[m], `district p90 ${m}`).toBeCloseTo(all.p90[m], 8);
		}
		// January carries the reward: A's P90 there is well above February's (≥ 40 % of the lowest draw, 50).
		expect(bands.streets[k('A')].p90[0] - bands.streets[k('A')].p90[1]).toBeGreaterThan(20);
	}, 120_000);
});
