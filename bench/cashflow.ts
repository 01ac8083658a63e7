/**
 * The budget: the fund-use plan of a 10,000-compound register over 20 streets, 36 months, from the plan
 * scenario, in ≤ 200 ms (median). Deterministic: the synthetic register with a fixed seed, its streets
 * reassigned round-robin to 20 (the sample has 12). No top-level work, so `npm run bench` can import it.
 */
import { cashflowPlan } from '../src/lib/model/cashflow';
import { defaultValues, toModelInputs } from '../src/lib/model/inputs';
import { sampleRegister } from '../src/lib/register/sample';

export function benchCashflow(rows = 10_000, runs = 7): { cashflow_10k_streets_ms: number } {
	const register = sampleRegister({ n: rows, seed: 1 }).map((c, i) => ({ ...c, street: `街道${(i % 20) + 1}` }));
	const values = defaultValues(3);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		// The scenario's inputs are resolved inside the timing too: the screen does both on each change.
		const plan = cashflowPlan(toModelInputs(values, 3), '2022-01', register);
		times.push(performance.now() - t0);
		if (plan.streets.length !== 20 || plan.months.length !== 36)
			throw new Error(`benchCashflow: ${plan.streets.length} streets × ${plan.months.length} months`);
	}
	times.sort((a, b) => a - b);
	return { cashflow_10k_streets_ms: Math.round(times[Math.floor(times.length / 2)] * 10) / 10 };
}

// `npx tsx bench/cashflow.ts` prints the figure alone.
if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`)
	console.log(JSON.stringify(benchCashflow()));
