import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { diffDocs } from '../../src/lib/store/diff';
import { failure, must, openRepo, plan, withCell } from './helpers';

test('history lists old → new for a cell, newest first, and restoring an entry gives the old value', async () => {
	const repo = await openRepo();
	const base = plan('Base');
	const { id } = must(await repo.create(base));
	const edited = withCell(base, 'basic_subsidy', 1, 0.08);
	must(await repo.save(id, edited, diffDocs(base, edited, 5), 1));

	const entries = must(await repo.history(id));
	expect(entries.map((e) => e.rev)).toEqual([2, 1]);
	expect(entries[0].changes).toEqual([{ at: 5, cell: 'basic_subsidy_y2', old: 0.05, new: 0.08 }]);
	expect(entries[1].changes).toEqual([]); // the created state

	const before = must(await repo.restoreFromHistory(id, entries[1].id));
	expect(before.params.basic_subsidy.cells[1]).toBe(0.05);
	expect(must(await repo.restoreFromHistory(id, entries[0].id)).params.basic_subsidy.cells[1]).toBe(0.08);

	// Restoring is an ordinary save, so it is itself one more (undoable) step.
	must(await repo.save(id, before, diffDocs(edited, before, 9), 2));
	expect(must(await repo.get(id)).doc.params.basic_subsidy.cells[1]).toBe(0.05);
	expect(must(await repo.history(id))[0].changes).toEqual([{ at: 9, cell: 'basic_subsidy_y2', old: 0.08, new: 0.05 }]);
	repo.close();
});

test('a save without cell changes (e.g. the description) adds no history entry', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Base')));
	must(await repo.save(id, { ...plan('Base'), description: 'for the district meeting' }));
	expect(must(await repo.history(id))).toHaveLength(1);
	repo.close();
});

test('history keeps the newest entries up to the limit', async () => {
	const repo = await openRepo({ historyLimit: 3 });
	let doc = plan('Base');
	const { id } = must(await repo.create(doc));
	for (let i = 1; i <= 5; i++) {
		const next = withCell(doc, 'reward_fund', 0, 100 + i);
		must(await repo.save(id, next, diffDocs(doc, next, i)));
		doc = next;
	}
	const entries = must(await repo.history(id));
	expect(entries.map((e) => e.rev)).toEqual([6, 5, 4]);
	expect(entries.map((e) => e.changes[0].new)).toEqual([105, 104, 103]);
	expect(must(await repo.history(id, 1)).map((e) => e.rev)).toEqual([6]);
	repo.close();
});

test('an entry of another scenario, or of a purged one, is not-found', async () => {
	const repo = await openRepo();
	const a = must(await repo.create(plan('A')));
	const b = must(await repo.create(plan('B')));
	const [entryOfA] = must(await repo.history(a.id));
	expect(failure(await repo.restoreFromHistory(b.id, entryOfA.id)).kind).toBe('not-found');
	must(await repo.purge(a.id));
	expect(failure(await repo.restoreFromHistory(a.id, entryOfA.id)).kind).toBe('not-found');
	expect(failure(await repo.history(a.id)).kind).toBe('not-found');
	repo.close();
});

test('diffDocs names cells as the grid does and counts a longer horizon as new cells', () => {
	const base = plan('Base');
	const longer = {
		...base,
		years: 4,
		params: { ...base.params, quasi_fee: { cells: [0.6, 0.6, '=quasi_fee_y2', 0.7] } }
	};
	expect(diffDocs(base, longer, 1)).toEqual([
		{ at: 1, cell: 'quasi_fee_y3', old: 0.6, new: '=quasi_fee_y2' },
		{ at: 1, cell: 'quasi_fee_y4', old: null, new: 0.7 }
	]);
	expect(diffDocs(base, withCell(base, 'grace_months', 0, 2), 1)).toEqual([
		{ at: 1, cell: 'grace_months', old: 3, new: 2 }
	]);
});
