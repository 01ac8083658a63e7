/**
 * the grid keeps the habits of WPS and Excel. Enter after a run of Tabs returns to the column
 * where the run started, one row down; Tab in a one-value row goes to the next row; a cell's accessible name
 * is its label and year, not its code.
 */
import { expect, test } from '@playwright/test';
import { cell, nameBox, openWorkbench } from './helpers';

test('Tab, Tab, Enter lands on the next row’s first year, typing or not (zh and en)', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openWorkbench(page);
	// A planner entering a row: type, Tab, type, Tab, type, Enter.
	await cell(page, 'basic_subsidy_y1').click();
	for (const [v, key] of [
		['0.1', 'Tab'],
		['0.09', 'Tab'],
		['0.08', 'Enter']
	] as const) {
		await page.keyboard.type(v);
		await page.keyboard.press(key);
	}
	await expect(nameBox(page)).toHaveValue('self_subsidy_y1');
	await expect(cell(page, 'basic_subsidy_y3')).toHaveText('0.08');
	// Without typing, from the second year: back to the second year, one row down.
	await cell(page, 'basic_collection_y2').click();
	await page.keyboard.press('Tab');
	await expect(nameBox(page)).toHaveValue('basic_collection_y3');
	await page.keyboard.press('Enter');
	await expect(nameBox(page)).toHaveValue('self_collection_y2');
	// An arrow ends the run: Enter then goes straight down, as in Excel.
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(nameBox(page)).toHaveValue('quasi_cost_y3');

	await page.locator('header button.lang').click();
	await cell(page, 'market_fee_y1').click();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(nameBox(page)).toHaveValue('quasi_fee_y1');
});

test('Tab in a one-value row moves to the next row', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'grace_months').click();
	await page.keyboard.press('Tab');
	await expect(nameBox(page)).toHaveValue('market_waiver_share_y1');
	// Shift+Tab in a one-value row goes back a row.
	await cell(page, 'grace_months').click();
	await page.keyboard.press('Shift+Tab');
	await expect(nameBox(page)).toHaveValue('self_fee_y1');
});

test('a cell’s accessible name is its label and year, in the page’s language', async ({ page }) => {
	await openWorkbench(page);
	await expect(page.getByRole('grid')).toBeVisible();
	const c = cell(page, 'basic_subsidy_y2');
	await expect(c).toHaveAttribute('aria-label', /^基础物业补贴（2023 年） /);
	await expect(c).not.toHaveAttribute('aria-label', /basic_subsidy/);
	await expect(cell(page, 'grace_months')).toHaveAttribute('aria-label', /^[^_a-z]+ \d/);
	await page.locator('header button.lang').click();
	await expect(c).toHaveAttribute('aria-label', /^Basic subsidy \(2023\) /);
	// The keyboard field of the active cell says the same.
	await c.click();
	await expect(page.getByRole('grid').locator('.sink')).toHaveAttribute('aria-label', /^Basic subsidy \(2023\) /);
});
