import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openLibraryChannel, type LibraryMessage } from '../../src/lib/store/channel';
import { ScenarioRepository } from '../../src/lib/store/repository';
import { failure, freshName, must, plan, withCell } from './helpers';

/** Two tabs: two repositories on one database, each with its own channel (as two pages would have). */
async function twoTabs() {
	const name = freshName();
	const channelName = `chan-${name}`;
	const chA = openLibraryChannel(channelName);
	const chB = openLibraryChannel(channelName);
	const a = must(await ScenarioRepository.open({ name, channel: chA }));
	const b = must(await ScenarioRepository.open({ name, channel: chB }));
	const done = () => {
		for (const tab of [a, b]) tab.close();
		for (const channel of [chA, chB]) channel.close();
	};
	return { a, b, chB, done };
}

test('a save from a tab holding a stale rev is a conflict that carries the stored doc; nothing is overwritten', async () => {
	const { a, b, done } = await twoTabs();
	const { id } = must(await a.create(plan('Shared')));
	const seenByB = must(await b.get(id));

	const fromA = withCell(seenByB.doc, 'basic_fee', 0, 0.35);
	expect(must(await a.save(id, fromA, [], 1)).rev).toBe(2);

	const e = failure(await b.save(id, withCell(seenByB.doc, 'basic_fee', 0, 0.4), [], seenByB.rev));
	expect(e.kind).toBe('conflict');
	if (e.kind !== 'conflict') return;
	expect(e.stored.rev).toBe(2);
	expect(e.stored.doc.params.basic_fee.cells[0]).toBe(0.35);
	expect(e.message).toContain('another tab');
	expect(must(await a.get(id)).doc.params.basic_fee.cells[0]).toBe(0.35);

	// B chooses to keep its own version: it saves again naming the rev it was shown.
	must(await b.save(id, withCell(e.stored.doc, 'basic_fee', 0, 0.4), [], e.stored.rev));
	expect(must(await a.get(id)).doc.params.basic_fee.cells[0]).toBe(0.4);
	done();
});

test('editing a scenario another tab moved to the bin is a conflict, not a resurrection', async () => {
	const { a, b, done } = await twoTabs();
	const { id, rev } = must(await a.create(plan('Shared')));
	must(await a.softDelete(id));
	const e = failure(await b.save(id, plan('Shared'), [], rev));
	expect(e.kind).toBe('conflict');
	if (e.kind === 'conflict') expect(e.stored.deletedAt).not.toBeNull();
	// Even a save that names no rev (or the current one) must not bring it back silently.
	const current = must(await b.get(id)).rev;
	expect(failure(await b.save(id, plan('Shared'), [], current)).message).toContain('moved to the bin');
	expect(failure(await b.save(id, plan('Shared'))).kind).toBe('conflict');
	expect(must(await b.list())).toEqual([]);
	done();
});

test('the other tab hears of each committed save, with the new rev', async () => {
	const { a, chB, done } = await twoTabs();
	const heard: LibraryMessage[] = [];
	const arrived = new Promise<void>((resolve) => chB.subscribe((m) => heard.push(m) === 2 && resolve()));
	const { id } = must(await a.create(plan('Shared')));
	must(await a.save(id, withCell(plan('Shared'), 'basic_fee', 0, 0.35), [], 1));
	await arrived;
	expect(heard).toEqual([
		{ type: 'saved', id, rev: 1 },
		{ type: 'saved', id, rev: 2 }
	]);
	done();
});
