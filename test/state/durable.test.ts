/**
 * The library on a workbench page, as tabs of one browser profile (apps built from the same deps share the
 * fake-indexeddb library and the channel): edits kept before the engine replies, two tabs merging, and storage
 * that fails.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startedApp, testDeps, until } from './helpers';
import { ScenarioRepository } from '../../src/lib/store';

type App = Awaited<ReturnType<typeof startedApp>>;
const apps: App[] = [];
async function tab(deps: ReturnType<typeof testDeps>) {
	const app = await startedApp(deps);
	apps.push(app);
	await until(() => app.wb.projection !== null, 'the first projection');
	// Edits go to a working scenario: the plan is a protected template (each tab's first edit would copy it).
	if (app.lib.repo && app.lib.currentId === app.lib.planId) await app.lib.duplicate('工作情景 Working');
	return app;
}
afterEach(() => {
	for (const a of apps.splice(0)) a.wb.client.terminate();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

async function stored(deps: ReturnType<typeof testDeps>, id: string) {
	const repo = await ScenarioRepository.open(deps.repository);
	if (!repo.ok) throw new Error(repo.error.message);
	const r = await repo.value.get(id);
	const h = await repo.value.history(id);
	repo.value.close();
	if (!r.ok || !h.ok) throw new Error('not stored');
	return { doc: r.value.doc, history: h.value };
}

describe('durable on Enter', () => {
	it('an edit is kept though the engine never replies (the page went away first)', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		const journaled = new Promise((r) => (a.lib.onJournaled = r));
		void a.wb.commit('reward_fund_y2', '250');
		a.wb.client.terminate(); // no reply, no full save: only the journal row
		await journaled;
		const b = await tab(deps);
		expect(b.wb.cells.reward_fund_y2).toBe(250);
		expect(b.wb.projection!.totals.outlay).toBeCloseTo(3712.584, 6);
		// Replayed into the scenario with a history entry, not only shown.
		const s = await stored(deps, b.lib.currentId!);
		expect(s.doc.params.reward_fund.cells[1]).toBe(250);
		expect(s.history[0].changes.map((c) => [c.cell, c.old, c.new])).toEqual([['reward_fund_y2', 100, 250]]);
	});

	it('says "saving" while a write is pending and "saved" once it is committed', async () => {
		const a = await tab(testDeps());
		expect(a.lib.saveState).toBe('saved');
		const p = a.wb.commit('reward_fund_y3', '120');
		expect(a.lib.saveState).toBe('saving');
		expect(a.lib.unsafeToLeave).toBe(true);
		await p;
		await a.lib.settled();
		expect(a.lib.saveState).toBe('saved');
		expect(a.lib.unsafeToLeave).toBe(false);
	});

	it('an undo is unsafe to leave until the engine has replied and its result is stored', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		await a.wb.commit('reward_fund_y3', '120');
		await a.lib.settled();
		const undone = a.wb.undo();
		expect(a.lib.unsafeToLeave).toBe(true);
		await undone;
		await a.lib.settled();
		expect(a.lib.unsafeToLeave).toBe(false);
		expect((await stored(deps, a.lib.currentId!)).doc.params.reward_fund.cells[2]).toBe(100);
	});
});

describe('two tabs', () => {
	it('edits to different cells at the same moment both survive, in both tabs and in the library', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		const b = await tab(deps);
		expect(b.lib.currentId).toBe(a.lib.currentId);
		await Promise.all([a.wb.commit('basic_subsidy_y2', '0.06'), b.wb.commit('quasi_subsidy_y3', '0.12')]);
		await Promise.all([a.lib.settled(), b.lib.settled()]);
		await until(() => a.wb.cells.quasi_subsidy_y3 === 0.12 && b.wb.cells.basic_subsidy_y2 === 0.06, 'both edits');
		expect(a.wb.cells.basic_subsidy_y2).toBe(0.06);
		expect(b.wb.cells.quasi_subsidy_y3).toBe(0.12);
		expect(a.lib.clash).toBeNull();
		expect(b.lib.clash).toBeNull();
		const s = await stored(deps, a.lib.currentId!);
		expect([s.doc.params.basic_subsidy.cells[1], s.doc.params.quasi_subsidy.cells[2]]).toEqual([0.06, 0.12]);
	});

	async function clashed() {
		const deps = testDeps();
		const a = await tab(deps);
		const b = await tab(deps);
		await Promise.all([a.wb.commit('basic_subsidy_y2', '0.06'), b.wb.commit('basic_subsidy_y2', '0.07')]);
		await until(() => (a.lib.clash ?? b.lib.clash) !== null, 'the clash');
		const [mine, other] = a.lib.clash ? [a, b] : [b, a];
		return { deps, mine, other };
	}

	it('the same cell: both values are shown and the refused tab keeps its own value until the planner chooses', async () => {
		const { mine, other } = await clashed();
		const c = mine.lib.clash!.cells[0];
		expect(c.cell).toBe('basic_subsidy_y2');
		expect([c.mine, c.theirs].sort()).toEqual([0.06, 0.07]);
		expect(mine.wb.cells.basic_subsidy_y2).toBe(c.mine);
		expect(other.wb.cells.basic_subsidy_y2).toBe(c.theirs);
		expect(mine.lib.unsafeToLeave).toBe(true);
	});

	it('"Keep mine" stores mine on top of theirs; theirs stays in History', async () => {
		const { deps, mine, other } = await clashed();
		const { mine: m, theirs: t } = mine.lib.clash!.cells[0];
		await mine.lib.resolve('mine');
		expect(mine.lib.clash).toBeNull();
		expect(mine.wb.cells.basic_subsidy_y2).toBe(m);
		await until(() => other.wb.cells.basic_subsidy_y2 === m, 'the other tab to show the kept value');
		const s = await stored(deps, mine.lib.currentId!);
		expect(s.doc.params.basic_subsidy.cells[1]).toBe(m);
		expect(s.history.map((h) => h.changes.map((x) => [x.old, x.new])[0])).toEqual([[t, m], [0.05, t], undefined]);
	});

	it('"Take theirs" stores theirs and shows it here; mine stays in History', async () => {
		const { deps, mine, other } = await clashed();
		const { mine: m, theirs: t } = mine.lib.clash!.cells[0];
		await mine.lib.resolve('theirs');
		expect(mine.wb.cells.basic_subsidy_y2).toBe(t);
		const s = await stored(deps, mine.lib.currentId!);
		expect(s.doc.params.basic_subsidy.cells[1]).toBe(t);
		expect(s.history.map((h) => h.changes.map((x) => [x.old, x.new])[0])).toEqual([
			[m, t],
			[t, m],
			[0.05, t],
			undefined
		]);
		await until(() => other.wb.cells.basic_subsidy_y2 === t, 'the other tab');
	});
});

describe('storage that fails', () => {
	it('without IndexedDB the workbench opens on the plan in memory, says so, and New keeps the first scenario', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const a = await tab(testDeps());
		expect(a.lib.problem?.key).toBe('storage.noIndexedDb');
		expect(a.lib.saveState).toBe('memory');
		expect(await a.wb.commit('reward_fund_y2', '250')).toBe(true);
		expect(a.lib.unsafeToLeave).toBe(true);
		const first = a.lib.currentId!; // the plan's working copy, which took the edit
		await a.lib.create({ ...structuredClone(a.wb.doc!), name: 'second' });
		expect(a.wb.cells.reward_fund_y2).toBe(250);
		expect(a.lib.list.map((s) => s.name)).toEqual([
			'规划原文 Plan as written 2022–2024',
			'规划原文 Plan as written 2022–2024 副本',
			'second'
		]);
		await a.lib.open(first);
		expect(a.wb.cells.reward_fund_y2).toBe(250);
	});

	it('a write the browser refuses (quota) is said loudly, kept on screen, and written once storage works', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		const quota = () => {
			throw new DOMException('quota', 'QuotaExceededError');
		};
		const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
		await a.wb.commit('reward_fund_y2', '250');
		await until(() => a.lib.saveState === 'failed', 'the failure');
		expect(a.lib.problem?.key).toBe('storage.quota');
		expect(a.wb.cells.reward_fund_y2).toBe(250);
		expect(a.lib.unsafeToLeave).toBe(true);
		add.mockRestore();
		put.mockRestore();
		await until(() => a.lib.saveState === 'saved', 'the retry', 8000);
		expect(a.lib.problem).toBeNull();
		expect((await stored(deps, a.lib.currentId!)).doc.params.reward_fund.cells[1]).toBe(250);
	}, 15_000);

	it('a tiny quota on the first visit: the workbench opens in memory and works', async () => {
		const quota = () => {
			throw new DOMException('quota', 'QuotaExceededError');
		};
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
		const a = await tab(testDeps());
		expect(a.lib.problem?.key).toBe('storage.quota');
		expect(a.lib.saveState).toBe('memory');
		expect(await a.wb.commit('reward_fund_y2', '250')).toBe(true);
		await until(() => a.wb.cells.reward_fund_y2 === 250, 'the edit');
		expect(a.wb.projection!.totals.outlay).toBeCloseTo(3712.584, 6);
	});

	it('exports after a rename carry the new name (the engine follows)', async () => {
		const a = await tab(testDeps());
		await a.lib.rename('新名称');
		expect((await a.wb.client.doc())?.name).toBe('新名称');
		expect(a.lib.list[0].name).toBe('新名称');
	});
});
