/**
 * The register travels with its scenario, as a planner meets it: exported in JSON and XLSX
 * (on by default when the scenario has one), restored on import, and a 合计 row added in WPS noted once.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { registerCsv } from '../../src/lib/register/export';
import { sampleRegister } from '../../src/lib/register/sample';
import { openWorkbench } from './helpers';

const register = sampleRegister().slice(0, 25);

/** A register imported on its tab for the open scenario, then back to the workbench. */
async function withRegister(page: Page) {
	await openWorkbench(page);
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await page
		.getByTestId('register-input')
		.setInputFiles({ name: '登记册.csv', mimeType: 'text/csv', buffer: Buffer.from(registerCsv(register)) });
	await expect(page.getByTestId('register-count')).toHaveText('25');
	await page.getByRole('tab', { name: '工作台' }).click();
	await expect(page.getByRole('checkbox', { name: '导出含小区登记册（如有）' })).toBeChecked();
}

async function download(page: Page, button: string) {
	const d = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	return (await d).path();
}

/** Imports a file (kept beside the scenario of the same name) and shows the register tab of what opened. */
async function importBack(page: Page, name: string, buffer: Buffer) {
	await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
	await page.getByTestId('name-clash').getByRole('button', { name: '保留两份' }).click();
	const report = page.getByRole('dialog', { name: `导入 ${name}` });
	await expect(report).toContainText('文件带有小区登记册（25 个小区），已随情景恢复');
	await expect(page.locator('header .scenario')).toContainText('(2)');
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('25');
	return report;
}

test('JSON: the export carries the register, and importing it restores the register with the scenario', async ({
	page
}) => {
	await withRegister(page);
	const text = readFileSync(await download(page, '导出 JSON'), 'utf8');
	expect(JSON.parse(text).register.register).toHaveLength(25);
	await importBack(page, 'scenario.json', Buffer.from(text));
	// Turned off, the file is the scenario alone, as before.
	await page.getByRole('tab', { name: '工作台' }).click();
	await page.getByRole('checkbox', { name: '导出含小区登记册（如有）' }).uncheck();
	expect(JSON.parse(readFileSync(await download(page, '导出 JSON'), 'utf8'))).not.toHaveProperty('register');
});

test('XLSX: the register on its own sheet; a 合计 row added in WPS is skipped and noted once', async ({ page }) => {
	await withRegister(page);
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(await download(page, '导出 XLSX'));
	const sheet = book.getWorksheet('小区登记册')!;
	expect(sheet.rowCount).toBe(26);
	sheet.addRow(['合计', '', '', '', 500000, 9000, '', '', '']);
	const report = await importBack(page, 'edited.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
	await expect(report.locator('li', { hasText: '合计行' })).toHaveCount(1);
	await expect(report).toContainText('登记册第 27 行是合计行，已跳过');
	await expect(report).not.toContainText('此列必填');
});
