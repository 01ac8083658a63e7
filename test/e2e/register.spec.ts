/**
 * The compound register screen, through the UI as a planner uses it: import in each encoding and
 * format, refused rows and their exclusion, the synthetic sample, applying the start state as one undo step.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { registerCsv } from '../../src/lib/register/export';
import { sampleRegister } from '../../src/lib/register/sample';
import { cell, kpi, openWorkbench } from './helpers';

const ZH_HEADER = '小区名称,镇/街道,社区,物业类型,面积（平方米）,户数,业主委员会,是否达标,封闭情况';
const EN_HEADER = 'name,street,community,tier,area_m2,households,owners_committee,meets_standard,enclosure';

async function openRegister(page: Page, lang: 'zh' | 'en' = 'zh') {
	await openWorkbench(page, lang);
	await page.getByRole('tab', { name: lang === 'zh' ? '小区登记册' : 'Compound register' }).click();
	await expect(page.getByRole('heading', { name: lang === 'zh' ? '小区登记册' : 'Compound register' })).toBeVisible();
}

/** Through the "choose a file" button and the browser's file chooser, as a planner would. */
async function chooseFile(page: Page, name: string, buffer: Buffer, lang: 'zh' | 'en' = 'zh') {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: lang === 'zh' ? '选择登记册文件…' : 'Choose a register file…' }).click();
	await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

/** Drops a file onto the register panel, as dragging it from the desktop does. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
	const dt = await page.evaluateHandle(
		({ name, data }) => {
			const dt = new DataTransfer();
			dt.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
			return dt;
		},
		{ name, data: [...bytes] }
	);
	await page.getByTestId('register-drop').dispatchEvent('dragover', { dataTransfer: dt });
	await page.getByTestId('register-drop').dispatchEvent('drop', { dataTransfer: dt });
}

const tierRow = (page: Page, label: string) =>
	page.locator('[data-summary="by-tier"] tbody tr').filter({ hasText: label });
const csvOf = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');

test('a GB18030 register with Chinese headers imports, says its encoding and unit, and is kept after a reload', async ({
	page
}) => {
	// What Excel on Chinese Windows writes: GBK bytes, made here with iconv from a generated register.
	const text = registerCsv(sampleRegister({ n: 40, seed: 7 }), { lang: 'zh', areaUnit: 'm2' }).replace(/^\uFEFF/, '');
	const gb = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
	expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow(); // really not UTF-8
	await openRegister(page);
	await expect(page.getByText('当前情景尚无登记册')).toBeVisible();
	await chooseFile(page, '台账.csv', gb);
	await expect(page.getByTestId('register-encoding')).toHaveText('CSV · GBK / GB18030');
	await expect(page.getByTestId('register-unit')).toContainText('m²（导入时换算为万 m²）');
	await expect(page.getByTestId('register-count')).toHaveText('40');
	await expect(page.locator('[data-summary="by-street"] tbody tr').first()).toContainText('示例街道');
	await expect(page.locator('[data-storage]')).toHaveAttribute('data-storage', 'saved');

	await page.reload();
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('40');
	await expect(page.getByTestId('register-encoding')).toHaveText('CSV · GBK / GB18030');
	await expect(page.getByText('台账.csv')).toBeVisible();
});

test('the GB18030 fixture file imports with its Chinese codes read (卫生保洁物业 is basic, 有/无 is yes/no)', async ({
	page
}) => {
	await openRegister(page);
	await chooseFile(page, 'register-zh.gb18030.csv', readFileSync('test/register/fixtures/register-zh.gb18030.csv'));
	await expect(page.getByTestId('register-unit')).toHaveText('万 m²');
	await expect(tierRow(page, '基础物业')).toContainText('1.75');
	await expect(tierRow(page, '基础物业')).toContainText('100.0 %'); // 有 = a committee
	await expect(tierRow(page, '居民自治')).toContainText('0.50');
});

test('an English-header register dropped onto the panel imports, in the English screen', async ({ page }) => {
	await openRegister(page, 'en');
	const bytes = Buffer.concat([
		Buffer.from([0xef, 0xbb, 0xbf]),
		csvOf([
			EN_HEADER,
			'Elm Court (synthetic),Street A,Community 1,market,25000,300,yes,no,enclosed',
			'Oak Yard (synthetic),Street A,Community 2,quasi,"12,500",,Y,N,unenclosed',
			'Pine Row (synthetic),Street B,Community 3,cleaning-only,8000,90,no,yes,single building'
		])
	]);
	await dropFile(page, 'register-en.csv', bytes);
	await expect(page.getByTestId('register-encoding')).toHaveText('CSV · UTF-8 (BOM)');
	await expect(page.getByTestId('register-unit')).toHaveText('m² (converted to 万 m²)');
	await expect(page.getByTestId('register-count')).toHaveText('3');
	await expect(tierRow(page, 'Market-rate')).toContainText('2.50');
	await expect(tierRow(page, 'Quasi')).toContainText('1.25');
	await expect(page.locator('[data-summary="by-enclosure"] tbody')).toContainText('single building');
	// The page's own drop handler (scenario files) did not take it: no scenario import dialog, one scenario.
	await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('an XLSX register (title row above the header) imports', async ({ page }) => {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('台账');
	ws.addRow(['东河区小区台账（合成示例）']);
	ws.addRow(ZH_HEADER.split(','));
	ws.addRow(['示例甲小区 (synthetic)', '示例街道', '示例社区一', '市场化物业', 30000, 400, '是', '是', '已封闭']);
	ws.addRow(['示例乙小区 (synthetic)', '示例街道', '示例社区二', '准物业', 15000, null, '否', '否', '未封闭']);
	const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
	await openRegister(page);
	await page.getByTestId('register-input').setInputFiles({
		name: '台账.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: xlsx
	});
	await expect(page.getByTestId('register-encoding')).toHaveText('XLSX');
	await expect(page.getByTestId('register-count')).toHaveText('2');
	await expect(tierRow(page, '市场化物业')).toContainText('3.00');
	await expect(tierRow(page, '准物业')).toContainText('1.50');
});

test('bad rows are listed with their row numbers and nothing is imported; excluding them imports the rest', async ({
	page
}) => {
	const good = (i: number) => `示例小区${i} (synthetic),示例街道,示例社区,市场化物业,20000,200,是,否,已封闭`;
	const bytes = csvOf([
		ZH_HEADER,
		good(2),
		'示例小区3 (synthetic),示例街道,示例社区,豪华物业,20000,200,是,否,已封闭', // unknown tier
		good(4),
		'示例小区5 (synthetic),示例街道,示例社区,准物业,-300,200,是,否,未封闭', // negative area
		'示例小区2 (synthetic),示例街道,示例社区,准物业,9000,80,否,否,未封闭', // duplicate of row 2
		'示例小区7 (synthetic),示例街道,示例社区,准物业,9000,80,也许,否,未封闭', // not yes/no
		'示例小区8 (synthetic),,示例社区,准物业,9000,80,否,否,未封闭', // blank street
		good(9)
	]);
	await openRegister(page);
	await page.getByTestId('register-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: bytes });
	await expect(page.getByRole('heading', { name: /登记册有 \d+ 个问题，未导入任何内容/ })).toBeVisible();
	const problems = page.locator('.problems tbody');
	for (const [row, text] of [
		[3, '“豪华物业”不是物业类型'],
		[5, '面积必须大于 0'],
		[6, '在第 2、6 行重复出现'],
		[7, '“也许”无法识别为是/否'],
		[8, '为空；此列必填']
	] as const) {
		await expect(problems.locator(`tr[data-row="${row}"]`).first()).toContainText(`第 ${row} 行`);
		await expect(problems.locator(`tr[data-row="${row}"]`).first()).toContainText(text);
	}
	await expect(page.getByTestId('register-view')).toHaveCount(0);
	await expect(page.getByRole('button', { name: '排除这些行后导入' })).toBeDisabled();

	// Nothing was stored either: a reload shows no register.
	await page.reload();
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await expect(page.getByText('当前情景尚无登记册')).toBeVisible();

	await page.getByTestId('register-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: bytes });
	// Row 6 repeats row 2's name: leaving out row 6 alone settles the duplicate.
	for (const row of [3, 5, 6, 7, 8])
		await page
			.getByRole('checkbox', { name: `排除 行 ${row}` })
			.first()
			.check();
	await page.getByRole('button', { name: '排除这些行后导入' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('3');
	await expect(page.getByTestId('register-excluded')).toHaveText('3, 5, 6, 7, 8');
	await expect(page.locator('.problems')).toHaveCount(0);
});

test('the synthetic sample is labelled as such, reproduces the plan start state, and apply changes nothing', async ({
	page
}) => {
	await openRegister(page);
	await page.getByRole('button', { name: '生成示例登记册（合成数据）' }).click();
	await expect(page.getByTestId('register-synthetic')).toContainText('合成示例数据 — 非真实数据');
	await expect(page.getByTestId('register-count')).toHaveText('316');
	await expect(page.locator('[data-summary="by-tier"] tfoot')).toContainText('2,356.1965');
	await expect(page.getByTestId('register-no-diff')).toBeVisible();
	await expect(page.getByRole('button', { name: '应用到情景' })).toHaveCount(0);
	await page.getByRole('tab', { name: '工作台' }).click();
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
	await expect(page.getByRole('button', { name: '↶ 撤销', exact: true })).toBeDisabled();

	// Still said to be synthetic after a reload, in either language.
	await page.reload();
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await expect(page.getByTestId('register-synthetic')).toContainText('合成示例数据 — 非真实数据');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByTestId('register-synthetic')).toContainText('Synthetic sample — not real data');
});

test('a register with other figures shows the diff; apply is one undo step on the workbench', async ({ page }) => {
	// The plan's sample less ten basic compounds: fewer compounds and less basic area to subsidise.
	const basic = sampleRegister()
		.filter((c) => c.tier === 'basic')
		.slice(0, 10);
	const register = sampleRegister().filter((c) => !basic.includes(c) && !basic.some((b) => b.name === c.name));
	await openRegister(page);
	await page
		.getByTestId('register-input')
		.setInputFiles({ name: 'fewer.csv', mimeType: 'text/csv', buffer: Buffer.from(registerCsv(register)) });
	await expect(page.getByTestId('register-count')).toHaveText('306');
	const diff = page.locator('.diff tbody');
	await expect(diff.locator('tr[data-key="basic_compounds"]')).toContainText('基础物业小区数');
	await expect(diff.locator('tr[data-key="basic_compounds"] .old')).toHaveText('176');
	await expect(diff.locator('tr[data-key="basic_compounds"] .new')).toHaveText('166');
	await expect(diff.locator('tr[data-key="basic_area"] .old')).toHaveText('860.79');
	const newArea = (await diff.locator('tr[data-key="basic_area"] .new').textContent())!;
	await expect(diff.locator('tr[data-key="market_compounds"]')).toHaveCount(0); // unchanged rows are not listed

	await page.getByRole('button', { name: '应用到情景' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ctrl+Z' })).toBeVisible();
	await expect(page.getByTestId('register-no-diff')).toBeVisible();

	await page.getByRole('tab', { name: '工作台' }).click();
	await expect(cell(page, 'basic_compounds')).toHaveText('166');
	await expect(cell(page, 'basic_area')).toHaveText(newArea);
	await expect(kpi(page, 'outlay3')).not.toContainText('3,562.584');

	// One Ctrl+Z in the grid reverts every cell the register set, and there is nothing further to undo.
	await cell(page, 'reward_fund_y1').click();
	await page.keyboard.press('Control+z');
	await expect(cell(page, 'basic_compounds')).toHaveText('176');
	await expect(cell(page, 'basic_area')).toHaveText('860.79');
	await expect(cell(page, 'committees_start')).toHaveText('184');
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
	await expect(page.getByRole('button', { name: '↶ 撤销', exact: true })).toBeDisabled();

	await page.getByRole('tab', { name: '小区登记册' }).click();
	await expect(diff.locator('tr[data-key="basic_compounds"] .new')).toHaveText('166');
});

test('a refused file leaves the register shown before; each scenario keeps its own register', async ({ page }) => {
	await openRegister(page);
	await page.getByRole('button', { name: '生成示例登记册（合成数据）' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('316');
	await expect(page.locator('[data-storage]')).toHaveAttribute('data-storage', 'saved');
	await page
		.getByTestId('register-input')
		.setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: csvOf(['foo,bar', '1,2']) });
	await expect(page.locator('.problems')).toContainText('下方为此前导入的登记册，未作改动');
	await expect(page.getByTestId('register-count')).toHaveText('316');

	const scenarios = page.getByRole('combobox', { name: '情景' });
	const first = await scenarios.inputValue();
	await page.getByRole('button', { name: '新建（规划）' }).click();
	await expect(scenarios.locator('option')).toHaveCount(2);
	await expect(page.getByText('当前情景尚无登记册')).toBeVisible();
	await expect(page.locator('.problems')).toHaveCount(0);
	await scenarios.selectOption(first);
	await expect(page.getByTestId('register-count')).toHaveText('316');
	await expect(page.getByTestId('register-synthetic')).toBeVisible();
});

test('each summary exports as CSV with a BOM and the screen’s headers', async ({ page }) => {
	await openRegister(page);
	await page.getByRole('button', { name: '生成示例登记册（合成数据）' }).click();
	const download = page.waitForEvent('download');
	await page.locator('[data-summary="by-tier"]').getByRole('button', { name: '导出 CSV' }).click();
	const text = readFileSync((await (await download).path())!, 'utf8');
	expect(text.startsWith('\uFEFF物业类型,小区数,面积（万 m²）')).toBe(true);
	expect(text).toContain('市场化物业,100,1244.045');
	expect(text.trim().split('\r\n')).toHaveLength(5);
});
