/**
 * A clash nobody answered survives the page: the rows it holds are not replayed on opening but
 * handed back as the clash; the other tab's stored value stays until the planner chooses.
 */
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { must, openRepo, plan, withCell } from './helpers';

const reward3 = (doc: { params: Record<string, { cells: unknown[] }> }) => doc.params.reward_fund.cells[2];

test('a held row is not replayed over the other tab’s value; it comes back as the clash, mine against theirs', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Clash')));
	// Tab A typed 150 (journaled at rev 1); tab B saved 250 first (rev 2); A's write met B's value.
	const key = must(
		await repo.journal({ scenarioId: id, baseRev: 1, at: 5, cells: [{ name: 'reward_fund_y3', cell: 150 }] })
	);
	const stored = must(await repo.get(id));
	must(await repo.save(id, withCell(stored.doc, 'reward_fund', 2, 250), []));
	const clash = [{ cell: 'reward_fund_y3', base: 100, mine: 150, theirs: 250 }];
	expect(must(await repo.holdClash([key], clash))).toBe(1);

	const r = must(await repo.recover(id));
	expect(reward3(r.record.doc)).toBe(250); // theirs, not silently mine
	expect(r.replayed).toBe(0);
	expect(r.clash).toEqual({ cells: clash, rows: [key] });
	// Opening again (another tab, another reload) finds the same clash: nothing was settled.
	expect(must(await repo.recover(id)).clash?.cells).toEqual(clash);

	// "Keep mine": the patch carrying the rows writes 150 over 250 and deletes them; the clash is gone.
	must(
		await repo.applyPatch(id, {
			changes: [{ at: 9, cell: 'reward_fund_y3', old: 250, new: 150 }],
			journal: [key]
		})
	);
	const after = must(await repo.recover(id));
	expect(reward3(after.record.doc)).toBe(150);
	expect(after.clash).toBeNull();
});

test('a held row whose cell now holds the same value clashes no more and is cleared like a replayed row', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Agreed')));
	const key = must(
		await repo.journal({ scenarioId: id, baseRev: 1, at: 5, cells: [{ name: 'reward_fund_y3', cell: 250 }] })
	);
	const stored = must(await repo.get(id));
	must(await repo.save(id, withCell(stored.doc, 'reward_fund', 2, 250), []));
	must(await repo.holdClash([key], [{ cell: 'reward_fund_y3', base: 100, mine: 250, theirs: 250 }]));
	const r = must(await repo.recover(id));
	expect(r.clash).toBeNull();
	expect(r.replayed).toBe(1);
	expect(must(await repo.pendingJournal(id))).toHaveLength(0);
});
