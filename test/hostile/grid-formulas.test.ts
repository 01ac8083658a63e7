/**
 * The same hostile formulas typed or pasted into the grid: the worker's session refuses them with a
 * message and keeps working — the scenario it holds is not left half-changed.
 */
import { afterEach, expect, test } from 'vitest';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { createSheetApi } from '../../src/lib/worker/sheet-engine';
import { contained, expectUnpolluted } from './helpers';

afterEach(expectUnpolluted);

const DEEP = `=${'('.repeat(200)}100${')'.repeat(200)}`;

test('a 200-deep formula typed into a cell is refused, and the session still edits, evaluates and exports', async () => {
	const api = createSheetApi();
	api.open(1, planScenario());
	const refused = await contained(() => api.edit(2, [{ name: 'reward_fund_y1', cell: DEEP }]));
	expect(refused.error ?? refused.snapshot.issues.find((i) => i.name === 'reward_fund_y1')?.en).toMatch(
		/nest|deep|formula/i
	);
	// Nothing half-applied: the document still holds the old value (or the refused cell shows an error).
	const cell = api.doc()!.params.reward_fund.cells[0];
	if (cell === DEEP) expect(refused.snapshot.issues.map((i) => i.name)).toContain('reward_fund_y1');
	else expect(cell).toBe(100);
	const next = await contained(() => api.edit(3, [{ name: 'reward_fund_y1', cell: 200 }]));
	expect(next.error).toBeUndefined();
	expect([1, 2, 3].map((y) => next.snapshot.values[`reward_fund_y${y}`])).toEqual([200, 100, 100]);
	expect(next.snapshot.projection).not.toBeNull();
	expect((await api.exportXlsx('en')).ok).toBe(true);
});

test('opening a scenario that holds a 200-deep formula does not crash the worker', async () => {
	const doc = planScenario();
	doc.params.reward_fund.cells[0] = DEEP;
	const api = createSheetApi();
	const r = await contained(() => api.open(1, doc));
	expect(r.snapshot.issues.map((i) => i.name)).toContain('reward_fund_y1');
});
