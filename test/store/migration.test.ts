import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import { openWorkbenchDb } from '../../src/lib/store/db';
import { ScenarioRepository } from '../../src/lib/store/repository';
import type { StoreError } from '../../src/lib/store/result';
import { failure, freshName, must, plan, withCell } from './helpers';

afterEach(() => vi.restoreAllMocks());
afterEach(() => vi.unstubAllGlobals());

/** What release 1 of the workbench left in a browser: a `scenarios` store only, records without rev or bin. */
function createV1(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(name, 1);
		req.onupgradeneeded = () => {
			const store = req.result.createObjectStore('scenarios', { keyPath: 'id' });
			store.createIndex('updatedAt', 'updatedAt');
			store.put({
				id: 'v1-a',
				doc: withCell(plan('Made in v1'), 'quasi_fee', 0, 0.66),
				createdAt: 100,
				updatedAt: 200
			});
			store.put({ id: 'v1-b', doc: plan('Older v1'), createdAt: 50, updatedAt: 60 });
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

test('a version 1 library with data opens at the current version with its data intact and usable', async () => {
	const name = freshName();
	(await createV1(name)).close();
	const repo = must(await ScenarioRepository.open({ name }));

	expect(must(await repo.list()).map((r) => [r.id, r.name, r.rev, r.deletedAt])).toEqual([
		['v1-a', 'Made in v1', 1, null],
		['v1-b', 'Older v1', 1, null]
	]);
	const a = must(await repo.get('v1-a'));
	expect(a.doc.params.quasi_fee.cells[0]).toBe(0.66);
	expect(a.createdAt).toBe(100);
	// The version 2 stores work on migrated records: history, bin, last opened.
	must(
		await repo.save(
			'v1-a',
			withCell(a.doc, 'quasi_fee', 0, 0.7),
			[{ at: 1, cell: 'quasi_fee_y1', old: 0.66, new: 0.7 }],
			1
		)
	);
	expect(must(await repo.history('v1-a')).map((e) => e.changes[0].old)).toEqual([0.66]);
	must(await repo.setLastOpened('v1-b'));
	expect(must(await repo.getLastOpened())).toBe('v1-b');
	repo.close();

	const raw = must(await openWorkbenchDb({ name }));
	expect(raw.version).toBe(4);
	expect([...raw.objectStoreNames].sort()).toEqual(['fundUse', 'history', 'journal', 'meta', 'registers', 'scenarios']);
	raw.close();
});

test('a version 3 library opens at version 4 with its data intact, and keeps fund-use inputs', async () => {
	const name = freshName();
	// What the previous release left: the five v3 stores, one scenario with its register.
	await new Promise<void>((resolve, reject) => {
		const req = indexedDB.open(name, 3);
		req.onupgradeneeded = () => {
			const db = req.result;
			db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
			db.createObjectStore('history', { keyPath: 'id', autoIncrement: true }).createIndex('scenarioId', 'scenarioId');
			db.createObjectStore('meta');
			db.createObjectStore('registers');
			db.createObjectStore('journal', { keyPath: 'id', autoIncrement: true }).createIndex('scenarioId', 'scenarioId');
			const tx = req.transaction!;
			tx.objectStore('scenarios').put({
				id: 'v3',
				doc: plan('Made in v3'),
				rev: 2,
				createdAt: 1,
				updatedAt: 2,
				deletedAt: null
			});
			tx.objectStore('registers').put({ compounds: 316 }, 'v3');
		};
		req.onsuccess = () => (req.result.close(), resolve());
		req.onerror = () => reject(req.error);
	});
	const repo = must(await ScenarioRepository.open({ name }));
	expect(must(await repo.get('v3')).rev).toBe(2);
	expect(must(await repo.getRegister('v3'))).toEqual({ compounds: 316 });
	expect(must(await repo.getFundUse('v3'))).toBeNull();
	const typed = { assessments: [{ street: '东河街道', quarter: '2022Q1', released: 0.9 }], rewardShares: {} };
	must(await repo.putFundUse('v3', typed));
	expect(must(await repo.getFundUse('v3'))).toEqual(typed);
	repo.close();
});

test('an upgrade held up by an old tab is reported, and completes once that tab closes', async () => {
	const name = freshName();
	const oldTab = await createV1(name); // never answers versionchange, like a page from the old release
	const reported: StoreError[] = [];
	const opening = ScenarioRepository.open({ name, onBlocked: (e) => reported.push(e) });
	await vi.waitFor(() => expect(reported).toHaveLength(1));
	expect(reported[0].kind).toBe('blocked');
	expect(reported[0].message).toContain('close it');
	oldTab.close();
	const repo = must(await opening);
	expect(must(await repo.list())).toHaveLength(2);
	repo.close();
});

test('a newer tab upgrading the library makes this one let go and say so; later calls fail as values', async () => {
	const name = freshName();
	const closed: StoreError[] = [];
	const repo = must(await ScenarioRepository.open({ name, onClosed: (e) => closed.push(e) }));
	const newer = await new Promise<IDBDatabase>((resolve, reject) => {
		const req = indexedDB.open(name, 5);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	expect(closed.map((e) => e.kind)).toEqual(['blocked']);
	expect(closed[0].message).toContain('reload');
	expect(failure(await repo.create(plan('After'))).kind).toBe('blocked');
	// And this release, opening a library a newer release has upgraded, is told to reload too.
	const stale = failure(await ScenarioRepository.open({ name }));
	expect(stale.kind).toBe('blocked');
	expect(stale.message).toContain('newer version');
	newer.close();
});

test('no IndexedDB at all (some private windows) is reported as unavailable', async () => {
	vi.stubGlobal('indexedDB', undefined);
	const e = failure(await ScenarioRepository.open({ name: freshName() }));
	expect(e.kind).toBe('unavailable');
	expect(e.message).toContain('IndexedDB');
});

test('IndexedDB refusing to open (Firefox private mode) is reported as unavailable', async () => {
	vi.spyOn(indexedDB, 'open').mockImplementation(() => {
		throw new DOMException(
			'A mutation operation was attempted on a database that did not allow mutations.',
			'InvalidStateError'
		);
	});
	const e = failure(await ScenarioRepository.open({ name: freshName() }));
	expect(e.kind).toBe('unavailable');
	expect(e.message).toContain('did not allow mutations');
});
