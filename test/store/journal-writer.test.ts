import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { createJournalApi } from '../../src/lib/store/journal-writer';
import type { JournalWriter } from '../../src/lib/store/repository';
import { freshName, must, plan } from './helpers';
import { ScenarioRepository } from '../../src/lib/store/repository';

const edit = (id: string, cell: number) => ({
	scenarioId: id,
	baseRev: 1,
	at: 1,
	cells: [{ name: 'basic_subsidy_y2', cell }]
});

test('an edit journaled by the writer (its own connection) is in the library: recovered on open', async () => {
	const name = freshName();
	const repo = must(await ScenarioRepository.open({ name }));
	const { id } = must(await repo.create(plan('Writer')));
	repo.useJournalWriter(createJournalApi() as JournalWriter);
	const j = await repo.journalTimed(edit(id, 0.07));
	expect(j.result.ok).toBe(true);
	expect(j.committedAt).toBeGreaterThan(0);
	// A second page opening the library finds the row and applies it, once.
	const other = must(await ScenarioRepository.open({ name }));
	const { record, replayed } = must(await other.recover(id));
	expect(replayed).toBe(1);
	expect(record.doc.params.basic_subsidy.cells[1]).toBe(0.07);
});

test('a writer that lost its connection wrote nothing: the page writes the row instead, exactly once', async () => {
	const name = freshName();
	const repo = must(await ScenarioRepository.open({ name }));
	const { id } = must(await repo.create(plan('Lost')));
	const api = createJournalApi();
	repo.useJournalWriter(api as JournalWriter);
	expect((await repo.journalTimed(edit(id, 0.06))).result.ok).toBe(true);
	await api.close();
	expect((await repo.journalTimed(edit(id, 0.08))).result.ok).toBe(true);
	const rows = must(await repo.pendingJournal(id));
	expect(rows.map((r) => r.cells[0].cell)).toEqual([0.06, 0.08]);
});

test('a writer that never answers (a worker that cannot start) leaves the writes on the page', async () => {
	const name = freshName();
	const repo = must(await ScenarioRepository.open({ name }));
	const { id } = must(await repo.create(plan('Silent')));
	const never = new Promise<never>(() => {});
	repo.useJournalWriter({ open: () => never, add: () => never, fork: () => never, close: () => never }, 50);
	const j = await repo.journalTimed(edit(id, 0.09));
	expect(j.result.ok).toBe(true);
	expect(must(await repo.pendingJournal(id)).map((r) => r.cells[0].cell)).toEqual([0.09]);
});
