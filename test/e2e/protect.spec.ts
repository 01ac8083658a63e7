/**
 * The protected plan stays protected: storage failing during the first visit, then
 * recovering, never lands an edit in the plan's own record. Repeated (TRIALS each) with counts printed.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { cell } from './helpers';

const TRIALS = 10;
const PLAN = '规划原文 Plan as written 2022–2024';
const picker = (page: Page) => page.getByRole('combobox', { name: '情景' });
const names = async (page: Page) => (await picker(page).locator('option').allTextContents()).map((s) => s.trim());

async function type(page: Page, name: string, value: string) {
	await cell(page, name).click();
	await page.keyboard.type(value);
	await page.keyboard.press('Enter');
}

/** Opens scenario `name` from the picker: does its 2023 reward fund read `value` once it has opened? */
async function shows(page: Page, name: string, value: string): Promise<boolean> {
	await picker(page).selectOption({ label: name });
	await expect(page.locator('header .scenario')).toHaveText(name);
	return expect(cell(page, 'reward_fund_y2'))
		.toHaveText(value, { timeout: 5_000 })
		.then(
			() => true,
			() => false
		);
}

/** A first visit whose IndexedDB writes (put/add) fail from the `from`-th call on, until `__recover()`. */
async function failingVisit(browser: Browser, from: number) {
	const context = await browser.newContext();
	const page = await context.newPage();
	page.on('dialog', (d) => void d.accept());
	await page.addInitScript((n) => {
		const w = window as unknown as Record<string, unknown>;
		const put = IDBObjectStore.prototype.put;
		const add = IDBObjectStore.prototype.add;
		let calls = 0;
		// The first load of this tab only: the reload after recovery finds storage working.
		w.__failing = !sessionStorage.getItem('armed');
		sessionStorage.setItem('armed', '1');
		w.__recover = () => (w.__failing = false);
		const guard = <T extends (...a: never[]) => unknown>(f: T) =>
			function (this: IDBObjectStore, ...a: Parameters<T>) {
				if (w.__failing && ++calls >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return f.apply(this, a);
			};
		IDBObjectStore.prototype.put = guard(put) as typeof put;
		IDBObjectStore.prototype.add = guard(add) as typeof add;
	}, from);
	await page.addInitScript(() => localStorage.setItem('lang', 'zh'));
	await page.goto('/');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
	return { context, page };
}

test('writes failing from the third call on during a first visit, then recovering: the plan keeps no edit', async ({
	browser
}) => {
	test.setTimeout(TRIALS * 40_000);
	let clean = 0;
	const seen: string[] = [];
	for (let i = 0; i < TRIALS; i++) {
		const { context, page } = await failingVisit(browser, 3);
		const v = String(301 + i);
		await type(page, 'reward_fund_y2', v);
		await expect(cell(page, 'reward_fund_y2')).toHaveText(v);
		await page.evaluate(() => (window as unknown as { __recover: () => void }).__recover());
		await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 15_000 });
		await page.reload();
		await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
		const all = await names(page);
		const copies = all.filter((n) => n.startsWith(`${PLAN} 副本`));
		const planClean = await shows(page, PLAN, '100');
		const copyKept = copies.length === 1 && (await shows(page, copies[0], v));
		const ok = all.filter((n) => n === PLAN).length === 1 && planClean && copyKept;
		if (ok) clean++;
		else seen.push(`trial ${i + 1}: ${JSON.stringify(all)} plan clean ${planClean}, copy kept ${copyKept}`);
		await context.close();
	}
	console.log(
		`[trials] writes failing from the 3rd call on a first visit, then recovering: plan clean ${clean}, not ${TRIALS - clean}`
	);
	for (const s of seen) console.log('  ', s);
	test.info().annotations.push({ type: 'trials', description: `failing 3rd call on: clean ${clean} of ${TRIALS}` });
	expect(clean).toBe(TRIALS);
});

/** A page of the previous release holding the library at version 2 (empty), never letting go until closed. */
async function oldTab(context: BrowserContext) {
	const old = await context.newPage();
	await old.goto('/favicon.svg');
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
	return old;
}

test('an old tab holding the library on the first visit, then letting go: the plan is in the picker beside the copy', async ({
	browser
}) => {
	test.setTimeout(TRIALS * 40_000);
	let clean = 0;
	const seen: string[] = [];
	for (let i = 0; i < TRIALS; i++) {
		const context = await browser.newContext();
		const old = await oldTab(context);
		const page = await context.newPage();
		page.on('dialog', (d) => void d.accept());
		await page.addInitScript(() => localStorage.setItem('lang', 'zh'));
		await page.goto('/');
		await expect(page.getByRole('alert').filter({ hasText: '旧版本' })).toBeVisible({ timeout: 20_000 });
		const v = String(401 + i);
		await type(page, 'reward_fund_y2', v);
		await expect(cell(page, 'reward_fund_y2')).toHaveText(v);
		await old.close();
		await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 15_000 });
		await expect(page.getByRole('alert').filter({ hasText: '旧版本' })).toBeHidden();
		const before = await names(page);
		await page.reload();
		await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
		const after = await names(page);
		const copies = after.filter((n) => n.startsWith(`${PLAN} 副本`));
		const ok =
			[before, after].every((l) => l.filter((n) => n === PLAN).length === 1) &&
			copies.length === 1 &&
			(await shows(page, PLAN, '100')) &&
			(await shows(page, copies[0], v));
		if (ok) clean++;
		else seen.push(`trial ${i + 1}: before ${JSON.stringify(before)} after ${JSON.stringify(after)}`);
		await context.close();
	}
	console.log(
		`[trials] old tab lets go after the first visit's edit: plan in the picker ${clean}, missing ${TRIALS - clean}`
	);
	for (const s of seen) console.log('  ', s);
	test.info().annotations.push({ type: 'trials', description: `old tab lets go: plan kept ${clean} of ${TRIALS}` });
	expect(clean).toBe(TRIALS);
});

test('a same-cell clash left unanswered is not settled by reloading that tab: it waits for the planner', async ({
	context
}) => {
	test.setTimeout(TRIALS * 40_000);
	const a = await context.newPage();
	a.on('dialog', (d) => void d.accept());
	await a.addInitScript(() => localStorage.setItem('lang', 'zh'));
	await a.goto('/');
	await expect(a.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
	await a.getByRole('button', { name: '复制', exact: true }).click();
	await expect(a.locator('header .scenario')).toContainText('副本');
	const b = await context.newPage();
	b.on('dialog', (d) => void d.accept());
	await b.goto('/');
	await expect(b.locator('header .scenario')).toContainText('副本', { timeout: 20_000 });
	const clash = (p: Page) => p.getByRole('alert', { name: /同时修改了相同的单元格/ });
	let waited = 0;
	const seen: string[] = [];
	for (let i = 0; i < TRIALS; i++) {
		const [va, vb] = [String(150 + i), String(250 + i)];
		await cell(a, 'reward_fund_y3').click();
		await a.keyboard.type(va);
		await cell(b, 'reward_fund_y3').click();
		await b.keyboard.type(vb);
		await Promise.all([a.keyboard.press('Enter'), b.keyboard.press('Enter')]);
		await expect.poll(async () => (await clash(a).isVisible()) || (await clash(b).isVisible())).toBe(true);
		const [me, other, mine, theirs] = (await clash(a).isVisible()) ? [a, b, va, vb] : [b, a, vb, va];
		// Not answered: the tab that was asked is reloaded.
		await me.reload();
		await expect(me.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
		const still = await clash(me)
			.locator('li')
			.filter({ hasText: `我的 ${mine} · 对方 ${theirs}` })
			.waitFor({ timeout: 5_000 })
			.then(
				() => true,
				() => false
			);
		const storedTheirs = (await cell(other, 'reward_fund_y3').textContent())?.trim() === theirs;
		if (still && storedTheirs) waited++;
		else
			seen.push(
				`trial ${i + 1}: clash shown again ${still}; me shows ${await cell(me, 'reward_fund_y3').textContent()}, other ${await cell(other, 'reward_fund_y3').textContent()}`
			);
		// The planner answers now (alternately), and the answer holds in both tabs.
		if (still) {
			const keep = i % 2 === 0 ? 'mine' : 'theirs';
			await clash(me)
				.getByRole('button', { name: keep === 'mine' ? '保留我的' : '采用对方的' })
				.click();
			const winner = keep === 'mine' ? mine : theirs;
			await expect(clash(me)).toBeHidden();
			await expect(cell(me, 'reward_fund_y3')).toHaveText(winner);
			await expect(cell(other, 'reward_fund_y3')).toHaveText(winner);
		}
		if (i === 0 && process.env.SHOTS) await me.screenshot({ path: 'test-results/clash-after-reload.png' });
	}
	console.log(
		`[trials] same-cell clash, unanswered tab reloaded: waited ${waited}, settled silently ${TRIALS - waited}`
	);
	for (const s of seen) console.log('  ', s);
	test.info().annotations.push({ type: 'trials', description: `clash after reload: waited ${waited} of ${TRIALS}` });
	expect(waited).toBe(TRIALS);
});

test('two tabs on the plan, first edits pressed within 50 ms: one working copy holding both edits', async ({
	browser
}) => {
	test.setTimeout(TRIALS * 40_000);
	let one = 0;
	const seen: string[] = [];
	for (let i = 0; i < TRIALS; i++) {
		const context = await browser.newContext();
		const tabs: Page[] = [];
		for (let k = 0; k < 2; k++) {
			const page = await context.newPage();
			page.on('dialog', (d) => void d.accept());
			await page.addInitScript(() => localStorage.setItem('lang', 'zh'));
			await page.goto('/');
			await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
			tabs.push(page);
		}
		const [a, b] = tabs;
		const [v2, v3] = [String(301 + i), String(501 + i)];
		for (const [page, name, v] of [[a, 'reward_fund_y2', v2] as const, [b, 'reward_fund_y3', v3] as const]) {
			await cell(page, name).click();
			await page.keyboard.type(v);
		}
		// Both Enters leave together; the order alternates between trials.
		const order = i % 2 ? [b, a] : [a, b];
		await Promise.all(order.map((page) => page.keyboard.press('Enter')));
		for (const page of tabs) await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 15_000 });
		await a.reload();
		await expect(a.locator('[data-kpi="outlay3"] strong')).toContainText('万元', { timeout: 20_000 });
		const list = await names(a);
		const copies = list.filter((n) => n.startsWith(`${PLAN} 副本`));
		const ok =
			copies.length === 1 &&
			list.filter((n) => n === PLAN).length === 1 &&
			(await shows(a, copies[0], v2)) &&
			(await expect(cell(a, 'reward_fund_y3'))
				.toHaveText(v3, { timeout: 5_000 })
				.then(
					() => true,
					() => false
				)) &&
			(await shows(a, PLAN, '100'));
		if (ok) one++;
		else seen.push(`trial ${i + 1}: ${JSON.stringify(list)}`);
		await context.close();
	}
	console.log(`[trials] two tabs' first edits within 50 ms: one copy ${one}, otherwise ${TRIALS - one}`);
	for (const s of seen) console.log('  ', s);
	test.info().annotations.push({ type: 'trials', description: `two tabs race: one copy ${one} of ${TRIALS}` });
	expect(one).toBe(TRIALS);
});
