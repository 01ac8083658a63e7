/**
 * `npm run merge -- BASE MINE THEIRS [--out FILE] --json`, run as a planner would: exit 0 when
 * clean, 3 with conflicts, 2 on a bad file; the merged file written by --out reads back.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'merge-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const merge = (...args: string[]) => {
	const r = spawnSync(TSX, ['src/cli/merge.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

const BASE = 'scenarios/plan-2022-2024.json';
const plan = JSON.parse(readFileSync(BASE, 'utf8'));
function copy(name: string, edit: (p: Record<string, { values?: unknown[]; value?: unknown }>) => void) {
	const doc = structuredClone(plan);
	edit(doc.parameters);
	const path = join(tmp, name);
	writeFileSync(path, JSON.stringify(doc));
	return path;
}
const mine = copy('mine.json', (p) => {
	p.basic_fee.values![1] = 0.35;
	p.market_fee.values![0] = 1.3;
});
const theirs = copy('theirs.json', (p) => {
	p.basic_fee.values![1] = 0.4;
	p.quasi_fee.values![2] = 0.7;
	p.market_fee.values![0] = 1.3;
});

describe('npm run merge', () => {
	it('exits 3 with the one conflict, and takes the other side\u2019s change', () => {
		const out = join(tmp, 'merged.json');
		const r = merge(BASE, mine, theirs, '--out', out, '--json');
		expect(r.status).toBe(3);
		const j = JSON.parse(r.stdout);
		expect(j.conflicts).toEqual([{ cell: 'basic_fee_y2', base: 0.3, mine: 0.35, theirs: 0.4 }]);
		expect(j.merged.parameters.quasi_fee.values).toEqual([0.6, 0.6, 0.7]);
		expect(j.merged.parameters.market_fee.values).toEqual([1.3, 1.2, 1.2]);
		expect(j.merged.parameters.basic_fee.values[1]).toBe(0.35); // a conflict keeps mine until chosen
		const back = readScenarioText(readFileSync(out, 'utf8'));
		expect(back.ok && back.doc.params.quasi_fee.cells).toEqual([0.6, 0.6, 0.7]);
	}, 60_000);

	it('exits 0 when nothing clashes', () => {
		const r = merge(BASE, mine, BASE, '--json');
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).conflicts).toEqual([]);
	}, 60_000);

	it('exits 2 on a bad file, naming it, and on an unknown flag', () => {
		const bad = join(tmp, 'bad.json');
		writeFileSync(bad, '{"format": "property-plan-scenario", "version": 1, "parameters": {"basic_fee": 3}}');
		const r = merge(BASE, mine, bad, '--json');
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(`${bad}: 1 error`);
		const f = merge(BASE, mine, theirs, '--outt', 'x');
		expect(f.status).toBe(2);
		expect(f.stderr).toContain("Unknown option '--outt'");
	}, 60_000);
});
