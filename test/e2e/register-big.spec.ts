/**
 * a valid but huge XLSX register is read off the page's thread, with a progress line (the step and
 * the seconds so far) and a Cancel button; cancelling leaves the screen as it was, and says so.
 */
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { registerCsv } from '../../src/lib/register/export';
import { sampleRegister } from '../../src/lib/register/sample';
import { openWorkbench } from './helpers';

const HEADER = [
	'小区名称',
	'镇/街道',
	'社区',
	'物业类型',
	'面积（平方米）',
	'户数',
	'业主委员会',
	'是否达标',
	'封闭情况'
];

/**
 * A register of `n` compounds as XLSX, its XML written directly (exceljs would take a minute to write it), with
 * shared strings as Excel writes them so that the archive stays under the importer's unpacked-size limit.
 */
async function bigXlsx(n: number): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('台账').addRow(HEADER); // exceljs writes the header as shared strings: the parts exist
	const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
	const fixed = [...HEADER, '示例街道', '示例社区', '市场化物业', '是', '否', '已封闭'];
	const strings = [...fixed, ...Array.from({ length: n }, (_, i) => `示例小区 ${i + 1}`)];
	const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
	zip.file('xl/sharedStrings.xml', sst);
	const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
	const rows = [`<row r="1">${HEADER.map((_, i) => s(`${'ABCDEFGHI'[i]}1`, i)).join('')}</row>`];
	for (let r = 2; r <= n + 1; r++)
		rows.push(
			`<row r="${r}">${s(`A${r}`, fixed.length + r - 2)}${s(`B${r}`, 9)}${s(`C${r}`, 10)}${s(`D${r}`, 11)}<c r="E${r}"><v>${20000 + (r % 977)}</v></c><c r="F${r}"><v>${200 + (r % 311)}</v></c>${s(`G${r}`, 12)}${s(`H${r}`, 13)}${s(`I${r}`, 14)}</row>`
		);
	const name = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
	const xml = (await zip.file(name)!.async('string')).replace(
		/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
		`<sheetData>${rows.join('')}</sheetData>`
	);
	zip.file(name, xml);
	return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function choose(page: Page, name: string, buffer: Buffer, mimeType: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: '选择登记册文件…' }).click();
	await (await chooser).setFiles({ name, mimeType, buffer });
}

test('a 120,000-row XLSX shows its progress while the page stays live, and Cancel changes nothing', async ({
	page
}) => {
	test.setTimeout(180_000);
	const big = await bigXlsx(120_000);
	await openWorkbench(page, 'zh');
	await page.getByRole('tab', { name: '小区登记册' }).click();
	// A register already shown: the cancelled import must leave it as it is.
	const small = Buffer.from(registerCsv(sampleRegister({ n: 40, seed: 7 }), { lang: 'zh', areaUnit: 'm2' }), 'utf8');
	await choose(page, '台账.csv', small, 'text/csv');
	await expect(page.getByTestId('register-count')).toHaveText('40');

	await choose(page, '大台账.xlsx', big, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
	const status = page.getByRole('status').filter({ hasText: '正在读取' });
	await expect(status).toContainText('读取单元格');
	// The seconds count up while exceljs reads: the page's thread is not blocked.
	await expect(status).toContainText('已用 1 秒', { timeout: 30_000 });
	await expect(status).toContainText('已用 2 秒');
	await page.getByRole('button', { name: '取消' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已取消' })).toHaveText(
		'已取消导入 大台账.xlsx，未做任何更改'
	);
	await expect(status).toHaveCount(0);
	await expect(page.getByTestId('register-count')).toHaveText('40');
	await expect(page.getByTestId('register-encoding')).toHaveText('CSV · UTF-8 (BOM)');
	// The screen still works. The 40-row file was itself made from the sample (every name says "(synthetic)"),
	// so the sample replaces it without the question asked over a real register.
	await page.getByRole('button', { name: '生成示例登记册（合成数据）' }).click();
	await expect(page.getByRole('button', { name: '仍然生成示例' })).toHaveCount(0);
	await expect(page.getByTestId('register-count')).toHaveText('316');
});
