import { expect, test } from '@playwright/test';
import { cell, openWorkbench } from './helpers';

test('a range on a cell is shown in the grid, checked, saved and exported', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'basic_collection_y1').click();
	const editor = page.locator('[data-range="basic_collection"]');
	await editor.getByRole('combobox', { name: '分布' }).selectOption('triangular');
	await editor.getByRole('textbox', { name: '下限' }).fill('0.7');
	await editor.getByRole('textbox', { name: '上限' }).fill('0.9');
	await editor.getByRole('button', { name: '应用' }).click();
	// The mode (the cell's value, 60 % in year 1) lies outside 70–90 %: flagged, with the year.
	await expect(editor.getByRole('alert')).toContainText('year 1');
	await editor.getByRole('textbox', { name: '下限' }).fill('50%, 60%, 70%');
	await editor.getByRole('textbox', { name: '上限' }).fill('0.7, 0.8, 0.9');
	await editor.getByRole('button', { name: '应用' }).click();
	await expect(editor.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('[data-key="basic_collection"] .range-mark')).toHaveText('± triangular');
	await page.reload();
	await expect(page.locator('[data-key="basic_collection"] .range-mark')).toHaveText('± triangular');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	const file = JSON.parse((await import('node:fs')).readFileSync(await (await download).path(), 'utf8'));
	expect(file.parameters.basic_collection.uncertainty).toEqual({
		dist: 'triangular',
		low: [0.5, 0.6, 0.7],
		high: [0.7, 0.8, 0.9]
	});
});
