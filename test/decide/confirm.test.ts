/**
 * the optimiser never calls a plan feasible that its own out-of-sample check refutes, and the plans it
 * calls feasible hold on an independent large run. The issue's example first (collection of basic properties
 * triangular 50–80 %, the 2023 and 2024 basic subsidies 0–0.3 step 0.005, P(2024 standard target) ≥ 80 %,
 * 400 runs, seeds 1–6): before, three of six were "feasible" with a failed check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCells } from '../../src/lib/model/decide/apply';
import { optimizePlan, type OptimizeReport } from '../../src/lib/model/decide/plan-optimize';
import { runMonteCarlo } from '../../src/lib/model/montecarlo/runner';
import { MET, NK } from '../../src/lib/model/montecarlo/samples';
import { TARGET_KINDS } from '../../src/lib/model/targets';
import { createEngine } from '../../src/lib/sheet/engine';
import { evaluateAll } from '../../src/lib/sheet/evaluate';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { planOf, readFile } from '../montecarlo/helpers';
import { target, total } from './outputs-for-tests';

const FIXTURE = 'test/decide/fixtures/issue21.json';

/** P(the 2024 standard target met) of the plan's cells typed into the document, by the plain runner. */
async function largeRun(
	doc: ScenarioDoc,
	cells: Record<string, number>,
	runs: number,
	seed: number,
	year = 3,
	kind: 'standard' | 'satisfaction' = 'standard'
) {
	const d = applyCells(doc, cells);
	const { hf, sheet } = createEngine(d);
	const { values } = evaluateAll(hf, sheet, d.years);
	hf.destroy();
	const plan = await planOf({ doc: d, values });
	const r = await runMonteCarlo(plan, { runs, seed });
	plan.propagator.dispose();
	if (!r.ok) throw new Error(r.error);
	let met = 0;
	for (let i = 0; i < runs; i++) if (r.samples.met[(i * 3 + year - 1) * NK + TARGET_KINDS.indexOf(kind)] === MET) met++;
	return met / runs;
}

async function issueExample(seed: number): Promise<OptimizeReport> {
	const plan = await planOf(readFile(FIXTURE));
	try {
		const r = await optimizePlan(plan, {
			lattice: ['basic_subsidy_y2', 'basic_subsidy_y3'].map((cell) => ({ cell, min: 0, max: 0.3, step: 0.005 })),
			minimize: total('outlay'),
			subjectTo: [{ output: target(3, 'standard'), probability: 0.8 }],
			taper: false,
			runs: 400,
			seed
		});
		if (!r.ok) throw new Error(r.error);
		return r.report;
	} finally {
		plan.propagator.dispose();
	}
}

describe("the issue's example: runs 400, seeds 1–6", { timeout: 120_000 }, () => {
	it('never says feasible above a failed check; tightens when the first check fails; holds on 20,000 runs', async () => {
		const { doc } = readFile(FIXTURE);
		const tightenedSeeds: number[] = [];
		const held = new Map<string, number>();
		for (let seed = 1; seed <= 6; seed++) {
			const r = await issueExample(seed);
			const c = r.constraints[0];
			// The headline and the table agree: feasible exactly when every check holds, and the status says so.
			expect(r.feasible).toBe(r.constraints.every((x) => x.check));
			expect(r.status === 'confirmed').toBe(r.feasible);
			if (r.feasible) expect(c.value).toBeGreaterThanOrEqual(0.8);
			// What was done is in the report: each round's margin, plan and check.
			expect(r.confirm.rounds).toBe(r.confirm.tries.length);
			expect(r.confirm.tries[r.confirm.chosen].checkSeed).toBe(r.checkSeed);
			r.confirm.tries.forEach((t, i) => {
				expect(t.margins[0]).toBeCloseTo(i * Math.sqrt((0.8 * 0.2) / 400), 12);
				expect(t.passed).toBe(t.check[0] >= 0.8 && (t.inSample[0] as number) >= 0.8);
			});
			if (r.confirm.rounds > 1) tightenedSeeds.push(seed);
			if (!r.feasible) continue;
			// An independent large run (another seed, 20,000 runs) meets the level. (The issue's overclaimed plan,
			// 0.12 / 0.105, has 77.9 % there.)
			const key = JSON.stringify(r.cells);
			if (!held.has(key)) held.set(key, await largeRun(doc, r.cells, 20_000, 424_242));
			expect(held.get(key)!).toBeGreaterThanOrEqual(0.8);
		}
		// Seeds 2, 4 and 5 were the issue's overclaims ("feasible" with a failed check): they are tightened now.
		expect(tightenedSeeds).toEqual(expect.arrayContaining([2, 4, 5]));
	});
});

describe('over random specs and seeds', { timeout: 300_000 }, () => {
	it('feasible only when the fresh check holds, and the check is what the plain runner gives on its seed', async () => {
		const { doc } = readFile(FIXTURE);
		const plan = await planOf(readFile(FIXTURE));
		const cells = ['basic_subsidy_y2', 'basic_subsidy_y3', 'quasi_subsidy_y3'];
		let confirmed = 0,
			refused = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.subarray(cells, { minLength: 1, maxLength: 2 }),
				fc.constantFrom(0.02, 0.03, 0.05),
				fc.integer({ min: 50, max: 90 }),
				fc.constantFrom(2, 3),
				fc.integer({ min: 150, max: 300 }),
				fc.integer({ min: 0, max: 1_000_000 }),
				async (decide, step, level, year, runs, seed) => {
					const r = await optimizePlan(plan, {
						lattice: decide.map((cell) => ({ cell, min: 0, max: 0.3, step })),
						minimize: total('outlay'),
						subjectTo: [{ output: target(year, 'standard'), probability: level / 100 }],
						taper: false,
						runs,
						seed
					});
					if (!r.ok) throw new Error(r.error);
					const rep = r.report;
					expect(rep.feasible).toBe(rep.constraints.every((c) => c.check));
					expect(rep.feasible).toBe(rep.status === 'confirmed');
					for (const c of rep.constraints) expect(c.check).toBe(c.value >= (c.required as number));
					// The fresh figure, independently: the plan's cells typed into the document, the plain runner on
					// the check's seed and runs.
					const p = await largeRun(doc, rep.cells, runs, rep.checkSeed, year);
					expect(rep.constraints[0].value).toBeCloseTo(p, 12);
					if (rep.feasible) confirmed++;
					else refused++;
				}
			),
			{ numRuns: 20, seed: 21 }
		);
		plan.propagator.dispose();
		expect(confirmed + refused).toBe(20);
		expect(confirmed).toBeGreaterThan(0); // both outcomes were exercised
		expect(refused).toBeGreaterThan(0);
	});
});
