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
	await expect(editor.getByRole('alert')).toContainText(
		'第1年单元格的值 60 %（最可能值）不在下限至上限 70 %–90 % 之内'
	);
	await editor.getByRole('textbox', { name: '下限' }).fill('50%, 60%, 70%');
	await editor.getByRole('textbox', { name: '上限' }).fill('0.7, 0.8, 0.9');
	await editor.getByRole('button', { name: '应用' }).click();
	await expect(editor.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('[data-key="basic_collection"] .range-mark')).toHaveText('± 三角分布');
	await page.reload();
	await expect(page.locator('[data-key="basic_collection"] .range-mark')).toHaveText('± 三角分布');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	const file = JSON.parse((await import('node:fs')).readFileSync(await (await download).path(), 'utf8'));
	expect(file.parameters.basic_collection.uncertainty).toEqual({
		dist: 'triangular',
		low: [0.5, 0.6, 0.7],
		high: [0.7, 0.8, 0.9]
	});
});

test('a share cell takes 55, 55 % and 0.55 as 55 %, as WPS does, and the range editor shows shares as %', async ({
	page
}) => {
	await openWorkbench(page);
	for (const [typed, name] of [
		['55', 'basic_collection_y1'],
		['56 %', 'basic_collection_y2'],
		['0.57', 'basic_collection_y3']
	]) {
		await cell(page, name).click();
		await page.keyboard.type(typed);
		await page.keyboard.press('Enter');
	}
	await expect(cell(page, 'basic_collection_y1')).toContainText('55 %');
	await expect(cell(page, 'basic_collection_y2')).toContainText('56 %');
	await expect(cell(page, 'basic_collection_y3')).toContainText('57 %');
	await expect(page.getByRole('alert')).toHaveCount(0);
	// The range typed as plain numbers comes back as percentages.
	await cell(page, 'basic_collection_y1').click();
	const editor = page.locator('[data-range="basic_collection"]');
	await editor.getByRole('combobox', { name: '分布' }).selectOption('uniform');
	await editor.getByRole('textbox', { name: '下限' }).fill('50');
	await editor.getByRole('textbox', { name: '上限' }).fill('0.8');
	await editor.getByRole('button', { name: '应用' }).click();
	await page.reload();
	await cell(page, 'basic_collection_y1').click();
	await expect(editor.getByRole('textbox', { name: '下限' })).toHaveValue('50 %');
	await expect(editor.getByRole('textbox', { name: '上限' })).toHaveValue('80 %');
	await expect(page.locator('[data-key="basic_collection"] .range-mark')).toHaveText('± 均匀分布');
});
