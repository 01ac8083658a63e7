/**
 * `npm run simulate -- FILE --bridge BASELINE.json --json`: the bridge object, checked against the
 * two files' own `simulate --json` totals and the plan figures of docs/model.md; a baseline the reader refuses
 * exits 2 with the reader's errors; two horizons are refused, not bridged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'simulate-bridge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const simulate = (...args: string[]) =>
	spawnSync(TSX, ['src/cli/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
const PLAN = 'scenarios/plan-2022-2024.json';

type Out = { delta: number; parts: { parameter: string; value: number }[]; interactions: unknown[] };

it('splits the subsidies-held difference by tier, summing to the two files’ totals', () => {
	const r = simulate('scenarios/subsidy-held.json', '--bridge', PLAN, '--json');
	expect(r.status, r.stderr).toBe(0);
	const j = JSON.parse(r.stdout);
	const base = JSON.parse(simulate(PLAN, '--json').stdout);
	const b = j.bridge;
	expect(b.baseline).toBe(base.name);
	const o: Out = b.outputs['total.outlay'];
	expect(o.delta).toBeCloseTo(j.totals.outlay - base.totals.outlay, 9);
	expect(o.parts.reduce((s, p) => s + p.value, 0)).toBeCloseTo(o.delta, 9);
	// docs/model.md plan check: the taper takes 516.474 × 2 (basic) and 299.172 × 2 (quasi) in years 2 and 3.
	expect(Object.fromEntries(o.parts.map((p) => [p.parameter, Number(p.value.toFixed(6))]))).toEqual({
		quasi_subsidy: 598.344,
		basic_subsidy: 1032.948
	});
	for (let y = 1; y <= 3; y++) {
		const oy: Out = b.outputs[`y${y}.outlay`];
		expect(oy.delta).toBeCloseTo(j.years[y - 1].outlay - base.years[y - 1].outlay, 9);
		const rate: Out = b.outputs[`y${y}.satisfaction`];
		expect(rate.delta).toBeCloseTo(j.years[y - 1].satisfaction - base.years[y - 1].satisfaction, 12);
	}
}, 120_000);

it('a baseline the reader refuses exits 2 with its errors', () => {
	const bad = join(tmp, 'bad.json');
	writeFileSync(
		bad,
		JSON.stringify({
			format: 'property-plan-scenario',
			version: 1,
			name: 'bad',
			parameters: { basic_fee: { values: [-1, 0.3, 0.3] } }
		})
	);
	const r = simulate('scenarios/subsidy-held.json', '--bridge', bad, '--json');
	expect(r.status).toBe(2);
	expect(r.stdout).toBe('');
	expect(r.stderr).toContain('basic_fee');
	expect(r.stderr).toContain('year 1');
}, 120_000);

it('refuses to bridge two horizons', () => {
	const four = join(tmp, 'four.json');
	const doc = JSON.parse(readFileSync(join(ROOT, PLAN), 'utf8'));
	doc.years = 4;
	for (const p of Object.values(doc.parameters) as { values: unknown }[])
		if (Array.isArray(p.values) && p.values.length === 3) p.values.push(p.values[2]);
	writeFileSync(four, JSON.stringify(doc));
	const r = simulate('scenarios/subsidy-held.json', '--bridge', four, '--json');
	expect(r.stderr).toContain('different horizons');
	expect(r.status).toBe(2);
}, 120_000);
