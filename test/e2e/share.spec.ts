/**
 * Scenario links in the browser: a link copied in one browser and opened in a fresh one (a new
 * context: no library, no storage) shows the scenario read-only with its figures — checked against the model run
 * here on the same file — and saves it under a free name; a damaged link is refused with its reason and the
 * library is left as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { runProjection } from '../../src/lib/model/run';
import { cell, openWorkbench } from './helpers';

const HELD = '补贴不退坡 Subsidies held at year-1 rates';
const picker = (page: Page) => page.getByRole('combobox', { name: '情景' });

/** The three-year outlay of a scenario file's text, by the model in this process: "4,123.456". */
function outlayOf(text: string): string {
	const r = readScenarioText(text);
	if (!r.ok) throw new Error('the scenario does not read');
	const p = runProjection(r.values, r.doc.years, r.doc.start);
	return p.totals.outlay.toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}
const heldOutlay = () => outlayOf(readFileSync('scenarios/subsidy-held.json', 'utf8'));

async function shot(page: Page, name: string) {
	if (process.env.SHOTS !== '1') return;
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.waitForTimeout(800);
	await page.screenshot({ path: `docs/${name}.png` });
}

test('a link opened in a fresh browser shows the figures read-only and saves them; a damaged one is refused', async ({
	page,
	browser
}) => {
	test.setTimeout(150_000); // two browsers and three page loads on a loaded machine
	await openWorkbench(page);
	await page.getByTestId('import-input').setInputFiles('scenarios/subsidy-held.json');
	await expect(page.getByRole('dialog')).toContainText(`已导入为「${HELD}」`);
	await page.getByRole('button', { name: '关闭' }).click();
	await page.getByRole('button', { name: '复制链接' }).click();
	const box = page.getByRole('textbox', { name: '情景链接' });
	await expect(box).toBeVisible();
	const url = await box.inputValue();
	expect(url).toMatch(/\/shared#link=1\.[A-Za-z0-9_-]+$/);
	expect(url.slice(url.indexOf('#') + 1).length).toBeLessThanOrEqual(2000);
	if (process.env.SHOTS === '1') {
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.screenshot({ path: 'docs/share-copy-zh.png' });
	}

	// A colleague's browser: nothing in it but the link.
	const other = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	const them = await other.newPage();
	await them.addInitScript(() => localStorage.getItem('lang') || localStorage.setItem('lang', 'zh'));
	// A link cut short first: refused with the reason, nothing stored.
	await them.goto(url.slice(0, url.length - 60));
	await expect(them.getByRole('alert')).toContainText('链接不完整：只有');
	await expect(them.getByRole('button', { name: '保存到我的情景库' })).toHaveCount(0);

	await them.goto(url);
	await them.reload(); // the fragment alone is the scenario: a reload reads it again
	await expect(them.getByRole('heading', { name: HELD })).toBeVisible();
	await expect(them.getByText('只读：这是链接中的情景')).toBeVisible();
	await expect(them.locator('[data-kpi="outlay3"] strong')).toContainText(heldOutlay());
	await shot(them, 'share-open-zh');
	await them.getByRole('button', { name: 'English' }).click();
	await expect(them.getByRole('button', { name: 'Save to my library' })).toBeVisible();
	await shot(them, 'share-open-en');
	await them.getByRole('button', { name: '中文' }).click();

	await them.getByRole('button', { name: '保存到我的情景库' }).click();
	await expect(them.getByRole('status')).toContainText(`已保存为「${HELD}」`);
	// Saved again from the same link: a second entry, numbered, never a replacement.
	await them.reload();
	await them.getByRole('button', { name: '保存到我的情景库' }).click();
	await expect(them.getByRole('status')).toContainText(`已保存为「${HELD} (2)」`);

	await them.getByRole('link', { name: '在工作台中打开' }).click();
	await expect(them.locator('[data-kpi="outlay3"] strong')).toContainText(heldOutlay(), { timeout: 20_000 });
	await expect(picker(them).locator('option:checked')).toHaveText(`${HELD} (2)`);
	const names = (await picker(them).locator('option').allTextContents()).map((s) => s.trim()).sort();
	// What the colleague saved, and nothing else: the link wrote nothing until asked and replaced nothing.
	expect(names).toEqual([HELD, `${HELD} (2)`].sort());
	await other.close();
});

async function type(page: Page, name: string, value: string) {
	await cell(page, name).click();
	await page.keyboard.type(value);
	await page.keyboard.press('Enter');
	await expect(cell(page, name)).toHaveText(value);
}

test("a colleague's edited export merged back: one conflict kept mine, one taken theirs, figures and History checked", async ({
	page
}, info) => {
	await openWorkbench(page);
	await page.getByTestId('import-input').setInputFiles('scenarios/subsidy-held.json');
	await expect(page.getByRole('dialog')).toContainText(`已导入为「${HELD}」`);
	await page.getByRole('button', { name: '关闭' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(exported.lineage).toEqual({ id: expect.any(String), rev: expect.any(Number) });

	// Mine, after the export: two cells.
	await type(page, 'basic_fee_y2', '0.35');
	await type(page, 'market_fee_y1', '1.3');
	await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
	// Theirs, edited from the export: the same two cells differently, and one of their own.
	const theirs = structuredClone(exported);
	theirs.parameters.basic_fee.values[1] = 0.4;
	theirs.parameters.market_fee.values[0] = 0.9;
	theirs.parameters.quasi_fee.values[2] = 0.7;
	const path = info.outputPath('colleague.json');
	writeFileSync(path, JSON.stringify(theirs));
	await page.getByTestId('import-input').setInputFiles(path);
	const ask = page.getByTestId('name-clash');
	await expect(ask).toContainText(`此文件导出自您库中的「${HELD}」`);
	await ask.getByRole('button', { name: '合并' }).click();
	const panel = page.getByRole('dialog', { name: '合并「colleague.json」' });
	await expect(panel).toContainText(`基准：您库中「${HELD}」的第 ${exported.lineage.rev} 版`);
	await expect(panel).toContainText('对方单独修改、将直接采用：1 处。');
	await expect(panel).toContainText('双方改得不同的 2 处');
	// Labels and units, never codes.
	const row = panel.getByRole('row', { name: /市场化物业物业费 · 第1年/ });
	await expect(row).toContainText('1.2 元/m²/月');
	await expect(row).toContainText('1.3 元/m²/月');
	await expect(row).toContainText('0.9 元/m²/月');
	await expect(panel).not.toContainText('market_fee');
	if (process.env.SHOTS === '1') {
		await page.setViewportSize({ width: 1366, height: 768 });
		await panel.screenshot({ path: 'docs/share-merge-zh.png' });
	}
	await panel.getByRole('radio', { name: '市场化物业物业费 · 第1年: 对方的' }).check();
	await panel.getByRole('button', { name: '合并', exact: true }).click();
	await expect(page.getByRole('dialog')).toContainText('已合并「colleague.json」：采用对方 1 处修改');

	await expect(cell(page, 'basic_fee_y2')).toHaveText('0.35'); // mine kept
	await expect(cell(page, 'market_fee_y1')).toHaveText('0.9'); // theirs chosen
	await expect(cell(page, 'quasi_fee_y3')).toHaveText('0.7'); // theirs alone, taken
	const want = structuredClone(exported);
	want.parameters.basic_fee.values[1] = 0.35;
	want.parameters.market_fee.values[0] = 0.9;
	want.parameters.quasi_fee.values[2] = 0.7;
	delete want.lineage;
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText(outlayOf(JSON.stringify(want)));

	// History: the merge is one entry, with the cells it changed (mine stays in the entry before it).
	await page.getByRole('tab', { name: '修改历史' }).click();
	const newest = page.locator('tr[data-history]').first();
	await expect(newest.locator('[data-cell="market_fee_y1"]')).toBeVisible();
	await expect(newest.locator('[data-cell="quasi_fee_y3"]')).toBeVisible();
	await expect(newest.locator('[data-cell="basic_fee_y2"]')).toHaveCount(0);
	// The value the merge replaced, mine 1.3, stays in the entry before it.
	await expect(page.locator('tr[data-history]:not(:first-child) [data-cell="market_fee_y1"]').first()).toContainText(
		'1.3'
	);
});

test('a scenario whose link would pass 2,000 characters is offered as a file instead', async ({ page }, info) => {
	await openWorkbench(page);
	const doc = JSON.parse(readFileSync('scenarios/subsidy-held.json', 'utf8'));
	// 3,000 characters that do not compress: a description pasted from a report, say.
	let x = 7;
	doc.description = Array.from({ length: 3000 }, () =>
		String.fromCharCode(0x4e00 + ((x = (x * 48271) % 2147483647) % 2000))
	).join('');
	doc.name = 'long';
	const path = info.outputPath('long.json');
	writeFileSync(path, JSON.stringify(doc));
	await page.getByTestId('import-input').setInputFiles(path);
	await expect(page.getByRole('dialog')).toContainText('已导入为「long」');
	await page.getByRole('button', { name: '关闭' }).click();
	await page.getByRole('button', { name: '复制链接' }).click();
	await expect(page.getByRole('status').filter({ hasText: '超过 2000 个' })).toContainText(
		'请发送文件（导出 JSON 或 XLSX）'
	);
	await expect(page.getByRole('textbox', { name: '情景链接' })).toHaveCount(0);
});
