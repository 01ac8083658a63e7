import { expect, test } from '@playwright/test';
import { cell, formulaBar, kpi, openWorkbench } from './helpers';

// What the planner typed is kept when the edit ends by a click elsewhere, as in Excel and WPS: in the cell it
// was typed into, checked like Enter, and saved (it is there after a reload).

test('typing in a cell and clicking another cell keeps the typed value in the first cell, saved', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'reward_fund_y3').click();
	await page.keyboard.type('0');
	await cell(page, 'basic_subsidy_y2').click();
	await expect(cell(page, 'reward_fund_y3')).toHaveText('0');
	await expect(kpi(page, 'outlay3')).toContainText('3,462.584');
	// The click selected the other cell and did not write into it.
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.05');
	await expect(page.getByText('已保存', { exact: true })).toBeVisible();
	await page.reload();
	await expect(cell(page, 'reward_fund_y3')).toHaveText('0');
	await expect(kpi(page, 'outlay3')).toContainText('3,462.584');
});

test('typing in a cell and clicking the formula bar keeps the value; text that is not a number is refused out loud', async ({
	page
}) => {
	await openWorkbench(page);
	await cell(page, 'reward_fund_y3').click();
	await page.keyboard.type('0');
	await formulaBar(page).click();
	await expect(cell(page, 'reward_fund_y3')).toHaveText('0');
	await expect(kpi(page, 'outlay3')).toContainText('3,462.584');

	await cell(page, 'reward_fund_y2').click();
	await page.keyboard.type('abc');
	await cell(page, 'basic_subsidy_y2').click();
	await expect(page.getByText(/reward_fund_y2/).first()).toBeVisible();
	await expect(cell(page, 'reward_fund_y2')).not.toHaveText('abc');
	await expect(kpi(page, 'outlay3')).toContainText('3,462.584');
});
