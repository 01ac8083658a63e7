/**
 * `npm run simulate -- FILE --link` and `--from-link LINK --json`, run as a planner would. A link
 * printed from a file and read back gives the file's own projection; a bad link exits 2 with its reason.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../share/pack';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const simulate = (...args: string[]) => {
	const r = spawnSync(TSX, ['src/cli/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe.each(['scenarios/subsidy-held.json', 'scenarios/plan-2022-2024.json'])('%s as a link', (file) => {
	const printed = simulate(file, '--link');
	const link = printed.stdout.trim();

	it('--link prints the fragment alone, within 2,000 characters', () => {
		expect(printed.status).toBe(0);
		expect(printed.stderr).toBe('');
		expect(link).toMatch(/^link=1\.[A-Za-z0-9_-]+$/);
		expect(link.length).toBeLessThanOrEqual(2000);
	}, 60_000);

	it('--from-link with the full URL gives the same projection as the file', () => {
		const viaLink = simulate('--from-link', `https://planner.example/workbench/#${link}`, '--json');
		const viaFile = simulate(file, '--json');
		expect(viaLink.status).toBe(0);
		const a = JSON.parse(viaLink.stdout);
		const b = JSON.parse(viaFile.stdout);
		delete b.filled; // the file leaves parameters out; the link's template fills them, as the reader does
		expect(a).toEqual(b);
	}, 60_000);
});

describe('bad links and bad calls', () => {
	it('a link cut when copied exits 2 with the reason', () => {
		const link = simulate('scenarios/subsidy-held.json', '--link').stdout.trim();
		const r = simulate('--from-link', link.slice(0, 120), '--json');
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^link: the link is cut short: it has \d+ of its \d+ bytes/);
	}, 60_000);

	it('a link holding a bad scenario exits 2 with the reader\u2019s errors', () => {
		const bad = pack(JSON.stringify({ t: 1, n: 'x', s: '2022-01', y: 3, c: { basic_fee: { 1: -5 } } }));
		const r = simulate('--from-link', bad, '--json');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(
			/^link: the scenario in the link has 1 error\(s\):\n {2}parameters\.basic_fee\.values\[1\] \(basic_fee, year 2\): /
		);
		expect(simulate('--from-link', 'not a link').stderr).toContain('not a scenario link');
	}, 60_000);

	it('a file and a link together, or neither, is a usage error', () => {
		const both = simulate('scenarios/subsidy-held.json', '--from-link', 'link=1.AAAA');
		expect(both.status).toBe(2);
		expect(both.stderr).toContain('usage: npm run simulate -- (FILE | --from-link LINK)');
		expect(simulate('--link').status).toBe(2);
	}, 60_000);
});
