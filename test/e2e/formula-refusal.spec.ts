/**
 * a formula with a cell address or a function that makes results irreproducible is refused where it
 * is typed — in the cell and in the formula bar — out loud, in the planner's language, and nothing changes.
 */
import { expect, test } from '@playwright/test';
import { cell, formulaBar, kpi, nameBox, openWorkbench } from './helpers';

test('typed into a cell, =SUM(A1:C60) is refused in Chinese and the cell keeps its value', async ({ page }) => {
	await openWorkbench(page, 'zh');
	await cell(page, 'reward_fund_y2').click();
	await page.keyboard.type('=SUM(A1:C60)');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toHaveText(
		// Named by label and year first, the code after it.
		'物业管理奖励资金（2023 年） reward_fund_y2：不能使用单元格地址（如 A1:C60），请使用参数名，如 basic_fee_y2'
	);
	await page.keyboard.press('Escape');
	await expect(cell(page, 'reward_fund_y2')).not.toContainText('#');
	await nameBox(page).fill('reward_fund_y2');
	await nameBox(page).press('Enter');
	await expect(formulaBar(page)).toHaveValue('100');
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
});

test('typed into the formula bar, =0.25+RAND()*0.1 is refused in English naming RAND, nothing changes', async ({
	page
}) => {
	await openWorkbench(page, 'en');
	await nameBox(page).fill('basic_collection_y2');
	await nameBox(page).press('Enter');
	const before = await formulaBar(page).inputValue();
	await formulaBar(page).fill('=0.25+RAND()*0.1');
	await formulaBar(page).press('Enter');
	await expect(page.getByRole('alert')).toHaveText(
		'Basic collection rate (2023) basic_collection_y2: RAND is not allowed: results would not be reproducible. For an uncertain value, use a range on the Uncertainty tab instead of RAND (set the parameter\u2019s range below the grid)'
	);
	await formulaBar(page).press('Escape');
	await expect(formulaBar(page)).toHaveValue(before);
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
});
