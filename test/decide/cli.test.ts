/** The two decision flags of `npm run simulate`: --explain beside --runs, and --optimize SPEC.json. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const simulate = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'decide-cli-'));
const specFile = (spec: unknown) => {
	const f = join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
	writeFileSync(f, JSON.stringify(spec));
	return f;
};

describe('simulate --explain', { timeout: 60_000 }, () => {
	it('adds "explain" with the box that separates the runs, beside the usual monteCarlo', () => {
		// y2 subsidy above 1,500 万元: the plan's areas make that a basic subsidy above a fixed level.
		const out = JSON.parse(
			execFileSync(
				'npx',
				[
					'tsx',
					'src/cli/simulate.ts',
					'test/decide/fixtures/threshold.json',
					'--runs',
					'4000',
					'--seed',
					'3',
					'--explain',
					'y2.subsidy>1500',
					'--json'
				],
				{ encoding: 'utf8' }
			)
		);
		expect(out.monteCarlo.runs).toBe(4000);
		const e = out.explain;
		expect(Object.keys(e)).toEqual(['output', 'missRate', 'boxes', 'runs', 'seed', 'inputs']);
		expect(e.output).toBe('y2.subsidy>1500');
		expect(e.boxes[0].conditions).toHaveLength(1);
		expect(e.boxes[0].conditions[0]).toMatchObject({ key: 'basic_subsidy_y2', op: '>' });
		expect(e.boxes[0].coverage).toBeGreaterThan(0.95);
		expect(e.boxes[0].density).toBeGreaterThan(0.95);
		expect(JSON.stringify(e.boxes)).not.toContain('quasi_cost');
	});

	it('refuses an unknown output, and --explain without --runs, with status 2', () => {
		const bad = simulate(
			'test/decide/fixtures/threshold.json',
			'--runs',
			'100',
			'--explain',
			'y3.target.satisfactoin',
			'--json'
		);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('did you mean y3.target.satisfaction');
		const alone = simulate('test/decide/fixtures/threshold.json', '--explain', 'y3.target.satisfaction', '--json');
		expect(alone.status).toBe(2);
		expect(alone.stderr).toContain('--explain needs --runs');
	});
});

describe('simulate --optimize', { timeout: 60_000 }, () => {
	it('prints the cheapest plan with its fresh-seed check, in the issue\u2019s shape', () => {
		const f = specFile({
			decide: { basic_subsidy_y2: { min: 0, max: 0.3, step: 0.01 } },
			minimize: 'total.outlay',
			subjectTo: [{ output: 'y2.target.standard', met: true }],
			runs: 200,
			seed: 1
		});
		const r = simulate('scenarios/plan-2022-2024.json', '--optimize', f, '--json');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		for (const k of ['feasible', 'cells', 'objective', 'constraints', 'evaluations']) expect(out).toHaveProperty(k);
		expect(out.feasible).toBe(true);
		expect(Object.keys(out.cells)).toEqual(['basic_subsidy_y2']);
		expect(out.constraints[0]).toMatchObject({ output: 'y2.target.standard', value: 1, check: true });
	});

	it('the example, seed 5: the first plan fails its fresh check, so the levels are raised until one holds', () => {
		const f = specFile({
			decide: Object.fromEntries(
				['basic_subsidy_y2', 'basic_subsidy_y3'].map((c) => [c, { min: 0, max: 0.3, step: 0.005 }])
			),
			minimize: 'total.outlay',
			subjectTo: [{ output: 'y3.target.standard', probability: 0.8 }],
			runs: 400,
			seed: 5
		});
		const r = simulate('test/decide/fixtures/issue21.json', '--optimize', f, '--json');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		// Before: "feasible": true with "check": false (75.0 % on the fresh seed).
		expect(out.confirm.tries[0]).toMatchObject({
			passed: false,
			cells: { basic_subsidy_y2: 0.12, basic_subsidy_y3: 0.11 }
		});
		expect(out.confirm.tries[0].check[0]).toBeLessThan(0.8);
		expect(out.confirm.rounds).toBeGreaterThan(1);
		expect(out.feasible).toBe(out.constraints[0].check);
		expect(out.status).toBe(out.feasible ? 'confirmed' : 'not-confirmed');
		// Each later round asked for one more standard error √(0.8·0.2/400) = 2 percentage points.
		out.confirm.tries.forEach((t: { margins: number[] }, i: number) => expect(t.margins[0]).toBeCloseTo(i * 0.02, 12));
		expect(out.constraints[0].se).toBeCloseTo(
			Math.sqrt((out.constraints[0].value * (1 - out.constraints[0].value)) / 400),
			12
		);
		const text = simulate('test/decide/fixtures/issue21.json', '--optimize', f);
		expect(text.stdout).toMatch(out.feasible ? /confirmed on a fresh seed/ : /not confirmed \(未能确认\)/);
		expect(text.stdout).toContain('confirmation: ');
	});

	it('lists every problem of a bad spec with its key, and exits with status 2', () => {
		const f = specFile({
			decide: {
				basic_subsidy_y9: { min: 0, max: 0.3, step: 0.01 },
				quasi_subsidy_y2: { min: 0.3, max: 0.1, step: 0.01 },
				quasi_subsidy_y3: { min: 0, max: 0.3, step: 0 }
			},
			minimize: 'total.outly',
			subjectTo: [
				{ output: 'y3.target.standard', probability: 1.5 },
				{ output: 'y1.target.coverage', met: true }
			]
		});
		const r = simulate('scenarios/plan-2022-2024.json', '--optimize', f, '--json');
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		const lines = r.stderr.trim().split('\n');
		expect(lines.some((l) => l.includes('decide.basic_subsidy_y9: there is no cell "basic_subsidy_y9"'))).toBe(true);
		expect(lines.some((l) => l.includes('decide.quasi_subsidy_y2.min: min 0.3 is above max 0.1'))).toBe(true);
		expect(lines.some((l) => l.includes('decide.quasi_subsidy_y3.step: step must be above 0'))).toBe(true);
		expect(
			lines.some((l) => l.includes('minimize: there is no output called "total.outly"; did you mean total.outlay?'))
		).toBe(true);
		expect(lines.some((l) => l.includes('subjectTo[0].probability: probability must be above 0 and at most 1'))).toBe(
			true
		);
		expect(lines.some((l) => l.includes('subjectTo[1].output: year 1 has no such target'))).toBe(true);
	});
});
