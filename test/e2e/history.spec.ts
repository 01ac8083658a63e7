import { expect, test } from '@playwright/test';
import { cell, kpi, openWorkbench, revision, settled } from './helpers';

test('history lists each change and restores an earlier state as one undoable step', async ({ page }) => {
	await openWorkbench(page);
	for (const [name, value] of [
		['reward_fund_y1', '150'],
		['reward_fund_y2', '150']
	]) {
		await cell(page, name).click();
		const r = await revision(page);
		await page.keyboard.type(value);
		await page.keyboard.press('Enter');
		await settled(page, r);
	}
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await page.getByRole('tab', { name: '修改历史' }).click();
	const rows = page.locator('[data-history]');
	// Labels, years and units as the planner reads them, not raw cell names.
	await expect(rows.first()).toContainText('物业管理奖励资金（2023 年）：100 万元/年 → 150 万元/年');
	await expect(rows.nth(1)).toContainText('物业管理奖励资金（2022 年）：100 万元/年 → 150 万元/年');
	// Restore the state right after the first edit: reward_fund_y2 goes back to 100.
	await rows.nth(1).getByRole('button').click();
	await expect(page.getByRole('status')).toContainText('已恢复 1 个单元格');
	await page.getByRole('tab', { name: '工作台' }).click();
	await expect(kpi(page, 'outlay3')).toContainText('3,612.584');
	const r = await revision(page);
	await page.getByRole('grid').focus();
	await page.keyboard.press('Control+z');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
});

test('a backup of the whole library restores into an empty browser', async ({ page, browser }) => {
	await openWorkbench(page);
	await cell(page, 'reward_fund_y3').click();
	const r = await revision(page);
	await page.keyboard.type('0');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await page.getByRole('tab', { name: '修改历史' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出全部备份' }).click();
	const file = await (await download).path();

	const fresh = await (await browser.newContext()).newPage();
	await openWorkbench(fresh);
	await fresh.getByRole('tab', { name: '修改历史' }).click();
	await fresh.getByTestId('backup-input').setInputFiles(file);
	// The plan and its working copy (which took the edit); the restored plan is named "(2)" beside this one's.
	await expect(fresh.getByRole('status')).toContainText('已恢复 2 个情景');
	await expect(fresh.getByRole('combobox', { name: '情景' }).locator('option')).toHaveCount(3);
	await expect(fresh.getByRole('combobox', { name: '情景' })).toContainText('规划原文 Plan as written 2022–2024 (2)');
	// A broken backup changes nothing and says where the problem is.
	await fresh.getByTestId('backup-input').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				format: 'property-plan-backup',
				version: 1,
				exportedAt: 0,
				scenarios: [
					{
						id: 'x',
						name: 'x',
						updatedAt: 0,
						doc: { name: 'x', description: '', start: '2022-01', years: 0, params: {} }
					}
				]
			})
		)
	});
	await expect(fresh.getByRole('status')).toContainText('years');
	await expect(fresh.getByRole('combobox', { name: '情景' }).locator('option')).toHaveCount(3);
});

test('history shows a share cell’s change as %, with its label and year', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'basic_collection_y1').click();
	const r = await revision(page);
	await page.keyboard.type('55');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await cell(page, 'basic_collection_y1').click();
	const editor = page.locator('[data-range="basic_collection"]');
	await editor.getByRole('combobox', { name: '分布' }).selectOption('uniform');
	await editor.getByRole('textbox', { name: '下限' }).fill('50');
	await editor.getByRole('textbox', { name: '上限' }).fill('80');
	await editor.getByRole('button', { name: '应用' }).click();
	await expect(page.locator('[data-key="basic_collection"] .range-mark')).toHaveText('± 均匀分布');
	await page.getByRole('tab', { name: '修改历史' }).click();
	await expect(page.locator('[data-cell="basic_collection_y1"]').first()).toContainText('60 % → 55 %');
});
