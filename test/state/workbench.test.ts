import { describe, expect, it } from 'vitest';
import { PLAN, startedApp, testDeps, until } from './helpers';

describe('the workbench page built by the composition root', () => {
	it('opens the plan from an empty library, projects the plan outlay, and saves an edit for the next visit', async () => {
		const deps = testDeps();
		const app = await startedApp(deps);
		await until(() => app.wb.projection !== null, 'the first projection');
		expect(app.lib.list.map((s) => s.name)).toEqual([JSON.parse(PLAN).name]);
		expect(app.wb.projection!.totals.outlay).toBeCloseTo(3562.584, 9);

		expect(await app.wb.commit('basic_subsidy_y2', '0.1')).toBe(true);
		await app.lib.settled();
		expect(app.wb.projection!.totals.outlay).toBeGreaterThan(3562.584);

		// A second visit (same browser profile) reopens the last scenario with the edit in it.
		const again = await startedApp(deps);
		await until(() => again.wb.projection !== null, 'the reopened projection');
		// The plan is a protected template: the edit went into its working copy, which opens again.
		expect(again.lib.list.map((s) => s.name).sort()).toEqual([JSON.parse(PLAN).name, `${JSON.parse(PLAN).name} 副本`]);
		expect(again.wb.cells.basic_subsidy_y2).toBe(0.1);
		expect(again.wb.projection!.totals.outlay).toBe(app.wb.projection!.totals.outlay);
		app.wb.client.terminate();
		again.wb.client.terminate();
	});

	it('refuses typed text that is not a number, saying so, and changes nothing', async () => {
		const app = await startedApp(testDeps());
		await until(() => app.wb.projection !== null, 'the first projection');
		expect(await app.wb.commit('basic_subsidy_y2', 'abc')).toBe(false);
		// Named by its label and year first (the code is secondary detail), then why.
		expect(app.wb.notice?.en).toMatch(/^Basic subsidy \(2023\).*"abc" is not a number/);
		expect(app.wb.cells.basic_subsidy_y2).toBe(0.05);
		app.wb.client.terminate();
	});
});
