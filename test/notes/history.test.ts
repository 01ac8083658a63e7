/** Notes (批注) in IndexedDB and History: saved with the scenario; added, changed, removed listed; a merge named. */
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { withNote } from '../../src/lib/model/cell-note';
import { diffDocs } from '../../src/lib/store/diff';
import { must, openRepo, plan } from '../store/helpers';

const at = '2026-12-07T06:20:00.000Z';

test('a note is saved with the scenario, and each save of one is a History entry saying what happened', async () => {
	const repo = await openRepo();
	const base = plan('Base');
	const { id } = must(await repo.create(base));
	const added = withNote(base, 'basic_fee_y2', { by: '王芳', at, text: '初稿' });
	must(await repo.save(id, added, [], undefined, undefined, { record: true }));
	const changed = withNote(added, 'basic_fee_y2', { by: '王芳', at, text: '定稿' });
	must(await repo.save(id, changed, [], undefined, undefined, { record: true }));
	const removed = withNote(changed, 'basic_fee_y2', null);
	must(await repo.save(id, removed, [], undefined, undefined, { record: true }));

	expect(must(await repo.get(id)).doc).not.toHaveProperty('notes');
	const h = must(await repo.history(id));
	const note = (text: string) => ({ by: '王芳', at, text });
	expect(h.map((e) => e.notes)).toEqual([
		[{ cell: 'basic_fee_y2', old: note('定稿'), new: null }],
		[{ cell: 'basic_fee_y2', old: note('初稿'), new: note('定稿') }],
		[{ cell: 'basic_fee_y2', old: null, new: note('初稿') }],
		[]
	]);
	// Restoring the entry that added it gives the note back.
	expect(must(await repo.restoreFromHistory(id, h[2].id)).notes).toEqual({ basic_fee_y2: note('初稿') });
	repo.close();
});

test('a merge is one History entry naming the colleague’s file, with the values that lost', async () => {
	const repo = await openRepo();
	const base = plan('Base');
	const { id } = must(await repo.create(base));
	const merged = { ...base, params: structuredClone(base.params) };
	merged.params.basic_fee.cells[1] = 0.6;
	const lost = [{ kind: 'cell', cell: 'basic_fee_y2', side: 'mine' as const, value: 0.5 }];
	must(
		await repo.save(id, merged, diffDocs(base, merged, 7), undefined, undefined, { merge: { file: '同事.xlsx', lost } })
	);
	const [entry] = must(await repo.history(id));
	expect(entry.merge).toEqual({ file: '同事.xlsx', lost });
	expect(entry.changes.map((c) => c.cell)).toEqual(['basic_fee_y2']);
	repo.close();
});
