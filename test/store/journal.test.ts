import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openWorkbenchDb } from '../../src/lib/store/db';
import { collapse } from '../../src/lib/store/journal';
import { ScenarioRepository } from '../../src/lib/store/repository';
import { failure, freshName, must, openRepo, plan } from './helpers';

const cellOf = (doc: { params: Record<string, { cells: unknown[] }> }, key: string, y: number) =>
	doc.params[key].cells[y];

test('a journal row left behind (the page went away before the full save) is replayed on open, with history', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Journal')));
	must(await repo.journal({ scenarioId: id, baseRev: 1, at: 5, cells: [{ name: 'basic_subsidy_y2', cell: 0.07 }] }));
	must(
		await repo.journal({
			scenarioId: id,
			baseRev: 1,
			at: 6,
			cells: [{ name: 'basic_subsidy_y2', cell: '=basic_subsidy_y1' }],
			uncertainty: { key: 'basic_fee', value: { dist: 'uniform', low: 0.2, high: 0.4 } }
		})
	);
	// Before recovery the stored scenario does not have the edits: only the journal does.
	expect(cellOf(must(await repo.get(id)).doc, 'basic_subsidy', 1)).toBe(0.05);

	const { record, replayed } = must(await repo.recover(id));
	expect(replayed).toBe(2);
	expect(record.rev).toBe(2);
	expect(cellOf(record.doc, 'basic_subsidy', 1)).toBe('=basic_subsidy_y1');
	expect(record.doc.params.basic_fee.uncertainty).toEqual({ dist: 'uniform', low: 0.2, high: 0.4 });
	expect(must(await repo.get(id)).doc).toEqual(record.doc);
	expect(must(await repo.history(id))[0].changes.map((c) => [c.cell, c.old, c.new])).toEqual([
		['basic_subsidy_y2', 0.05, '=basic_subsidy_y1']
	]);
	expect(must(await repo.pendingJournal(id))).toEqual([]);
	// Replayed once: opening again changes nothing.
	expect(must(await repo.recover(id)).replayed).toBe(0);
	expect(must(await repo.get(id)).rev).toBe(2);
	repo.close();
});

test('the full save deletes the journal rows it covers in the same transaction', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Compact')));
	const key = must(
		await repo.journal({ scenarioId: id, baseRev: 1, at: 1, cells: [{ name: 'reward_fund_y2', cell: 250 }] })
	);
	const other = must(
		await repo.journal({ scenarioId: id, baseRev: 1, at: 2, cells: [{ name: 'reward_fund_y3', cell: 90 }] })
	);
	const done = must(
		await repo.applyPatch(id, {
			changes: [{ at: 3, cell: 'reward_fund_y2', old: 100, new: 250 }],
			journal: [key]
		})
	);
	expect(cellOf(done.doc, 'reward_fund', 1)).toBe(250);
	expect(must(await repo.pendingJournal(id)).map((r) => r.id)).toEqual([other]);
	repo.close();
});

test('merge: changes to different cells from two tabs both survive, in either order', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Merge')));
	// Both tabs started from rev 1; A saves first, then B, each naming only its own cell and its old value.
	must(await repo.applyPatch(id, { changes: [{ at: 1, cell: 'basic_subsidy_y2', old: 0.05, new: 0.06 }] }));
	const b = must(await repo.applyPatch(id, { changes: [{ at: 2, cell: 'quasi_subsidy_y3', old: 0.1, new: 0.12 }] }));
	expect(b.rev).toBe(3);
	expect(cellOf(b.doc, 'basic_subsidy', 1)).toBe(0.06);
	expect(cellOf(b.doc, 'quasi_subsidy', 2)).toBe(0.12);
	repo.close();
});

test('merge: the same cell changed differently by two tabs is a clash carrying both values; nothing is written', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Clash')));
	must(await repo.applyPatch(id, { changes: [{ at: 1, cell: 'basic_subsidy_y2', old: 0.05, new: 0.07 }] }));
	const key = must(
		await repo.journal({ scenarioId: id, baseRev: 1, at: 2, cells: [{ name: 'basic_subsidy_y2', cell: 0.06 }] })
	);
	const e = failure(
		await repo.applyPatch(id, {
			changes: [
				{ at: 2, cell: 'basic_subsidy_y2', old: 0.05, new: 0.06 },
				{ at: 2, cell: 'reward_fund_y2', old: 100, new: 120 }
			],
			journal: [key]
		})
	);
	expect(e.kind).toBe('clash');
	if (e.kind !== 'clash') return;
	expect(e.cells).toEqual([{ cell: 'basic_subsidy_y2', base: 0.05, mine: 0.06, theirs: 0.07 }]);
	const stored = must(await repo.get(id));
	expect(stored.rev).toBe(2);
	expect(cellOf(stored.doc, 'reward_fund', 1)).toBe(100);
	// The refused tab's edit is still safe in the journal.
	expect(must(await repo.pendingJournal(id)).map((r) => r.id)).toEqual([key]);
	// The same value typed in both tabs is no clash.
	must(await repo.applyPatch(id, { changes: [{ at: 3, cell: 'basic_subsidy_y2', old: 0.05, new: 0.07 }] }));
	repo.close();
});

test('a cell typed twice before a save counts once: first old, last new', () => {
	expect(
		collapse([
			{ at: 1, cell: 'a', old: 1, new: 2 },
			{ at: 2, cell: 'b', old: 5, new: 6 },
			{ at: 3, cell: 'a', old: 2, new: 3 }
		])
	).toEqual([
		{ at: 3, cell: 'a', old: 1, new: 3 },
		{ at: 2, cell: 'b', old: 5, new: 6 }
	]);
});

test('a version 2 library upgrades to version 3 with its scenarios and history intact and a journal store', async () => {
	const name = freshName();
	// What the previous release left: the four v2 stores and one scenario with a history entry.
	await new Promise<void>((resolve, reject) => {
		const req = indexedDB.open(name, 2);
		req.onupgradeneeded = () => {
			const db = req.result;
			db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
			db.createObjectStore('history', { keyPath: 'id', autoIncrement: true }).createIndex('scenarioId', 'scenarioId');
			db.createObjectStore('meta');
			db.createObjectStore('registers');
			const doc = plan('Made in v2');
			req
				.transaction!.objectStore('scenarios')
				.put({ id: 'v2', doc, rev: 4, createdAt: 1, updatedAt: 2, deletedAt: null });
			req.transaction!.objectStore('history').put({ scenarioId: 'v2', at: 2, rev: 4, changes: [], doc });
		};
		req.onsuccess = () => (req.result.close(), resolve());
		req.onerror = () => reject(req.error);
	});
	const repo = must(await ScenarioRepository.open({ name }));
	expect(must(await repo.get('v2')).rev).toBe(4);
	expect(must(await repo.history('v2'))).toHaveLength(1);
	must(await repo.journal({ scenarioId: 'v2', baseRev: 4, at: 3, cells: [{ name: 'market_fee_y1', cell: 2 }] }));
	expect(cellOf(must(await repo.recover('v2')).record.doc, 'market_fee', 0)).toBe(2);
	repo.close();
	const raw = must(await openWorkbenchDb({ name }));
	expect(raw.version).toBe(4);
	raw.close();
});

test('a scenario replaced whole (actuals entered, years changed) is journaled as a doc row and replayed on open', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Whole')));
	const replaced = { ...plan('Whole'), actuals: { outlay: [1180.5, null, null] } };
	must(await repo.journal({ scenarioId: id, baseRev: 1, at: 5, cells: [], doc: replaced }));
	// A cell typed after the replacement is replayed on top of it.
	must(await repo.journal({ scenarioId: id, baseRev: 1, at: 6, cells: [{ name: 'reward_fund_y2', cell: 250 }] }));
	expect(must(await repo.get(id)).doc.actuals).toBeUndefined();

	const { record, replayed } = must(await repo.recover(id));
	expect(replayed).toBe(2);
	expect(record.doc.actuals).toEqual({ outlay: [1180.5, null, null] });
	expect(cellOf(record.doc, 'reward_fund', 1)).toBe(250);
	expect(must(await repo.pendingJournal(id))).toEqual([]);
	repo.close();
});

test('the whole save of a replaced scenario deletes its journal row in the same write', async () => {
	const repo = await openRepo();
	const { id } = must(await repo.create(plan('Whole save')));
	const replaced = { ...plan('Whole save'), actuals: { committees: [200, null, null] } };
	const key = must(await repo.journal({ scenarioId: id, baseRev: 1, at: 5, cells: [], doc: replaced }));
	must(await repo.save(id, replaced, [], undefined, [key]));
	expect(must(await repo.pendingJournal(id))).toEqual([]);
	expect(must(await repo.get(id)).doc.actuals).toEqual({ committees: [200, null, null] });
	repo.close();
});
