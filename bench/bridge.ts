/**
 * Bridge figures for `npm run bench`, one thread in Node:
 *  - bridge12_ms: the exact bridge between the plan scenario and an alternative that differs in 12 parameters
 *    (subsidies, collection, costs, pace, grace, reward fund, response) — 2¹² = 4,096 projections and the
 *    Shapley values of every output bridgeOutputNames lists (28 for three years). Median of 7, after one
 *    warm-up. Target ≤ 300.
 * No top-level side effects: bench/run.ts imports this.
 */
import { bridge } from '../src/lib/model/bridge';
import { defaultValues, type ParamValues } from '../src/lib/model/inputs';

/** The plan scenario with 12 parameters changed, each within its valid range. */
export function twelveChanged(): { base: ParamValues; alt: ParamValues } {
	const base = defaultValues(3);
	const alt: ParamValues = { ...defaultValues(3) };
	const yearly = (x: number) => [x, x, x];
	Object.assign(alt, {
		quasi_subsidy: yearly(0.2),
		basic_subsidy: yearly(0.1),
		upgrade_basic_to_quasi: [0.1, 0.1, 0.1],
		cover_self: [0.5, 0.5, 0],
		basic_collection: yearly(0.85),
		quasi_collection: yearly(0.9),
		basic_cost: yearly(0.3),
		quasi_cost: yearly(0.7),
		reward_fund: yearly(50),
		grace_months: 2,
		satisfaction_response: 0.8,
		market_fee: yearly(1.3)
	});
	return { base, alt };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchBridge(): Promise<{ bridge12_ms: number }> {
	const { base, alt } = twelveChanged();
	const times: number[] = [];
	for (let k = 0; k < 8; k++) {
		const t0 = performance.now();
		const r = bridge({ values: base, years: 3, start: '2022-01' }, { values: alt, years: 3, start: '2022-01' });
		if (!r.ok || r.players.length !== 12) throw new Error('the bench bridge should have 12 players');
		if (k > 0) times.push(performance.now() - t0); // the first is V8's warm-up
	}
	return { bridge12_ms: Math.round(median(times) * 10) / 10 };
}

if (process.argv[1]?.endsWith('bridge.ts')) void benchBridge().then((r) => console.log(JSON.stringify(r)));
