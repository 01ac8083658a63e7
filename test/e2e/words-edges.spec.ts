/** Issue 22's edges, as a planner meets them: the Name box's refusal does not outlive the name it was about. */
import { expect, test } from '@playwright/test';
import { cell, nameBox, openWorkbench } from './helpers';

test('a Name box refusal disappears when another cell is selected', async ({ page }) => {
	await openWorkbench(page);
	await nameBox(page).fill('no_such_cell');
	await nameBox(page).press('Enter');
	const refusal = page.getByText('没有名为“no_such_cell”的单元格');
	await expect(refusal).toBeVisible();
	await cell(page, 'reward_fund_y1').click();
	await expect(refusal).toHaveCount(0);
	// A refusal about a cell's value is not the Name box's: selecting another cell leaves it to be read.
	await cell(page, 'reward_fund_y1').click();
	await page.keyboard.type('abc');
	await page.keyboard.press('Enter');
	const bad = page.getByText(/物业管理奖励资金（2022 年） reward_fund_y1/);
	await expect(bad).toBeVisible();
	await cell(page, 'reward_fund_y2').click();
	await expect(bad).toBeVisible();
});
