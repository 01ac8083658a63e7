/**
 * The workbench's whole-doc edits (issue 15 items 1 and 2): a new horizon and actuals go through the engine as
 * one undoable step each, are saved whole, and a second visit opens them; undo brings back every cell.
 */
import { describe, expect, it } from 'vitest';
import { docWithActuals } from '../../src/lib/io/read-actuals-input';
import { withHorizon } from '../../src/lib/model/horizon';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { startedApp, testDeps, until } from '../state/helpers';

const snap = (d: ScenarioDoc | null) => JSON.parse(JSON.stringify(d));

describe('replaceDoc', () => {
	it('3 → 5 years: every other cell kept, saved, undone and redone, each saved', async () => {
		const deps = testDeps();
		const app = await startedApp(deps);
		await until(() => app.wb.projection !== null, 'the first projection');
		expect(await app.wb.commit('basic_subsidy_y2', '0.07')).toBe(true);
		const three = snap(app.wb.doc);
		const outlay3 = app.wb.projection!.totals.outlay;

		await app.wb.replaceDoc(withHorizon(app.wb.doc!, 5));
		await app.lib.settled();
		expect(app.wb.doc!.years).toBe(5);
		expect(app.wb.projection!.years).toHaveLength(5);
		expect(app.wb.cells.basic_subsidy_y2).toBe(0.07);
		expect(app.wb.cells.basic_fee_y5).toBe(0.3);
		expect(app.wb.cells.basic_subsidy_y5).toBe(0);
		expect(app.wb.canUndo).toBe(true);
		// A cell of an added year is edited like any other, and saved.
		expect(await app.wb.commit('basic_fee_y4', '0.35')).toBe(true);
		await app.lib.settled();

		const again = await startedApp(deps);
		await until(() => again.wb.projection !== null, 'the reopened projection');
		expect(again.wb.doc!.years).toBe(5);
		expect(again.wb.cells.basic_fee_y4).toBe(0.35);
		again.wb.client.terminate();

		await app.wb.undo(); // the fee
		await app.wb.undo(); // the horizon
		await app.lib.settled();
		expect(snap(app.wb.doc)).toEqual(three);
		expect(app.wb.projection!.totals.outlay).toBe(outlay3);
		expect(app.wb.cells.basic_fee_y4).toBeUndefined();
		const back = await startedApp(deps);
		await until(() => back.wb.projection !== null, 'the reopened projection');
		expect(back.wb.doc!.years).toBe(3);
		expect(back.wb.cells.basic_subsidy_y2).toBe(0.07);
		back.wb.client.terminate();

		await app.wb.redo();
		expect(app.wb.doc!.years).toBe(5);
		app.wb.client.terminate();
	});

	it('actuals are saved with the scenario, survive a reload and undo like any edit', async () => {
		const deps = testDeps();
		const app = await startedApp(deps);
		await until(() => app.wb.projection !== null, 'the first projection');
		const before = app.wb.revision;
		await app.wb.replaceDoc(docWithActuals(app.wb.doc!, { outlay: [1200, 1100, null] }));
		await app.lib.settled();
		expect(app.wb.revision).toBeGreaterThan(before);
		expect(app.wb.doc!.actuals).toEqual({ outlay: [1200, 1100, null] });
		const again = await startedApp(deps);
		await until(() => again.wb.projection !== null, 'the reopened projection');
		expect(again.wb.doc!.actuals).toEqual({ outlay: [1200, 1100, null] });
		// The engine's copy (what XLSX and JSON exports read) has them too.
		expect((await again.wb.client.doc())!.actuals).toEqual({ outlay: [1200, 1100, null] });
		again.wb.client.terminate();
		await app.wb.undo();
		await app.lib.settled();
		expect(app.wb.doc!.actuals).toBeUndefined();
		const third = await startedApp(deps);
		await until(() => third.wb.projection !== null, 'the reopened projection');
		expect(third.wb.doc!.actuals).toBeUndefined();
		third.wb.client.terminate();
		app.wb.client.terminate();
	});
});
