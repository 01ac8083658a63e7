/** `npm run simulate -- FILE --reach --json`: the shape, one entry per missed target and year. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const simulate = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8' });

describe('simulate --reach', { timeout: 60_000 }, () => {
	it('adds "reach" beside the projection: the 2024 satisfaction target is out of money’s reach', () => {
		const r = simulate('scenarios/plan-2022-2024.json', '--reach', '--json');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.years).toHaveLength(3); // the projection is still there
		// The plan misses 2023 standard and satisfaction, 2024 standard, satisfaction and coverage (the table says ✗).
		expect(out.reach.map((e: { output: string }) => e.output)).toEqual([
			'y2.target.standard',
			'y2.target.satisfaction',
			'y3.target.standard',
			'y3.target.satisfaction',
			'y3.target.coverage'
		]);
		for (const e of out.reach)
			expect(Object.keys(e)).toEqual(['output', 'value', 'funded', 'reachable', 'binding', 'changes']);
		const sat = out.reach[3];
		expect(sat.value).toBe(out.years[2].satisfaction);
		expect(sat.funded).toBeGreaterThan(0.866);
		expect(sat.funded).toBeLessThan(0.8664);
		expect(sat.reachable).toBe(false);
		expect(sat.binding).toContain('basic_satisfaction');
		expect(sat.changes.every((c: { cell: string }) => /_satisfaction_y3$/.test(c.cell))).toBe(true);
	});

	it('without the flag there is no "reach"', () => {
		const out = JSON.parse(simulate('scenarios/plan-2022-2024.json', '--json').stdout);
		expect(out).not.toHaveProperty('reach');
	});
});
