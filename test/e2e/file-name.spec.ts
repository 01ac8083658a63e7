/** a scenario named with characters a file name cannot hold exports under a safe name and title. */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { openWorkbench } from './helpers';

test('a name with / : ? and a leading = exports as a safe file name and an inert title', async ({ page }) => {
	await openWorkbench(page);
	// Rename in the page: a field with the current name, Enter saves.
	await page.getByRole('button', { name: '重命名' }).click();
	await page.getByRole('textbox', { name: '情景名称' }).fill('=补贴/退坡: 2023?');
	await page.getByRole('textbox', { name: '情景名称' }).press('Enter');
	await expect(page.getByRole('combobox', { name: '情景' })).toContainText('=补贴/退坡: 2023?');
	const xlsx = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 XLSX' }).click();
	const download = await xlsx;
	expect(download.suggestedFilename()).toBe('=补贴_退坡_ 2023_.xlsx');
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await download.path());
	expect(book.title).toBe("'=补贴/退坡: 2023?");
	const json = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	expect((await json).suggestedFilename()).toBe('=补贴_退坡_ 2023_.json');
});
