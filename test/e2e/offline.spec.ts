import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cell, kpi, openWorkbench, revision, settled } from './helpers';

// Service workers must be allowed (Playwright's default) for these tests.
test.use({ serviceWorkers: 'allow' });

/**
 * Waits until the service worker controls the page: it is activated only once its install has cached
 * everything. (A synchronous predicate: waitForFunction does not await a promise, which is always truthy.)
 */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

test('after one visit the workbench opens, edits, saves and exports with the network off', async ({
	page,
	context
}) => {
	await openWorkbench(page);
	await controlled(page);

	await context.setOffline(true);
	await page.reload();
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
	await cell(page, 'reward_fund_y1').click();
	const r = await revision(page);
	await page.keyboard.type('200');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');

	// Saved to IndexedDB: a second offline reload still has it.
	await page.reload();
	await expect(cell(page, 'reward_fund_y1')).toHaveText('200');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	const text = readFileSync((await (await download).path())!, 'utf8');
	expect(JSON.parse(text).parameters.reward_fund.values).toEqual([200, 100, 100]);

	// Lazy chunks are cached too: the results table (arquero) and the XLSX export (exceljs, in the worker).
	await expect(page.locator('table.years tbody tr').first()).toBeVisible();
	const xlsx = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 XLSX' }).click();
	expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
	await context.setOffline(false);
});

test('any other address opens the app from the cached 200.html fallback, offline', async ({ page, context }) => {
	await openWorkbench(page);
	await controlled(page);
	await context.setOffline(true);
	const compare = await page.goto('/compare');
	expect(compare?.fromServiceWorker()).toBe(true);
	await expect(page.locator('h1').first()).toBeVisible();
	const other = await page.goto('/no-such-page');
	expect(other?.fromServiceWorker()).toBe(true);
	await expect(page.locator('body')).toContainText(/404|Not Found|找不到/i);
	await context.setOffline(false);
});

test('the app is installable: a manifest with Chinese and English names, icons and a theme colour', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1d4e89');
	const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
	expect(manifest.name).toMatch(/东河区.*Donghe/);
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.map((i: { type: string }) => i.type)).toEqual(
		expect.arrayContaining(['image/svg+xml', 'image/png'])
	);
	for (const icon of manifest.icons)
		expect((await request.get(new URL(icon.src, new URL(href!, page.url())).href)).ok()).toBe(true);
});

test('a new version is announced, not forced: the page reloads only when the planner asks', async ({
	page,
	request
}) => {
	await openWorkbench(page);
	await controlled(page);
	// The test server then serves a service-worker.js with different bytes: a new version to the browser.
	await request.post('/__test/next-version');
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	const banner = page.getByTestId('update-banner');
	await expect(banner).toContainText('新版本可用');
	// Nothing reloaded by itself: an edit made now stays on screen.
	await cell(page, 'reward_fund_y2').click();
	const r = await revision(page);
	await page.keyboard.type('150');
	await page.keyboard.press('Enter');
	await settled(page, r);
	// With a cell editor open, clicking Reload keeps what was typed (as any click elsewhere does), waits for it
	// to be saved, then reloads: the typed value is there afterwards.
	await cell(page, 'reward_fund_y3').dblclick();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('90');
	const loaded = page.waitForEvent('load');
	await banner.getByRole('button', { name: /重新加载|Reload/ }).click();
	await loaded;
	await expect(kpi(page, 'outlay3')).toContainText('3,602.584');
	await expect(cell(page, 'reward_fund_y3')).toHaveText('90');
	await expect(page.getByTestId('update-banner')).toHaveCount(0);
	await request.delete('/__test/next-version');
});
