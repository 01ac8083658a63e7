/** `npm run simulate` with actuals: years gain actual/variance, --reforecast, --next-plan [--years N]. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'review-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const simulate = (...args: string[]) =>
	spawnSync(TSX, ['src/cli/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

const plan = JSON.parse(readFileSync(resolve(ROOT, 'scenarios/plan-2022-2024.json'), 'utf8'));
const file = join(tmp, 'reviewed.json');
writeFileSync(
	file,
	JSON.stringify({
		...plan,
		actuals: { outlay: [1900, 1000, 980], committees: [225, 250, 265], 'satisfaction.basic': [0.7, 0.72, null] }
	})
);

describe('simulate --json --reforecast on a file with actuals', () => {
	const run = simulate(file, '--json', '--reforecast');
	const out = JSON.parse(run.stdout);
	const base = JSON.parse(simulate('scenarios/plan-2022-2024.json', '--json').stdout);

	it('gives each year the actuals and actual − model, and leaves the rest of the shape as it was', () => {
		expect(run.status).toBe(0);
		out.years.forEach((y: Record<string, any>, i: number) => {
			expect(y.actual.outlay).toBe([1900, 1000, 980][i]);
			expect(y.variance.outlay).toBeCloseTo([1900, 1000, 980][i] - base.years[i].outlay, 9);
			expect(y.variance.committees).toBeCloseTo([225, 250, 265][i] - base.years[i].committees, 9);
			const { actual: _a, variance: _v, ...rest } = y;
			expect(rest).toEqual(base.years[i]);
		});
		expect(out.years[2].actual['satisfaction.basic']).toBeUndefined();
		// 2022: the plan's 1631.292 subsidies + 100 of the reward fund = 1731.292; 1900 is 168.708 above.
		expect(out.years[0].variance.outlay).toBeCloseTo(168.708, 6);
	});

	it('re-forecasts nothing after the last year with actuals (here the last plan year)', () => {
		expect(out.reforecast.afterYear).toBe(3);
		expect(out.reforecast.years).toEqual([]);
	});
});

describe('simulate --next-plan', () => {
	it('prints a 2025–2027 scenario file starting from the plan’s 2024 end state; --years 5 gives five years', () => {
		const run = simulate('scenarios/plan-2022-2024.json', '--next-plan');
		expect(run.status).toBe(0);
		const r = readScenarioText(run.stdout);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.doc.start).toBe('2025-01');
		expect(r.doc.years).toBe(3);
		// The plan's 2024 end: 184 + 38 + 31 + 16 = 269 committees; no upgrades in the plan as written.
		expect(r.values.committees_start).toBe(269);
		expect(r.values.basic_compounds).toBe(176);
		expect(r.values.basic_fee).toEqual([0.3, 0.3, 0.3]);
		expect(r.values.basic_subsidy).toEqual([0, 0, 0]);
		const five = readScenarioText(simulate('scenarios/plan-2022-2024.json', '--next-plan', '--years', '5').stdout);
		expect(five.ok && five.doc.years).toBe(5);
		const bad = simulate('scenarios/plan-2022-2024.json', '--next-plan', '--years', '11');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/--years: expected a whole number 1–10, got 11/);
	}, 60_000);

	it('a file with a bad actual exits 2 naming field and year', () => {
		const badFile = join(tmp, 'bad.json');
		writeFileSync(badFile, JSON.stringify({ ...plan, actuals: { coverage: [0.99, 1.2] } }));
		const run = simulate(badFile, '--json');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/actuals\.coverage\[1\].*coverage, year 2 \(2023-01–2023-12\): 1\.2 is above 1/);
	}, 30_000);
});
