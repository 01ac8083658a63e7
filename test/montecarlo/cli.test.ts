import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCliMonteCarlo } from '../../src/cli/monte-carlo';
import { readFile } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';

describe('simulate --runs', () => {
	it('prints percentiles, target probabilities and convergence under "monteCarlo", the same for the same seed', () => {
		const run = () =>
			JSON.parse(
				execFileSync('npx', ['tsx', 'src/cli/simulate.ts', FIXTURE, '--runs', '400', '--seed', '7', '--json'], {
					encoding: 'utf8'
				})
			);
		const out = run();
		const mc = out.monteCarlo;
		expect(Object.keys(mc)).toEqual([
			'runs',
			'seed',
			'lhs',
			'uncertain',
			'propagated',
			'propagation',
			'years',
			'totals',
			'months',
			'convergence',
			'formulaErrors',
			'correlation',
			'sensitivity'
		]);
		expect([mc.runs, mc.seed, mc.lhs, mc.propagation]).toEqual([400, 7, false, 'compiled']);
		expect(Object.keys(mc.years[0].percentiles.outlay)).toEqual(['p5', 'p25', 'p50', 'p75', 'p95']);
		expect(mc.years[2].targetProbability).toEqual({
			committee: 1,
			standard: expect.any(Number),
			satisfaction: expect.any(Number),
			coverage: expect.any(Number)
		});
		expect(mc.years[0].targetProbability.coverage).toBeNull();
		expect(mc.months).toHaveLength(36);
		expect(mc.totals.outlay.p5).toBeLessThan(mc.totals.outlay.p95);
		expect(run().monteCarlo).toEqual(mc);
	}, 60_000);

	it('returns plain errors for a bad run count, and a note when nothing is uncertain', async () => {
		const s = readFile('scenarios/plan-2022-2024.json');
		expect(await runCliMonteCarlo(s.doc, { runs: -3, seed: 1, lhs: false })).toEqual({
			ok: false,
			error: '--runs/--seed: runs -3 is not a whole number between 1 and 1,000,000'
		});
		const r = await runCliMonteCarlo(s.doc, { runs: 50, seed: 1, lhs: true });
		expect(r.ok && r.result.note).toMatch(/no parameter carries/);
		expect(r.ok && r.result.totals.outlay.p50).toBe(3562.584);
	});
});
