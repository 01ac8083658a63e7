/**
 * What the planner typed is kept: reload, tab close and a killed browser 50 ms after Enter; two tabs at once;
 * storage that fails. Timing cases are repeated (TRIALS each) and their kept/lost counts printed.
 */
import { expect, test, chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cell, kpi, openWorkbench, revision, settled } from './helpers';

const TRIALS = 10;
const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** Types a value into a cell and presses Enter, as a planner does. */
async function type(page: Page, name: string, value: string) {
	await cell(page, name).click();
	await page.keyboard.type(value);
	await page.keyboard.press('Enter');
}

/** The workbench open on whatever the library holds (not necessarily the plan's figures). */
async function opened(page: Page) {
	page.on('console', (m) => m.type() === 'error' && console.log('[page]', m.text()));
	page.on('pageerror', (e) => console.log('[pageerror]', e.message));
	await page.goto('/');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
}

function report(what: string, kept: number, lost: number) {
	console.log(`[trials] ${what}: kept ${kept}, lost ${lost}`);
}

test('reload 50 ms after Enter loses nothing', async ({ page }) => {
	test.setTimeout(TRIALS * 20_000);
	page.on('dialog', (d) => void d.accept());
	await openWorkbench(page);
	let kept = 0;
	for (let i = 0; i < TRIALS; i++) {
		const v = String(201 + i);
		await type(page, 'reward_fund_y2', v);
		await page.waitForTimeout(50);
		await page.reload();
		await expect(kpi(page, 'outlay3')).toBeVisible({ timeout: 20_000 });
		await expect(cell(page, 'reward_fund_y2')).not.toHaveText('', { timeout: 10_000 });
		if ((await cell(page, 'reward_fund_y2').textContent())?.trim() === v) kept++;
	}
	report('reload 50 ms after Enter', kept, TRIALS - kept);
	expect(kept).toBe(TRIALS);
});

test('an actual typed in the Review tab, or a new horizon, kept over a reload 50 ms after Enter / Apply', async ({
	page
}) => {
	test.setTimeout(TRIALS * 30_000);
	page.on('dialog', (d) => void d.accept());
	await openWorkbench(page);
	const actualCell = page.locator('td[data-field="committees"][data-year="1"]');
	let kept = 0;
	for (let i = 0; i < TRIALS; i++) {
		const v = String(190 + i);
		await page.getByRole('tab', { name: '回头看', exact: true }).click();
		await actualCell.click();
		await page.keyboard.type(v);
		await page.keyboard.press('Enter');
		await page.waitForTimeout(50);
		await page.reload();
		await expect(kpi(page, 'outlay3')).toBeVisible({ timeout: 20_000 });
		await page.getByRole('tab', { name: '回头看', exact: true }).click();
		await expect(actualCell).toBeVisible();
		if ((await actualCell.textContent())?.trim() === v) kept++;
	}
	report('actual typed, reload 50 ms after Enter', kept, TRIALS - kept);
	expect(kept).toBe(TRIALS);

	const form = page.getByRole('form', { name: '规划期' });
	let years = 0;
	for (let i = 0; i < TRIALS; i++) {
		const n = i % 2 ? '3' : '4';
		await page.getByRole('tab', { name: '工作台', exact: true }).click();
		await form.getByRole('combobox', { name: '年数' }).selectOption(n);
		await form.getByRole('button', { name: '应用' }).click();
		await page.waitForTimeout(50);
		await page.reload();
		await expect(kpi(page, 'outlay3')).toBeVisible({ timeout: 20_000 });
		if ((await form.getByRole('combobox', { name: '年数' }).inputValue()) === n) years++;
	}
	report('horizon applied, reload 50 ms after', years, TRIALS - years);
	expect(years).toBe(TRIALS);
});

test('closing the tab 50 ms after Enter loses nothing', async ({ context }) => {
	test.setTimeout(TRIALS * 20_000);
	let kept = 0;
	for (let i = 0; i < TRIALS; i++) {
		const page = await context.newPage();
		await opened(page);
		if (i > 0) await expect(cell(page, 'reward_fund_y3')).toHaveText(String(301 + i - 1));
		await type(page, 'reward_fund_y3', String(301 + i));
		await page.waitForTimeout(50);
		await page.close(); // no beforeunload: the tab is simply gone
		const check = await context.newPage();
		await opened(check);
		if ((await cell(check, 'reward_fund_y3').textContent())?.trim() === String(301 + i)) kept++;
		await check.close();
	}
	report('tab close 50 ms after Enter', kept, TRIALS - kept);
	expect(kept).toBe(TRIALS);
});

/** Debian's chromium on a persistent profile, driven over the DevTools protocol, so it can be killed for real. */
async function launch(profile: string): Promise<{ proc: ChildProcess; ws: string }> {
	const proc = spawn(
		process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		[
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'about:blank'
		],
		{ detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const ws = await new Promise<string>((resolve, reject) => {
		let err = '';
		proc.stderr!.on('data', (d: Buffer) => {
			err += d.toString();
			const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
			if (m) resolve(m[1]);
		});
		proc.on('exit', () => reject(new Error(`chromium exited: ${err}`)));
	});
	return { proc, ws };
}

test('the browser killed (SIGKILL) 50 ms after Enter loses nothing', async () => {
	test.setTimeout(TRIALS * 40_000);
	const profile = mkdtempSync(join(tmpdir(), 'donghe-profile-'));
	let kept = 0;
	try {
		for (let i = 0; i <= TRIALS; i++) {
			const { proc, ws } = await launch(profile);
			const browser = await chromium.connectOverCDP(ws);
			const page = await browser.contexts()[0].newPage();
			await page.goto(BASE);
			await expect(page.locator('[data-kpi="outlay3"] strong')).toBeVisible({ timeout: 30_000 });
			if (i > 0) {
				await expect(cell(page, 'reward_fund_y1')).not.toHaveText('100');
				if ((await cell(page, 'reward_fund_y1').textContent())?.trim() === String(400 + i - 1)) kept++;
			}
			if (i < TRIALS) {
				await type(page, 'reward_fund_y1', String(400 + i));
				await page.waitForTimeout(50);
			}
			process.kill(-proc.pid!, 'SIGKILL');
			await new Promise((r) => proc.once('exit', r));
			await browser.close().catch(() => {});
		}
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	report('SIGKILL 50 ms after Enter', kept, TRIALS - kept);
	expect(kept).toBe(TRIALS);
});

test.describe.configure({ timeout: 120_000 });

/** Both tabs on one working scenario: the plan is a template, and each tab's first edit to it would copy it. */
async function workingCopy(page: Page) {
	await page.getByRole('button', { name: '复制', exact: true }).click();
	await expect(page.locator('header .scenario')).toContainText('副本');
}

test('two tabs editing different cells within 50 ms: both edits survive, in both tabs and after reload', async ({
	context
}) => {
	const a = await context.newPage();
	await openWorkbench(a);
	await workingCopy(a);
	const b = await context.newPage();
	await openWorkbench(b);
	let kept = 0;
	for (let i = 0; i < TRIALS; i++) {
		const [va, vb] = [String(110 + i), String(210 + i)];
		await cell(a, 'reward_fund_y2').click();
		await a.keyboard.type(va);
		await cell(b, 'reward_fund_y3').click();
		await b.keyboard.type(vb);
		await Promise.all([
			a.keyboard.press('Enter'),
			b.waitForTimeout(i * 5).then(() => b.keyboard.press('Enter')) // 0–45 ms apart
		]);
		const both = async (p: Page) => {
			await expect(cell(p, 'reward_fund_y2')).toHaveText(va);
			await expect(cell(p, 'reward_fund_y3')).toHaveText(vb);
		};
		try {
			await both(a);
			await both(b);
			kept++;
		} catch (e) {
			console.log(`[trials] different cells, trial ${i}: ${String(e).slice(0, 300)}`);
		}
	}
	await a.reload();
	await expect(cell(a, 'reward_fund_y2')).toHaveText(String(110 + TRIALS - 1));
	await expect(cell(a, 'reward_fund_y3')).toHaveText(String(210 + TRIALS - 1));
	report('two tabs, different cells', kept, TRIALS - kept);
	expect(kept).toBe(TRIALS);
});

test('two tabs changing the same cell: both values shown; "Keep mine" and "Take theirs" do what they say; History keeps the loser', async ({
	context
}) => {
	test.setTimeout(TRIALS * 30_000);
	const a = await context.newPage();
	await openWorkbench(a);
	await workingCopy(a);
	const b = await context.newPage();
	await openWorkbench(b);
	const clash = (p: Page) => p.getByRole('alert', { name: /同时修改了相同的单元格/ });
	let ok = 0;
	for (let i = 0; i < TRIALS; i++) {
		const keep = i % 2 === 0 ? 'mine' : 'theirs';
		const [va, vb] = [String(150 + i), String(250 + i)];
		await cell(a, 'reward_fund_y3').click();
		await a.keyboard.type(va);
		await cell(b, 'reward_fund_y3').click();
		await b.keyboard.type(vb);
		await Promise.all([a.keyboard.press('Enter'), b.keyboard.press('Enter')]);
		// One of the two saves first; the other is shown the clash, and keeps its own value until it chooses.
		await expect.poll(async () => (await clash(a).isVisible()) || (await clash(b).isVisible())).toBe(true);
		const [me, other, mine, theirs] = (await clash(a).isVisible()) ? [a, b, va, vb] : [b, a, vb, va];
		await expect(clash(me).locator('li')).toHaveText(`reward_fund_y3：我的 ${mine} · 对方 ${theirs}`);
		await expect(cell(me, 'reward_fund_y3')).toHaveText(mine);
		await expect(cell(other, 'reward_fund_y3')).toHaveText(theirs);
		await clash(me)
			.getByRole('button', { name: keep === 'mine' ? '保留我的' : '采用对方的' })
			.click();
		const winner = keep === 'mine' ? mine : theirs;
		const loser = keep === 'mine' ? theirs : mine;
		await expect(clash(me)).toBeHidden();
		await expect(cell(me, 'reward_fund_y3')).toHaveText(winner);
		await expect(cell(other, 'reward_fund_y3')).toHaveText(winner);
		await me.getByRole('tab', { name: '修改历史' }).click();
		const rows = me.locator('[data-history]');
		await expect(rows.first()).toContainText(`物业管理奖励资金（2024 年）：${loser} 万元/年 → ${winner} 万元/年`);
		await expect(rows.nth(1)).toContainText(`→ ${loser} 万元/年`);
		await me.getByRole('tab', { name: '工作台' }).click();
		ok++;
	}
	await a.reload();
	await expect(cell(a, 'reward_fund_y3')).not.toHaveText('100');
	report('two tabs, same cell (clash shown, choice honoured, loser in History)', ok, TRIALS - ok);
	expect(ok).toBe(TRIALS);
});

async function exportsWork(page: Page, value: number) {
	const json = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	const text = readFileSync(await (await json).path(), 'utf8');
	expect(JSON.parse(text).parameters.reward_fund.values[0]).toBe(value);
	const xlsx = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 XLSX' }).click();
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await (await xlsx).path());
	expect(book.worksheets.length).toBeGreaterThan(1);
}

test('no IndexedDB: opens in memory, says so, edits and exports; New keeps the first scenario', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await openWorkbench(page);
	await expect(page.getByRole('alert').filter({ hasText: '不提供本地存储' })).toBeVisible();
	await expect(page.locator('[data-save-state="memory"]')).toBeVisible();
	await type(page, 'reward_fund_y1', '200');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await exportsWork(page, 200);
	await page.getByRole('button', { name: '新建（规划）' }).click();
	const options = page.getByRole('combobox', { name: '情景' }).locator('option');
	// The plan, its working copy (which took the edit) and the new one.
	await expect(options).toHaveCount(3);
	await expect(cell(page, 'reward_fund_y1')).toHaveText('100');
	await page.getByRole('combobox', { name: '情景' }).selectOption({ index: 1 });
	await expect(cell(page, 'reward_fund_y1')).toHaveText('200');
	// Leaving asks first: the work exists only in this tab.
	const asked = page.waitForEvent('dialog');
	void page.close({ runBeforeUnload: true });
	const dialog = await asked;
	expect(dialog.type()).toBe('beforeunload');
	await dialog.accept(); // the planner chose to leave: the page closes (a pending dialog would hold up teardown)
});

test('a tiny quota on the first visit: opens in memory, says storage is full, edits and exports', async ({ page }) => {
	await page.addInitScript(() => {
		const full = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = full;
		IDBObjectStore.prototype.add = full;
	});
	await openWorkbench(page);
	await expect(page.getByRole('alert').filter({ hasText: '存储空间已满' })).toBeVisible();
	await type(page, 'reward_fund_y1', '200');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await exportsWork(page, 200);
});

test('writes failing mid-session: said loudly, kept on screen, written and cleared once storage works', async ({
	page
}) => {
	await openWorkbench(page);
	await page.evaluate(() => {
		const w = window as unknown as Record<string, unknown>;
		w.__put = IDBObjectStore.prototype.put;
		w.__add = IDBObjectStore.prototype.add;
		const full = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = full;
		IDBObjectStore.prototype.add = full;
	});
	await type(page, 'reward_fund_y1', '200');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await expect(page.getByRole('alert').filter({ hasText: '存储空间已满' })).toBeVisible();
	await expect(page.locator('[data-save-state="failed"]')).toHaveText('未保存！');
	await exportsWork(page, 200);
	await page.evaluate(() => {
		const w = window as unknown as Record<string, typeof IDBObjectStore.prototype.put>;
		IDBObjectStore.prototype.put = w.__put;
		IDBObjectStore.prototype.add = w.__add as never;
	});
	await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 10_000 });
	await expect(page.getByRole('alert').filter({ hasText: '存储空间已满' })).toBeHidden();
	await page.reload();
	await expect(cell(page, 'reward_fund_y1')).toHaveText('200', { timeout: 20_000 });
});

test('an old tab blocking the upgrade: opens in memory, says so; when it closes the work is written', async ({
	context
}) => {
	// A page of the previous release: the library at version 2, never letting go.
	const old = await context.newPage();
	await old.goto(`${BASE}/favicon.svg`);
	await old.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const req = indexedDB.open('donghe-workbench', 2);
				req.onupgradeneeded = () => {
					const db = req.result;
					db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
					db.createObjectStore('history', { keyPath: 'id', autoIncrement: true }).createIndex(
						'scenarioId',
						'scenarioId'
					);
					db.createObjectStore('meta');
					db.createObjectStore('registers');
				};
				req.onsuccess = () => {
					(window as unknown as { held: IDBDatabase }).held = req.result;
					resolve();
				};
			})
	);
	const page = await context.newPage();
	await openWorkbench(page);
	await expect(page.getByRole('alert').filter({ hasText: '旧版本' })).toBeVisible();
	await type(page, 'reward_fund_y1', '200');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await exportsWork(page, 200);
	await old.close();
	await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 10_000 });
	await expect(page.getByRole('alert').filter({ hasText: '旧版本' })).toBeHidden();
	await expect(cell(page, 'reward_fund_y1')).toHaveText('200');
	await page.reload();
	await expect(cell(page, 'reward_fund_y1')).toHaveText('200', { timeout: 20_000 });
});

test('a newer version open elsewhere: says so, edits and exports in memory', async ({ context }) => {
	const newer = await context.newPage();
	await newer.goto(`${BASE}/favicon.svg`);
	await newer.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const req = indexedDB.open('donghe-workbench', 99);
				req.onsuccess = () => (req.result.close(), resolve());
			})
	);
	const page = await context.newPage();
	await openWorkbench(page);
	await expect(page.getByRole('alert').filter({ hasText: '更新版本' })).toBeVisible();
	await type(page, 'reward_fund_y1', '200');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await exportsWork(page, 200);
});

test('a newer version taking the library mid-session: this tab goes on in memory and says so', async ({ context }) => {
	const page = await context.newPage();
	await openWorkbench(page);
	const r = await revision(page);
	await type(page, 'reward_fund_y1', '200');
	await settled(page, r);
	const newer = await context.newPage();
	await newer.goto(`${BASE}/favicon.svg`);
	await newer.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const req = indexedDB.open('donghe-workbench', 99);
				req.onsuccess = () => (req.result.close(), resolve());
			})
	);
	await expect(page.getByRole('alert').filter({ hasText: '更新版本' })).toBeVisible();
	await type(page, 'reward_fund_y2', '150');
	await expect(kpi(page, 'outlay3')).toContainText('3,712.584');
	await exportsWork(page, 200);
});

test('XLSX exported after a rename carries the new name: file name, title, Scenario sheet', async ({ page }) => {
	await openWorkbench(page);
	// Rename in the page: a field with the current name, Enter saves.
	await page.getByRole('button', { name: '重命名' }).click();
	await page.getByRole('textbox', { name: '情景名称' }).fill('东河区 改名后');
	await page.getByRole('textbox', { name: '情景名称' }).press('Enter');
	await expect(page.getByRole('combobox', { name: '情景' })).toContainText('东河区 改名后');
	const xlsx = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 XLSX' }).click();
	const download = await xlsx;
	expect(download.suggestedFilename()).toBe('东河区 改名后.xlsx');
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await download.path());
	expect(book.title).toBe('东河区 改名后');
	const rows: unknown[][] = [];
	// Exported in Chinese: the Scenario sheet is 情景 and its name row 名称.
	book.getWorksheet('情景')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
	expect(rows).toContainEqual(['名称', '东河区 改名后']);
});
