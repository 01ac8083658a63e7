import { describe, expect, it } from 'vitest';
import { createCompare } from '../../src/lib/state/app';
import { startedApp, testDeps, until } from './helpers';

describe('the Compare screen built by the composition root', () => {
	it('compares the newest two scenarios of the library and follows an edit made in another tab', async () => {
		const deps = testDeps();
		const app = await startedApp(deps);
		await app.lib.duplicate('subsidy held');
		await app.wb.commit('basic_subsidy_y2', '0.1');
		await app.lib.settled();

		const s = await createCompare(deps);
		await s.start();
		expect(s.problem).toBeNull();
		await until(() => !s.busy, 'both scenarios read');
		// The plan is the default baseline and comes first; the newest other scenario beside it.
		expect(s.runs.map((l) => l.name)).toEqual([app.lib.list[1].name, 'subsidy held']);
		const held = () => s.runs[1].run.projection.totals.outlay;
		expect(held()).toBe(app.wb.projection!.totals.outlay);
		expect(s.runs[0].run.projection.totals.outlay).toBeCloseTo(3562.584, 9);

		// The workbench (another tab, same library) edits the compared scenario: the screen re-reads it.
		const before = held();
		await app.wb.commit('basic_subsidy_y3', '0.1');
		await app.lib.settled();
		await until(() => !s.busy && held() !== before, 'the edited scenario re-read');
		expect(held()).toBe(app.wb.projection!.totals.outlay);
		s.stop();
		app.wb.client.terminate();
	});

	it('says so when the library cannot be opened', async () => {
		const deps = testDeps();
		const saved = globalThis.indexedDB;
		// @ts-expect-error a private window: no IndexedDB
		delete globalThis.indexedDB;
		try {
			const s = await createCompare(deps);
			await s.start();
			expect(s.started).toBe(true);
			// Said in both languages from the catalogue: the Chinese line is Chinese, not the store's English.
			expect(s.problem?.en).toMatch(/library is not open.*IndexedDB/);
			expect(s.problem?.zh).toMatch(/^本浏览器的情景库未打开（本地存储 IndexedDB 不可用/);
			s.stop();
		} finally {
			globalThis.indexedDB = saved;
		}
	});
});
