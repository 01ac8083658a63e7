import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import { diffDocs } from '../../src/lib/store/diff';
import { failure, must, openRepo, plan, withCell } from './helpers';

afterEach(() => vi.restoreAllMocks());

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

test('a full disk on save is a quota result; the stored scenario is unchanged', async () => {
	const repo = await openRepo();
	const base = plan('Base');
	const { id } = must(await repo.create(base));
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
		throw quotaError();
	});
	const edited = withCell(base, 'basic_fee', 0, 0.5);
	const e = failure(await repo.save(id, edited, diffDocs(base, edited, 1), 1));
	expect(e.kind).toBe('quota');
	expect(e.message).toContain('not saved');
	vi.restoreAllMocks();
	expect(must(await repo.get(id)).doc.params.basic_fee.cells[0]).toBe(0.3);
	repo.close();
});

test('when the history write hits the quota, the scenario write in the same transaction is undone too', async () => {
	const repo = await openRepo();
	const base = plan('Base');
	const { id } = must(await repo.create(base));
	vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
		throw quotaError();
	});
	const edited = withCell(base, 'basic_fee', 0, 0.5);
	expect(failure(await repo.save(id, edited, diffDocs(base, edited, 1), 1)).kind).toBe('quota');
	vi.restoreAllMocks();
	const stored = must(await repo.get(id));
	expect(stored.doc.params.basic_fee.cells[0]).toBe(0.3);
	expect(stored.rev).toBe(1);
	expect(must(await repo.history(id))).toHaveLength(1);
	repo.close();
});
