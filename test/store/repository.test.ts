import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { ScenarioRepository } from '../../src/lib/store/repository';
import { clock, failure, freshName, must, openRepo, plan, withCell } from './helpers';

describe('the scenario library', () => {
	test('a saved value reads back after a "reload" (a new connection)', async () => {
		const name = freshName();
		const first = must(await ScenarioRepository.open({ name }));
		const created = must(await first.create(plan('Base')));
		const edited = withCell(plan('Base'), 'basic_subsidy', 1, 0.08);
		must(await first.save(created.id, edited, [], created.rev));
		first.close();

		const again = must(await ScenarioRepository.open({ name }));
		const stored = must(await again.get(created.id));
		expect(stored.doc.params.basic_subsidy.cells).toEqual([0.1, 0.08, 0.05]);
		expect(stored.rev).toBe(2);
		again.close();
	});

	test('the list shows names and descriptions, most recently changed first', async () => {
		const repo = await openRepo();
		const docA = { ...plan('A'), description: 'first' };
		const a = must(await repo.create(docA));
		must(await repo.create(plan('B')));
		must(await repo.save(a.id, withCell(docA, 'quasi_fee', 0, 0.7)));
		const rows = must(await repo.list());
		expect(rows.map((r) => r.name)).toEqual(['A', 'B']);
		expect(rows[0].description).toBe('first');
		repo.close();
	});

	test('rename shows in the list and in the stored doc', async () => {
		const repo = await openRepo();
		const { id, rev } = must(await repo.create(plan('Old name')));
		const renamed = must(await repo.rename(id, 'Leadership variant', rev));
		expect(renamed.rev).toBe(rev + 1);
		expect(must(await repo.list()).map((r) => r.name)).toEqual(['Leadership variant']);
		expect(must(await repo.get(id)).doc.name).toBe('Leadership variant');
		repo.close();
	});

	test('duplicate makes an independent copy with its compound register', async () => {
		const repo = await openRepo();
		const src = must(await repo.create(withCell(plan('Base'), 'market_fee', 0, 1.5)));
		must(await repo.putRegister(src.id, { compounds: [{ name: '东河一区', tier: 'basic' }] }));
		const copy = must(await repo.duplicate(src.id, 'Base (copy)'));
		expect(copy.id).not.toBe(src.id);
		must(await repo.save(copy.id, withCell(plan('Base (copy)'), 'market_fee', 0, 2)));
		expect(must(await repo.get(src.id)).doc.params.market_fee.cells[0]).toBe(1.5);
		expect(must(await repo.get(copy.id)).doc.params.market_fee.cells[0]).toBe(2);
		expect(must(await repo.getRegister(copy.id))).toEqual({ compounds: [{ name: '东河一区', tier: 'basic' }] });
		expect(
			must(await repo.list())
				.map((r) => r.name)
				.sort()
		).toEqual(['Base', 'Base (copy)']);
		repo.close();
	});

	test('a deleted scenario leaves the list, waits in the bin and comes back on restore', async () => {
		const repo = await openRepo();
		const keep = must(await repo.create(plan('Keep')));
		const gone = must(await repo.create(plan('Gone')));
		must(await repo.softDelete(gone.id));
		expect(must(await repo.list()).map((r) => r.id)).toEqual([keep.id]);
		expect(must(await repo.listDeleted()).map((r) => r.name)).toEqual(['Gone']);
		must(await repo.restore(gone.id));
		expect(
			must(await repo.list())
				.map((r) => r.name)
				.sort()
		).toEqual(['Gone', 'Keep']);
		expect(must(await repo.listDeleted())).toEqual([]);
		repo.close();
	});

	test('the bin is emptied only of scenarios deleted long enough ago', async () => {
		const c = clock();
		const repo = await openRepo({ now: c.now });
		const { id } = must(await repo.create(plan('Old')));
		must(await repo.softDelete(id));
		const day = 86_400_000;
		c.state.t += day / 2;
		expect(must(await repo.purgeDeleted(day))).toEqual([]);
		expect(must(await repo.listDeleted())).toHaveLength(1);
		c.state.t += day;
		expect(must(await repo.purgeDeleted(day))).toEqual([id]);
		expect(failure(await repo.get(id)).kind).toBe('not-found');
		expect(must(await repo.listDeleted())).toEqual([]);
		repo.close();
	});

	test('the last opened scenario is remembered, but not once it is deleted', async () => {
		const repo = await openRepo();
		expect(must(await repo.getLastOpened())).toBeNull();
		const { id } = must(await repo.create(plan('Open me')));
		must(await repo.setLastOpened(id));
		expect(must(await repo.getLastOpened())).toBe(id);
		must(await repo.softDelete(id));
		expect(must(await repo.getLastOpened())).toBeNull();
		repo.close();
	});

	test('an unknown id is reported as not-found, not thrown', async () => {
		const repo = await openRepo();
		expect(failure(await repo.get('nope')).kind).toBe('not-found');
		const e = failure(await repo.save('nope', plan('x')));
		expect(e.kind).toBe('not-found');
		expect(e.message).toContain('"nope"');
		repo.close();
	});

	test('a doc that is not plain data (e.g. a reactive proxy) is refused as a value', async () => {
		const repo = await openRepo();
		const { id } = must(await repo.create(plan('Base')));
		const proxied = new Proxy(plan('Base'), {});
		const e = failure(await repo.save(id, proxied));
		expect(e.kind).toBe('invalid');
		expect(must(await repo.get(id)).rev).toBe(1);
		repo.close();
	});
});
