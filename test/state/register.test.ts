import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startedApp, testDeps, until } from './helpers';

const CSV = readFileSync('test/register/fixtures/register-zh.utf8.csv');

// The app loads a tab's screen when the tab first opens; loaded here first, so the tests time the screen.
beforeAll(() => import('../../src/lib/ui/register/screen.svelte'), 60_000);

describe('the Register screen built by the composition root', () => {
	it('imports a register, keeps it with the open scenario, and shows it again on the next visit', async () => {
		const deps = testDeps();
		const app = await startedApp(deps);
		const s = await app.register();
		await s.load(app.lib.currentId);
		await s.importFile(new File([CSV], 'register.csv'));
		expect(s.problems).toEqual([]);
		expect(s.shown!.summary.total.compounds).toBe(4);
		expect(s.shown!.fileName).toBe('register.csv');
		await until(() => s.storage === 'saved', 'the register saved');

		const again = await startedApp(deps);
		const shownAgain = await again.register();
		await shownAgain.load(again.lib.currentId);
		expect(shownAgain.shown!.summary.total.compounds).toBe(4);
		expect(shownAgain.shown!.fileName).toBe('register.csv');
		app.wb.client.terminate();
		again.wb.client.terminate();
	});

	it('a file with problems imports nothing and lists them by row; leaving the row out imports the rest', async () => {
		const app = await startedApp(testDeps());
		const s = await app.register();
		await s.load(app.lib.currentId);
		const bad = CSV.toString('utf8').replace('12.5,1500', 'twelve,1500');
		await s.importFile(new File([bad], 'bad.csv'));
		expect(s.shown).toBeNull();
		expect(s.refused).toEqual({ name: 'bad.csv', excluded: [] });
		expect(s.problems.map((p) => p.row)).toEqual([2]);
		await s.exclude([2]);
		expect(s.problems).toEqual([]);
		expect(s.shown!.summary.total.compounds).toBe(3);
		app.wb.client.terminate();
	});
});
