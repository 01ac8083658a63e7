/**
 * `npm run simulate -- FILE [--json]`, run as a planner would: a child process from the repo root.
 * Each run starts tsx (~1 s), so the cases are few and each checks a lot.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'simulate-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function simulate(...args: string[]) {
	const r = spawnSync(TSX, ['src/cli/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TIERS = ['market', 'quasi', 'basic', 'self', 'total'];
/** Each test spawns the CLI through tsx (a second or two each, several on a loaded machine). */
const SLOW = 60_000;
const close = (x: number, expected: number) => expect(x).toBeCloseTo(expected, 9);

describe('simulate --json on the plan scenario', () => {
	const run = simulate('scenarios/plan-2022-2024.json', '--json');
	const out = JSON.parse(run.stdout);

	it('exits 0 with JSON alone on stdout', () => {
		expect(run.status).toBe(0);
		expect(run.stderr).toBe('');
	});

	it('has the issue\u2019s shape: every field, tiers and total, targets true/false/null', () => {
		expect(typeof out.name).toBe('string');
		expect(out.start).toBe('2022-01');
		expect(out.years).toHaveLength(3);
		out.years.forEach((r: Record<string, any>, y: number) => {
			expect(r.year).toBe(y + 1);
			expect(r.from).toBe(`${2022 + y}-01`);
			expect(r.to).toBe(`${2022 + y}-12`);
			for (const f of ['subsidy', 'feesBilled', 'feesCollected', 'firmIncome', 'firmCost']) {
				expect(Object.keys(r[f]).sort(), f).toEqual([...TIERS].sort());
				for (const t of TIERS) expect(typeof r[f][t], `${f}.${t}`).toBe('number');
				close(r[f].total, r[f].market + r[f].quasi + r[f].basic + r[f].self);
			}
			for (const f of [
				'rewardFund',
				'waiverCompensation',
				'outlay',
				'committees',
				'committeeRate',
				'standard',
				'standardRate',
				'coverage',
				'satisfaction'
			]) {
				expect(typeof r[f], f).toBe('number');
			}
			expect(Object.keys(r.bond).sort()).toEqual(['deposited', 'forfeited', 'returned']);
			expect(Object.keys(r.targets).sort()).toEqual(['committee', 'coverage', 'satisfaction', 'standard']);
			for (const v of Object.values(r.targets)) expect([true, false, null]).toContain(v);
		});
		expect(Object.keys(out.totals).sort()).toEqual(['outlay', 'rewardFund', 'subsidy', 'waiverCompensation']);
	});

	it('gives the plan\u2019s figures: subsidy 1631.292 · 815.646 · 815.646, 3262.584 in all; outlay 3562.584', () => {
		[1631.292, 815.646, 815.646].forEach((x, y) => close(out.years[y].subsidy.total, x));
		[1032.948, 516.474, 516.474].forEach((x, y) => close(out.years[y].subsidy.basic, x));
		[598.344, 299.172, 299.172].forEach((x, y) => close(out.years[y].subsidy.quasi, x));
		[1731.292, 915.646, 915.646].forEach((x, y) => close(out.years[y].outlay, x));
		close(out.totals.subsidy, 3262.584);
		close(out.totals.rewardFund, 300);
		close(out.totals.waiverCompensation, 0);
		close(out.totals.outlay, 3562.584);
	});

	it('gives the plan\u2019s governance figures and target results', () => {
		expect(out.years.map((r: any) => r.committees)).toEqual([222, 253, 269]);
		close(out.years[0].committeeRate, 222 / 316);
		close(out.years[0].standardRate, 209 / 316);
		expect(out.years.map((r: any) => r.targets.coverage)).toEqual([null, null, false]);
		expect(out.years[0].targets.standard).toBe(true); // 209/316 meets 66.14 %
		// Bond: 10 % of a year's fees on market 1244.045 × 1.2, quasi 249.31 × 0.6, basic 860.79 × 0.3.
		close(out.years[0].bond.deposited, 0.1 * 12 * (1244.045 * 1.2 + 249.31 * 0.6 + 860.79 * 0.3));
		expect(out.years[1].bond.deposited).toBe(0);
	});
});

describe('simulate, readable table', () => {
	it(
		'shows each plan year with its calendar span, from a July start too',
		() => {
			const plan = simulate('scenarios/plan-2022-2024.json');
			expect(plan.status).toBe(0);
			for (const span of ['Year 1 (2022-01 – 2022-12)', 'Year 2 (2023-01 – 2023-12)', 'Year 3 (2024-01 – 2024-12)'])
				expect(plan.stdout).toContain(span);
			expect(plan.stdout).toContain('1631.292');
			expect(plan.stdout).toContain('3562.584');

			const f = join(tmp, 'july.json');
			writeFileSync(
				f,
				JSON.stringify({
					format: 'property-plan-scenario',
					version: 1,
					name: 'July start',
					start: '2022-07',
					years: 2,
					parameters: {}
				})
			);
			const july = simulate(f);
			expect(july.status).toBe(0);
			expect(july.stdout).toContain('Year 1 (2022-07 – 2023-06)');
			expect(july.stdout).toContain('Year 2 (2023-07 – 2024-06)');
			// The parameters it left out are listed on stderr.
			expect(july.stderr).toMatch(/parameters not in the file take the plan's values/);
		},
		SLOW
	);
});

describe('simulate on a file that cannot be used', () => {
	it(
		'exits with status 2 and lists every error on stderr',
		() => {
			const f = join(tmp, 'bad.json');
			writeFileSync(
				f,
				JSON.stringify({
					format: 'property-plan-scenario',
					version: 1,
					parameters: {
						basic_collection: { values: [0.6, 1.5, 0.8] },
						grace_months: { value: 2.5 },
						basic_aera: { value: 1 }
					}
				})
			);
			const r = simulate(f, '--json');
			expect(r.status).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toContain(`${f}: 3 errors`);
			expect(r.stderr).toContain(
				'parameters.basic_collection.values[1] (basic_collection, year 2): 1.5 is outside the valid range 0–100 % (0–1)'
			);
			expect(r.stderr).toContain('parameters.grace_months.value: 2.5 must be a whole number');
			expect(r.stderr).toContain('did you mean "basic_area"?');
		},
		SLOW
	);

	it(
		'a file that does not exist also exits with status 2',
		() => {
			const r = simulate(join(tmp, 'missing.json'));
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(/cannot read the file \(ENOENT\)/);
		},
		SLOW
	);
});

describe('simulate refuses a flag it does not know', () => {
	it(
		'exits 2 naming the flag, and prints no projection',
		() => {
			// A misspelt flag used to run a plain projection and exit 0: the planner took it for the answer asked for.
			for (const bad of ['--reforcast', '--jsn']) {
				const r = simulate('scenarios/plan-2022-2024.json', bad, '--json');
				expect(r.status, bad).toBe(2);
				expect(r.stdout, bad).toBe('');
				expect(r.stderr, bad).toContain(`Unknown option '${bad}'`);
			}
		},
		SLOW
	);

	it(
		'a value flag without its value is refused the same way',
		() => {
			const r = simulate('scenarios/plan-2022-2024.json', '--runs');
			expect(r.status).toBe(2);
			expect(r.stderr).toContain("'--runs <value>' argument missing");
			expect(r.stdout).toBe('');
		},
		SLOW
	);
});
