/**
 * The fund-use plan's inputs as the screen built by the composition root keeps them: stored with the open scenario
 * and shown again by the next page; a refused write changes nothing and says so in the planner's language; kept
 * inputs that cannot be read are named by street and quarter; a file's inputs replace the kept ones; the plan's
 * inputs go with its working copy.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openWorkbenchDb } from '../../src/lib/store/db';
import { ScenarioRepository, type FundUseInputs } from '../../src/lib/store';
import { keepFailed, readFailed } from '../../src/lib/ui/cashflow/keep-words';
import { startedApp, testDeps } from './helpers';

beforeAll(() => import('../../src/lib/ui/cashflow/screen.svelte'), 60_000);

type App = Awaited<ReturnType<typeof startedApp>>;
const apps: App[] = [];
async function page(deps: ReturnType<typeof testDeps>) {
	const app = await startedApp(deps);
	apps.push(app);
	const screen = await app.cashflow();
	await screen.load(app.lib.currentId);
	return { app, screen };
}
afterEach(() => {
	for (const a of apps.splice(0)) a.wb.client.terminate();
	vi.restoreAllMocks();
});

async function kept(deps: ReturnType<typeof testDeps>, id: string): Promise<FundUseInputs | null> {
	const repo = await ScenarioRepository.open(deps.repository);
	if (!repo.ok) throw new Error(repo.error.message);
	const r = await repo.value.getFundUse(id);
	repo.value.close();
	if (!r.ok) throw new Error(r.error.message);
	return r.value;
}

const EAST = '东河街道';
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('the fund-use inputs kept with the scenario', () => {
	it('typed on one page, shown by the next (a reload), exactly as typed', async () => {
		const deps = testDeps();
		const { screen } = await page(deps);
		expect(await screen.setAssessment({ street: EAST, quarter: '2022Q1', released: 0.8 })).toEqual({ ok: true });
		expect(await screen.setRewardShare(EAST, 0.4)).toEqual({ ok: true });
		expect(await screen.setAssessment({ street: EAST, quarter: '2022Q1', released: 0.75 })).toEqual({ ok: true });

		const next = await page(deps);
		expect(next.screen.assessments).toEqual([{ street: '东河街道', quarter: '2022Q1', released: 0.75 }]);
		expect(next.screen.rewardShares).toEqual({ 东河街道: 0.4 });
		expect(await next.screen.removeAssessment({ street: EAST, quarter: '2022Q1' })).toEqual({ ok: true });
		expect((await page(deps)).screen.assessments).toEqual([]);
	});

	it('changes made in quick succession are all kept, each on top of the one before', async () => {
		const deps = testDeps();
		const { app, screen } = await page(deps);
		const all = await Promise.all([
			screen.setAssessment({ street: EAST, quarter: '2022Q1', released: 0.5 }),
			screen.setAssessment({ street: EAST, quarter: '2022Q2', released: 0.6 }),
			screen.setRewardShare(EAST, 0.25)
		]);
		expect(all.every((r) => r.ok)).toBe(true);
		expect(await kept(deps, app.lib.currentId!)).toEqual({
			assessments: [
				{ street: EAST, quarter: '2022Q1', released: 0.5 },
				{ street: EAST, quarter: '2022Q2', released: 0.6 }
			],
			rewardShares: { [EAST]: 0.25 }
		});
	});

	it('a write the browser refuses changes nothing, here or stored, and says so in Chinese and in English', async () => {
		const deps = testDeps();
		const { app, screen } = await page(deps);
		await screen.setRewardShare(EAST, 0.4);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw quota();
		});
		const r = await screen.setAssessment({ street: EAST, quarter: '2022Q3', released: 0.5 });
		expect(r.ok).toBe(false);
		if (r.ok || r.error === 'over') throw new Error('expected a storage failure');
		expect(r.error.kind).toBe('quota');
		expect(screen.assessments).toEqual([]);
		expect(screen.rewardShares).toEqual({ [EAST]: 0.4 });
		vi.restoreAllMocks();
		expect(await kept(deps, app.lib.currentId!)).toEqual({ assessments: [], rewardShares: { [EAST]: 0.4 } });
		const zh = keepFailed('zh', r.error);
		const en = keepFailed('en', r.error);
		expect(zh).toBe(
			'未能存入浏览器，本次输入未生效，其余输入不变：浏览器存储空间已满（可清空回收站或删除旧情景后再试）'
		);
		expect(en).toMatch(/^Not stored in the browser, so this entry was not applied/);
		expect(en).not.toMatch(/[\u4e00-\u9fff]/);
	});

	it('kept inputs that cannot be read are named by street and quarter and set aside; the next entry replaces them', async () => {
		const deps = testDeps();
		const first = await page(deps);
		const id = first.app.lib.currentId!;
		const db = await openWorkbenchDb(deps.repository);
		if (!db.ok) throw new Error(db.error.message);
		await db.value.put(
			'fundUse',
			{
				format: 'donghe-fund-use',
				version: 1,
				assessments: [{ street: EAST, quarter: '2022Q2', released: 1.3 }],
				rewardShares: {}
			},
			id
		);
		db.value.close();
		const { screen } = await page(deps);
		expect(screen.assessments).toEqual([]);
		const e = screen.readError!;
		expect(e.kind).toBe('invalid');
		expect(readFailed('zh', e)).toBe(
			'本情景保存的考核结果和奖励资金份额有误（东河街道 2022年第2季度），未予采用；下一次输入将替换它们。'
		);
		expect(readFailed('en', e)).toContain('(东河街道 2022 Q2)');
		expect(await screen.setRewardShare(EAST, 0.1)).toEqual({ ok: true });
		expect(screen.readError).toBeNull();
		expect(await kept(deps, id)).toEqual({ assessments: [], rewardShares: { [EAST]: 0.1 } });
	});

	it('a file bringing inputs replaces those of the open scenario, and the screen shows the file’s', async () => {
		const deps = testDeps();
		const { app, screen } = await page(deps);
		const doc = JSON.parse(JSON.stringify(app.wb.doc));
		await app.lib.create({ ...doc, name: 'Imported' });
		const id = app.lib.currentId!;
		await screen.load(id, undefined, app.lib.carriedStamp);
		expect(await screen.setRewardShare(EAST, 0.4)).toEqual({ ok: true });
		const file = { assessments: [{ street: EAST, quarter: '2023Q1', released: 0.9 }], rewardShares: {} };
		await app.lib.replace(id, { ...doc, name: 'Imported' }, { fundUse: file });
		expect(app.lib.currentId).toBe(id);
		// As the panel asks on the library's stamp: the same scenario, read again.
		await screen.load(app.lib.currentId, undefined, app.lib.carriedStamp);
		expect(screen.assessments).toEqual([{ street: '东河街道', quarter: '2023Q1', released: 0.9 }]);
		expect(screen.rewardShares).toEqual({});
		expect(await kept(deps, id)).toEqual(file);
	});

	it('the plan’s inputs go with its working copy, made by the first edit to the plan', async () => {
		const deps = testDeps();
		const { app, screen } = await page(deps);
		const plan = app.lib.planId!;
		expect(app.lib.currentId).toBe(plan);
		await screen.setRewardShare(EAST, 0.3);
		await app.wb.commit('reward_fund_y2', '250');
		await app.lib.settled();
		const copy = app.lib.currentId!;
		expect(copy).not.toBe(plan);
		const t0 = Date.now();
		while ((await kept(deps, copy)) === null && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 10));
		expect(await kept(deps, copy)).toEqual({ assessments: [], rewardShares: { [EAST]: 0.3 } });
		// The screen goes on showing them for the copy: no reading again, nothing lost.
		await screen.load(copy, plan);
		expect(screen.rewardShares).toEqual({ [EAST]: 0.3 });
	});
});
