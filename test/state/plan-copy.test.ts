/**
 * The library's names and its protected plan, as a planner meets them: no two scenarios share a name, and the
 * first edit to the plan goes at once into a working copy, durable exactly like any other edit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAN, startedApp, testDeps, until } from './helpers';
import { ScenarioRepository } from '../../src/lib/store';
import type { ScenarioDoc } from '../../src/lib/model/scenario';

const PLAN_NAME = JSON.parse(PLAN).name as string;
type App = Awaited<ReturnType<typeof startedApp>>;
const apps: App[] = [];
async function tab(deps: ReturnType<typeof testDeps>) {
	const app = await startedApp(deps);
	apps.push(app);
	await until(() => app.wb.projection !== null, 'the first projection');
	return app;
}
afterEach(() => {
	for (const a of apps.splice(0)) a.wb.client.terminate();
	vi.restoreAllMocks();
});

async function storedDoc(deps: ReturnType<typeof testDeps>, id: string): Promise<ScenarioDoc> {
	const repo = await ScenarioRepository.open(deps.repository);
	if (!repo.ok) throw new Error(repo.error.message);
	const r = await repo.value.get(id);
	repo.value.close();
	if (!r.ok) throw new Error('not stored');
	return r.value.doc;
}
const names = (a: App) => a.lib.list.map((s) => s.name).sort();

describe('the plan is a protected template', () => {
	it('its first edit goes into a working copy, announced; the plan is unchanged; the next visit opens the copy', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		const plan = a.lib.planId!;
		expect(a.lib.currentId).toBe(plan);
		await a.wb.commit('reward_fund_y2', '250');
		await a.wb.commit('reward_fund_y3', '260');
		await a.lib.settled();
		const copy = a.lib.currentId!;
		expect(copy).not.toBe(plan);
		expect(a.lib.forked?.name).toBe(`${PLAN_NAME} 副本`);
		expect(a.wb.doc!.name).toBe(`${PLAN_NAME} 副本`);
		expect(names(a)).toEqual([PLAN_NAME, `${PLAN_NAME} 副本`]);
		expect((await storedDoc(deps, plan)).params.reward_fund.cells).toEqual([100, 100, 100]);
		expect((await storedDoc(deps, copy)).params.reward_fund.cells).toEqual([100, 250, 260]);
		const b = await tab(deps);
		expect(b.lib.currentId).toBe(copy);
		expect(b.wb.cells.reward_fund_y2).toBe(250);
	});

	it('the first edit is kept though the engine never replies (the page went away first)', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		const journaled = new Promise((r) => (a.lib.onJournaled = r));
		void a.wb.commit('reward_fund_y2', '250');
		a.wb.client.terminate();
		await journaled;
		const b = await tab(deps);
		expect(b.wb.doc!.name).toBe(`${PLAN_NAME} 副本`);
		expect(b.wb.cells.reward_fund_y2).toBe(250);
		expect((await storedDoc(deps, b.lib.planId!)).params.reward_fund.cells[1]).toBe(100);
	});

	it('"back to the plan" puts the copy in the bin and opens the plan as it was', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		await a.wb.commit('reward_fund_y2', '250');
		await a.lib.settled();
		await a.lib.backToPlan();
		expect(a.lib.currentId).toBe(a.lib.planId);
		expect(a.wb.cells.reward_fund_y2).toBe(100);
		expect(names(a)).toEqual([PLAN_NAME]);
		expect(a.lib.forked).toBeNull();
	});

	it('a copy the browser refused to store (full disk) is written, with the edit, once storage works', async () => {
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
		add.mockRestore();
		put.mockRestore();
		await until(() => a.lib.saveState === 'saved', 'the retry', 8000);
		expect((await storedDoc(deps, a.lib.currentId!)).params.reward_fund.cells[1]).toBe(250);
		const b = await tab(deps);
		expect(b.wb.cells.reward_fund_y2).toBe(250);
		expect((await storedDoc(deps, b.lib.planId!)).params.reward_fund.cells[1]).toBe(100);
	}, 15_000);

	it("the plan's register goes with its working copy", async () => {
		const deps = testDeps();
		const a = await tab(deps);
		await a.lib.repo!.putRegister(a.lib.planId!, { compounds: ['甲小区'] });
		await a.wb.commit('reward_fund_y2', '250');
		await a.lib.settled();
		const copy = a.lib.currentId!;
		let r = await a.lib.repo!.getRegister(copy);
		for (let i = 0; i < 100 && r.ok && r.value === undefined; i++) {
			await new Promise((res) => setTimeout(res, 10));
			r = await a.lib.repo!.getRegister(copy);
		}
		expect(r.ok && r.value).toEqual({ compounds: ['甲小区'] });
	});
});

describe('two tabs on the plan make one working copy', () => {
	// Both tabs show the plan; each types its first edit before either has heard of the other's copy. The
	// second tab's edit joins the copy the first one made (10 rounds, the order of the two writes varying).
	it('whichever tab writes first, there is one copy holding both edits, and the plan is unchanged', async () => {
		let one = 0;
		for (let round = 0; round < 10; round++) {
			const deps = testDeps();
			const a = await tab(deps);
			const b = await tab(deps);
			const [first, second] = round % 2 ? [b, a] : [a, b];
			const p1 = first.wb.commit('reward_fund_y2', '250');
			const p2 = second.wb.commit('reward_fund_y3', '260');
			await Promise.all([p1, p2]);
			await Promise.all([a.lib.settled(), b.lib.settled()]);
			await a.lib.refresh();
			expect(b.lib.currentId).toBe(a.lib.currentId);
			const copies = a.lib.list.filter((s) => s.id !== a.lib.planId);
			if (copies.length === 1) one++;
			expect(copies.map((c) => c.name)).toEqual([`${PLAN_NAME} 副本`]);
			const stored = await storedDoc(deps, copies[0].id);
			expect(stored.params.reward_fund.cells).toEqual([100, 250, 260]);
			expect((await storedDoc(deps, a.lib.planId!)).params.reward_fund.cells).toEqual([100, 100, 100]);
			// Each tab shows the other's edit too (the cross-tab channel), and neither is asked about a clash.
			for (const x of [a, b])
				await until(() => x.wb.cells.reward_fund_y2 === 250 && x.wb.cells.reward_fund_y3 === 260, 'both edits shown');
			expect([a.lib.clash, b.lib.clash]).toEqual([null, null]);
			for (const x of [a, b]) x.wb.client.terminate();
			apps.length = 0;
		}
		console.log(`[trials] two tabs' first edits to the plan: one copy ${one}, two copies ${10 - one}`);
		expect(one).toBe(10);
	}, 120_000);
});

describe('no two scenarios share a name', () => {
	it('the same file kept four times gives four names; copies and renames are numbered too', async () => {
		const a = await tab(testDeps());
		const doc = JSON.parse(JSON.stringify(a.wb.doc)) as ScenarioDoc;
		const held = { ...doc, name: '补贴不退坡 Subsidies held at year-1 rates' };
		for (let i = 0; i < 4; i++) await a.lib.create(held);
		expect(names(a)).toEqual([
			'补贴不退坡 Subsidies held at year-1 rates',
			'补贴不退坡 Subsidies held at year-1 rates (2)',
			'补贴不退坡 Subsidies held at year-1 rates (3)',
			'补贴不退坡 Subsidies held at year-1 rates (4)',
			PLAN_NAME
		]);
		await a.lib.create(doc); // "New from plan"
		expect(a.wb.doc!.name).toBe(`${PLAN_NAME} (2)`);
		await a.lib.rename('补贴不退坡 Subsidies held at year-1 rates');
		expect(a.wb.doc!.name).toBe('补贴不退坡 Subsidies held at year-1 rates (5)');
		expect(new Set(names(a)).size).toBe(a.lib.list.length);
	});

	it('"replace" puts the file in place of the scenario of that name; what it held stays in History', async () => {
		const deps = testDeps();
		const a = await tab(deps);
		const doc = JSON.parse(JSON.stringify(a.wb.doc)) as ScenarioDoc;
		await a.lib.create({ ...doc, name: 'B' });
		const id = a.lib.currentId!;
		const file = structuredClone(doc);
		file.name = 'B';
		file.params.reward_fund.cells = [100, 300, 300];
		await a.lib.replace(id, file);
		expect(a.lib.currentId).toBe(id);
		expect(names(a)).toEqual(['B', PLAN_NAME]);
		expect(a.wb.cells.reward_fund_y2).toBe(300);
		const h = await a.lib.repo!.history(id);
		expect(h.ok && h.value[0].changes.map((c) => [c.cell, c.old, c.new])).toEqual([
			['reward_fund_y2', 100, 300],
			['reward_fund_y3', 100, 300]
		]);
	});
});
