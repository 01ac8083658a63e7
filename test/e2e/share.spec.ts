/**
 * Scenario links in the browser (issue 25): a link copied in one browser and opened in a fresh one (a new
 * context: no library, no storage) shows the scenario read-only with its figures — checked against the model run
 * here on the same file — and saves it under a free name; a damaged link is refused with its reason and the
 * library is left as it was.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { runProjection } from '../../src/lib/model/run';
import { openWorkbench } from './helpers';

const HELD = '补贴不退坡 Subsidies held at year-1 rates';
const picker = (page: Page) => page.getByRole('combobox', { name: '情景' });

/** The three-year outlay of scenarios/subsidy-held.json, by the model in this process: "4,123.456". */
function heldOutlay(): string {
	const r = readScenarioText(readFileSync('scenarios/subsidy-held.json', 'utf8'));
	if (!r.ok) throw new Error('subsidy-held.json does not read');
	const p = runProjection(r.values, r.doc.years, r.doc.start);
	return p.totals.outlay.toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}

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
