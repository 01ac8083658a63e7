/**
 * The library as a planner meets it: no two scenarios share a name, and the plan is a
 * protected template whose first edit goes at once into a working copy — announced in one line, never asked,
 * and kept through a reload 50 ms after Enter exactly like any other edit (TRIALS times, counted).
 */
import { expect, test, type Page } from '@playwright/test';
import { cell, openWorkbench } from './helpers';

const TRIALS = 10;
const PLAN = '规划原文 Plan as written 2022–2024';
const HELD = '补贴不退坡 Subsidies held at year-1 rates';
const picker = (page: Page) => page.getByRole('combobox', { name: '情景' });
const names = async (page: Page) => (await picker(page).locator('option').allTextContents()).map((s) => s.trim());

async function type(page: Page, name: string, value: string) {
	await cell(page, name).click();
	await page.keyboard.type(value);
	await page.keyboard.press('Enter');
}

test('the same file imported four times: 保留两份 numbers it, 替换 replaces it, no two names alike', async ({
	page
}) => {
	await openWorkbench(page);
	const input = page.getByTestId('import-input');
	await input.setInputFiles('scenarios/subsidy-held.json');
	await expect(page.getByRole('dialog')).toContainText(`已导入为「${HELD}」`);
	for (let i = 2; i <= 4; i++) {
		await input.setInputFiles('scenarios/subsidy-held.json');
		const ask = page.getByTestId('name-clash');
		await expect(ask).toContainText(`库中已有名为「${HELD}」的情景`);
		await ask.getByRole('button', { name: '保留两份' }).click();
		await expect(page.getByRole('dialog')).toContainText(`已导入为「${HELD} (${i})」`);
	}
	expect((await names(page)).sort()).toEqual([HELD, `${HELD} (2)`, `${HELD} (3)`, `${HELD} (4)`, PLAN].sort());
	// 替换: the scenario of that name takes the file; the list keeps its five names.
	await picker(page).selectOption({ label: HELD });
	await type(page, 'reward_fund_y2', '250');
	await expect(cell(page, 'reward_fund_y2')).toHaveText('250');
	await input.setInputFiles('scenarios/subsidy-held.json');
	await page.getByTestId('name-clash').getByRole('button', { name: '替换' }).click();
	await expect(page.getByRole('dialog')).toContainText(`已替换「${HELD}」`);
	await expect(cell(page, 'reward_fund_y2')).toHaveText('100');
	expect(await names(page)).toHaveLength(5);
	// 取消导入 changes nothing; the plan's own name is never replaced, only kept both.
	await input.setInputFiles('scenarios/plan-2022-2024.json');
	await expect(page.getByTestId('name-clash')).toContainText('受保护，不能替换');
	await expect(page.getByTestId('name-clash').getByRole('button', { name: '替换' })).toHaveCount(0);
	await page.getByTestId('name-clash').getByRole('button', { name: '取消导入' }).click();
	await expect(page.getByRole('dialog')).toContainText('未导入任何内容');
	expect(await names(page)).toHaveLength(5);
});

test('the first edit to the plan goes into a working copy, kept through a reload 50 ms after Enter', async ({
	page
}) => {
	test.setTimeout(TRIALS * 20_000);
	let dialogs = 0;
	// The browser's own "leave the page?" on a reload while a write is pending is accepted, as in durable.spec.
	page.on('dialog', (d) => (d.type() !== 'beforeunload' && dialogs++, void d.accept()));
	await openWorkbench(page);
	let kept = 0;
	for (let i = 0; i < TRIALS; i++) {
		if (i > 0) {
			await picker(page).selectOption({ label: PLAN });
			await expect(page.locator('header .scenario')).toHaveText(PLAN);
			await expect(cell(page, 'reward_fund_y2')).toHaveText('100');
		}
		const v = String(201 + i);
		await type(page, 'reward_fund_y2', v);
		await page.waitForTimeout(50);
		await page.reload();
		await expect(cell(page, 'reward_fund_y2')).not.toHaveText('', { timeout: 20_000 });
		await expect(page.locator('header .scenario')).not.toHaveText('', { timeout: 10_000 });
		const shown = (await cell(page, 'reward_fund_y2').textContent())?.trim();
		const name = (await page.locator('header .scenario').textContent())?.trim();
		if (shown === v && name?.startsWith(`${PLAN} 副本`)) kept++;
	}
	console.log(`[trials] protected plan, first edit, reload 50 ms after Enter: kept ${kept}, lost ${TRIALS - kept}`);
	expect(kept).toBe(TRIALS);
	expect(dialogs).toBe(0); // no question of the app's ever blocked an edit
	// Ten working copies, each its own name; the plan itself unchanged.
	const all = await names(page);
	expect(new Set(all).size).toBe(all.length);
	expect(all.filter((n) => n.startsWith(`${PLAN} 副本`))).toHaveLength(TRIALS);
	await picker(page).selectOption({ label: PLAN });
	await expect(cell(page, 'reward_fund_y2')).toHaveText('100');
});

test('the copy is announced in one line, not asked; its undo returns to the plan as it was', async ({ page }) => {
	await openWorkbench(page);
	await type(page, 'reward_fund_y3', '260');
	const line = page.getByTestId('plan-copied');
	await expect(line).toContainText(`已另存为副本「${PLAN} 副本」`);
	await expect(cell(page, 'reward_fund_y3')).toHaveText('260');
	// Typing goes on while the line is shown: nothing waits for an answer.
	await type(page, 'reward_fund_y2', '250');
	await expect(cell(page, 'reward_fund_y2')).toHaveText('250');
	await expect(page.locator('header .scenario')).toHaveText(`${PLAN} 副本`);
	await line.getByRole('button', { name: '撤销，回到规划原文' }).click();
	await expect(page.locator('header .scenario')).toHaveText(PLAN);
	await expect(cell(page, 'reward_fund_y3')).toHaveText('100');
	await expect(cell(page, 'reward_fund_y2')).toHaveText('100');
	expect(await names(page)).toEqual([PLAN]);
	await page.reload();
	await expect(cell(page, 'reward_fund_y3')).toHaveText('100', { timeout: 20_000 });
});
