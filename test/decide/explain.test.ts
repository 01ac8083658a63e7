/**
 * Scenario discovery on scenarios whose answer is known: a "target" that fails exactly when one parameter is
 * below a threshold, with a second parameter drawn but irrelevant.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/model/decide/explain';
import type { RunOutput } from '../../src/lib/model/decide/output';
import { NY, OUT } from '../../src/lib/model/montecarlo/samples';
import { runOnce } from '../../src/lib/model/montecarlo/sampler';
import { planOf, readInline } from '../montecarlo/helpers';

/** Basic subsidy uniform 0–0.2 (all years move together), quasi cost uniform too: it cannot move a subsidy. */
const scenario = () =>
	readInline({
		basic_subsidy: { values: [0.1, 0.1, 0.1], uncertainty: { dist: 'uniform', low: 0, high: 0.2 } },
		quasi_cost: { values: [0.65, 0.65, 0.65], uncertainty: { dist: 'uniform', low: 0.55, high: 0.8 } }
	});

/** Met when the year-2 district subsidy reaches what a basic subsidy of `t` pays: missed exactly below t. */
async function targetAt(t: number): Promise<{ plan: Awaited<ReturnType<typeof planOf>>; output: RunOutput }> {
	const plan = await planOf(scenario());
	const slots = [0, 1, 2].map((y) => plan.layout.index.get(`basic_subsidy_y${y + 1}`) as number);
	const at = runOnce(plan, plan.propagator, (v) => slots.forEach((s) => (v[s] = t)));
	const needed = at.yearly[1 * NY + OUT.subsidy];
	const output: RunOutput = {
		name: 'y2.subsidy-reaches',
		kind: 'target',
		year: 2,
		at: (s, row) => (s.yearly[(row * s.years + 1) * NY + OUT.subsidy] >= needed ? 1 : 0)
	};
	return { plan, output };
}

describe('why a target fails (PRIM)', () => {
	it('finds the one condition, at the threshold, and leaves the irrelevant parameter out', async () => {
		for (const t of [0.073, 0.12]) {
			const { plan, output } = await targetAt(t);
			const r = await explain(plan, output, { runs: 5000, seed: 3 });
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			const e = r.explanation;
			expect(e.missRate).toBeGreaterThan(t / 0.2 - 0.03);
			expect(e.missRate).toBeLessThan(t / 0.2 + 0.03);
			const box = e.boxes[0];
			expect(box.conditions.length).toBe(1);
			expect(box.conditions[0].key).toBe('basic_subsidy_y2');
			expect(box.conditions[0].op).toBe('<');
			expect(Math.abs(box.conditions[0].value - t)).toBeLessThan(0.01);
			expect(box.coverage).toBeGreaterThanOrEqual(0.9);
			expect(box.density).toBeGreaterThanOrEqual(0.9);
			const all = e.boxes.flatMap((b) => b.conditions.map((c) => c.key));
			expect(all.some((k) => k.startsWith('quasi_cost'))).toBe(false);
			expect(e.inputs).toEqual(['basic_subsidy_y2', 'quasi_cost_y2']); // one input per parameter drawn
		}
	});

	it('explains a threshold crossed, and says when nothing is missed', async () => {
		const plan = await planOf(scenario());
		const over: RunOutput = {
			name: 'y1.subsidy>X',
			kind: 'threshold',
			year: 1,
			at: (s, row) => (s.yearly[row * s.years * NY + OUT.subsidy] > 1500 ? 1 : 0)
		};
		const r = await explain(plan, over, { runs: 3000, seed: 1, maxPoints: 500 });
		expect(r.ok && r.explanation.boxes[0].conditions.map((c) => [c.key, c.op])).toEqual([['basic_subsidy_y1', '>']]);
		expect(r.ok && r.points?.x.length).toBe(500);
		const never: RunOutput = { ...over, at: () => 0 };
		const n = await explain(plan, never, { runs: 500, seed: 1 });
		expect(n.ok && [n.explanation.missRate, n.explanation.boxes.length]).toEqual([0, 0]);
	});
});
