/**
 * The optimiser against searches done the slow, obvious way: every grid point rebuilt as a scenario document
 * (the decision values typed into its cells), evaluated by the app's own reader path and Monte Carlo runner.
 */
import { describe, expect, it } from 'vitest';
import { applyCells } from '../../src/lib/model/decide/apply';
import type { Constraint } from '../../src/lib/model/decide/evaluator';
import { optimizePlan, type OptimizeProblem } from '../../src/lib/model/decide/plan-optimize';
import { runMonteCarlo } from '../../src/lib/model/montecarlo/runner';
import { MET, NK } from '../../src/lib/model/montecarlo/samples';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { runProjection } from '../../src/lib/model/run';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { TARGET_KINDS } from '../../src/lib/model/targets';
import { createEngine } from '../../src/lib/sheet/engine';
import { evaluateAll } from '../../src/lib/sheet/evaluate';
import { planOf } from '../montecarlo/helpers';
import { target, total } from './outputs-for-tests';

const evaluate = (doc: ScenarioDoc) => {
	const { hf, sheet } = createEngine(doc);
	const { values, issues } = evaluateAll(hf, sheet, doc.years);
	hf.destroy();
	if (issues.length) throw new Error(issues[0].en);
	return { doc, values };
};

/** The bench's ranges: collection, costs, reward fund, response and upgrades uncertain. */
function uncertainDoc(): ScenarioDoc {
	const doc = planScenario();
	doc.params.basic_collection.uncertainty = { dist: 'triangular', low: [0.5, 0.55, 0.6], high: [0.7, 0.8, 0.9] };
	doc.params.quasi_collection.uncertainty = { dist: 'triangular', low: 0.6, high: 0.95 };
	doc.params.quasi_cost.uncertainty = { dist: 'pert', low: 0.55, high: 0.8 };
	doc.params.basic_cost.uncertainty = { dist: 'pert', low: 0.22, high: 0.35 };
	doc.params.upgrade_basic_to_quasi.uncertainty = { dist: 'uniform', low: 0, high: 0.2 };
	return doc;
}

const grid = (min: number, max: number, step: number) => {
	const out: number[] = [];
	for (let k = 0; min + k * step <= max + 1e-9; k++) out.push(Number((min + k * step).toPrecision(12)));
	return out;
};

/** P(target met) of a document by the plain runner, same runs and seed as the optimiser. */
async function probability(doc: ScenarioDoc, year: number, kind: 'standard', runs: number, seed: number) {
	const plan = await planOf(evaluate(doc));
	const r = await runMonteCarlo(plan, { runs, seed });
	if (!r.ok) throw new Error(r.error);
	let met = 0;
	for (let i = 0; i < runs; i++) if (r.samples.met[(i * 3 + year - 1) * NK + TARGET_KINDS.indexOf(kind)] === MET) met++;
	return met / runs;
}

describe('the cheapest plan that meets the targets', () => {
	it('one decision cell, deterministic: the optimum is the brute-force scan of the grid', async () => {
		const doc = planScenario();
		const values = grid(0, 0.3, 0.005);
		// Brute force: each value typed into the cell, the scenario projected.
		let best: { x: number; outlay: number } | null = null;
		for (const x of values) {
			const s = evaluate(applyCells(doc, { basic_subsidy_y2: x }));
			const p = runProjection(s.values, 3, doc.start);
			if (p.years[1].targets.standard && (!best || p.totals.outlay < best.outlay))
				best = { x, outlay: p.totals.outlay };
		}
		expect(best).not.toBeNull();
		expect(best!.x).toBeGreaterThan(0); // the constraint bites inside the range: the test can fail
		expect(best!.x).toBeLessThan(0.3);
		const plan = await planOf(evaluate(doc));
		const r = await optimizePlan(plan, {
			lattice: [{ cell: 'basic_subsidy_y2', min: 0, max: 0.3, step: 0.005 }],
			minimize: total('outlay'),
			subjectTo: [{ output: target(2, 'standard'), met: true }],
			taper: false,
			runs: 100,
			seed: 1
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.report.feasible).toBe(true);
		expect(r.report.cells).toEqual({ basic_subsidy_y2: best!.x });
		expect(r.report.objective).toBeCloseTo(best!.outlay, 6);
		expect(r.report.constraints).toEqual([
			{
				output: 'y2.target.standard',
				required: 'met',
				value: 1,
				inSample: null,
				check: true,
				binding: true,
				se: 0,
				margin: 0
			}
		]);
	}, 60_000);

	it('several cells under uncertainty: never worse than a coarse grid, and every constraint met', async () => {
		const doc = uncertainDoc();
		const cells = ['quasi_subsidy_y3', 'basic_subsidy_y2', 'basic_subsidy_y3'];
		const subjectTo: Constraint[] = [
			{ output: target(3, 'standard'), probability: 0.7 },
			{ output: target(2, 'standard'), probability: 0.5 }
		];
		const runs = 600,
			seed = 5;
		const problem: OptimizeProblem = {
			lattice: cells.map((cell) => ({ cell, min: 0, max: 0.3, step: 0.01 })),
			minimize: total('outlay'),
			subjectTo,
			taper: false,
			runs,
			seed
		};
		const r = await optimizePlan(await planOf(evaluate(doc)), problem);
		expect(r.ok && r.report.feasible).toBe(true);
		if (!r.ok) return;
		// Checked the slow way: the cells typed into a copy, the plain runner on the same seed.
		const mine = applyCells(doc, r.report.cells);
		expect(await probability(mine, 3, 'standard', runs, seed)).toBeGreaterThanOrEqual(0.7);
		expect(await probability(mine, 2, 'standard', runs, seed)).toBeGreaterThanOrEqual(0.5);
		const outlay = runProjection(evaluate(mine).values, 3, doc.start).totals.outlay;
		expect(r.report.objective).toBeCloseTo(outlay, 6);
		// A coarse grid of 4 points a cell (0, 0.1, 0.2, 0.3) over the same space, the slow way.
		let coarse = Infinity;
		const pts = [0, 0.1, 0.2, 0.3];
		for (const a of pts)
			for (const b of pts)
				for (const c of pts) {
					const d = applyCells(doc, { [cells[0]]: a, [cells[1]]: b, [cells[2]]: c });
					const o = runProjection(evaluate(d).values, 3, doc.start).totals.outlay;
					if (o >= coarse) continue;
					if ((await probability(d, 3, 'standard', runs, seed)) < 0.7) continue;
					if ((await probability(d, 2, 'standard', runs, seed)) < 0.5) continue;
					coarse = o;
				}
		expect(coarse).toBeLessThan(Infinity);
		expect(r.report.objective).toBeLessThanOrEqual(coarse + 1e-9);
		// The honest figure is on a fresh seed, and says so.
		expect(r.report.checkSeed).not.toBe(seed);
		expect(r.report.constraints.map((c) => c.inSample! >= (c.required as number))).toEqual([true, true]);
	}, 60_000);

	it('says "no feasible plan" when the bounds cannot meet a constraint, with the best probability reached', async () => {
		const doc = uncertainDoc();
		const r = await optimizePlan(await planOf(evaluate(doc)), {
			lattice: [
				{ cell: 'basic_subsidy_y3', min: 0, max: 0.02, step: 0.005 },
				{ cell: 'quasi_subsidy_y3', min: 0, max: 0.02, step: 0.005 }
			],
			minimize: total('outlay'),
			subjectTo: [{ output: target(3, 'standard'), probability: 0.99 }],
			taper: false,
			runs: 500,
			seed: 2
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.report.feasible).toBe(false);
		const c = r.report.constraints[0];
		expect(c.check).toBe(false);
		expect(c.inSample).toBeLessThan(0.99);
		// The best probability reached: no point of the 5 × 5 grid does better (same seed).
		for (const a of grid(0, 0.02, 0.005))
			for (const b of grid(0, 0.02, 0.005)) {
				const p = await probability(
					applyCells(doc, { basic_subsidy_y3: a, quasi_subsidy_y3: b }),
					3,
					'standard',
					500,
					2
				);
				expect(p).toBeLessThanOrEqual(c.inSample! + 1e-12);
			}
		expect(Object.keys(r.report.cells)).toEqual(['basic_subsidy_y3', 'quasi_subsidy_y3']);
	}, 60_000);

	it('keeps the taper: the subsidy never rises from one year to the next', async () => {
		const doc = planScenario();
		const r = await optimizePlan(await planOf(evaluate(doc)), {
			lattice: [
				{ cell: 'basic_subsidy_y2', min: 0, max: 0.3, step: 0.01 },
				{ cell: 'basic_subsidy_y3', min: 0, max: 0.3, step: 0.01 }
			],
			minimize: total('outlay'),
			subjectTo: [
				{ output: target(2, 'standard'), met: true },
				{ output: target(3, 'standard'), met: true }
			],
			taper: true,
			runs: 50,
			seed: 1
		});
		expect(r.ok && r.report.feasible).toBe(true);
		if (!r.ok) return;
		const y1 = doc.params.basic_subsidy.cells[0] as number;
		expect(r.report.cells.basic_subsidy_y2).toBeLessThanOrEqual(y1);
		expect(r.report.cells.basic_subsidy_y3).toBeLessThanOrEqual(r.report.cells.basic_subsidy_y2);
		expect(r.report.taper).toEqual({ asked: true, check: true });
	});
});
