import { expect, test } from '@playwright/test';
import { cell, kpi, openWorkbench, revision, settled } from './helpers';

test('an edit is saved at once: reloading right after it loses nothing', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'reward_fund_y2').click();
	const r = await revision(page);
	await page.keyboard.type('250');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await page.reload();
	await expect(cell(page, 'reward_fund_y2')).toHaveText('250');
	await expect(kpi(page, 'outlay3')).toContainText('3,712.584');
});

test('export then import gives the same scenario and the same figures', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'quasi_subsidy_y3').click();
	const r = await revision(page);
	await page.keyboard.type('=quasi_subsidy_y1');
	await page.keyboard.press('Enter');
	await settled(page, r);
	const figure = await kpi(page, 'outlay3').textContent();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	const file = await (await download).path();
	await page.getByTestId('import-input').setInputFiles(file);
	// The file bears the open scenario's name (the plan's working copy, which took the edit): keep both.
	await page.getByTestId('name-clash').getByRole('button', { name: '保留两份' }).click();
	await expect(page.getByRole('dialog')).toContainText('文件包含全部参数');
	await expect(page.getByRole('combobox', { name: '情景' }).locator('option')).toHaveCount(3);
	await expect(kpi(page, 'outlay3')).toHaveText(figure!);
	await cell(page, 'quasi_subsidy_y3').dblclick();
	await expect(page.locator('.editor')).toHaveValue('=quasi_subsidy_y1');
});

// The zh UI explains a refused file in Chinese (the file's keys and formulas stay as written).
const bad: [string, string, RegExp][] = [
	['malformed.json', '{"format": "property-plan-scenario",, }', /JSON 格式有误：第 1 行/],
	[
		'wrong-format.json',
		JSON.stringify({ format: 'something-else', version: 1 }),
		/format：应为 "property-plan-scenario"/
	],
	[
		'future.json',
		JSON.stringify({ format: 'property-plan-scenario', version: 2 }),
		/文件版本 2 比本工作台能读取的版本（1）新/
	],
	[
		'unknown.json',
		JSON.stringify({ format: 'property-plan-scenario', version: 1, parameters: { basic_aera: { value: 1 } } }),
		/是否应为 "basic_area"/
	],
	[
		'rate.json',
		JSON.stringify({
			format: 'property-plan-scenario',
			version: 1,
			parameters: { basic_collection: { values: [1.5, 0.7, 0.8] } }
		}),
		/basic_collection，第1年）：/
	],
	[
		'cycle.json',
		JSON.stringify({
			format: 'property-plan-scenario',
			version: 1,
			parameters: { basic_fee: { values: ['=basic_fee_y2', '=basic_fee_y1', 0.3] } }
		}),
		/#CYCLE!/
	],
	[
		'proto.json',
		'{"format":"property-plan-scenario","version":1,"parameters":{"__proto__":{"value":1}}}',
		/未知参数 "__proto__"/
	],
	['binary.json', '\u0000\u0001PK\u0003\u0004 not json at all', /JSON 格式有误/]
];

test('bad files are refused with a clear message and the library is unchanged', async ({ page }) => {
	await openWorkbench(page);
	const options = page.getByRole('combobox', { name: '情景' }).locator('option');
	await expect(options).toHaveCount(1);
	for (const [name, text, message] of bad) {
		await page
			.getByTestId('import-input')
			.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
		await expect(page.getByRole('dialog')).toContainText(message);
		await expect(page.getByRole('dialog')).toContainText('未导入任何内容');
		await page.getByRole('dialog').getByRole('button').click();
		await expect(options).toHaveCount(1);
	}
	// A 20 MB file is refused before it is read.
	await page
		.getByTestId('import-input')
		.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(20_000_000, 32) });
	await expect(page.getByRole('dialog')).toContainText('20.0 MB');
	await expect(options).toHaveCount(1);
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
});

test('two tabs on one scenario: an edit in one reaches the other', async ({ page, context }) => {
	await openWorkbench(page);
	// A working scenario, opened by the next tab too: the plan itself is a template (an edit copies it, per tab).
	await page.getByRole('button', { name: '复制', exact: true }).click();
	await expect(page.locator('header .scenario')).toContainText('副本');
	const other = await context.newPage();
	await other.goto('/');
	await expect(kpi(other, 'outlay3')).toContainText('3,562.584', { timeout: 30_000 });
	await cell(page, 'reward_fund_y3').click();
	await page.keyboard.type('0');
	await page.keyboard.press('Enter');
	await expect(kpi(page, 'outlay3')).toContainText('3,462.584');
	await expect(kpi(other, 'outlay3')).toContainText('3,462.584');
	await expect(cell(other, 'reward_fund_y3')).toHaveText('0');
});

test('the workbook exported as XLSX imports back as the same scenario', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'basic_subsidy_y3').click();
	const r = await revision(page);
	await page.keyboard.type('=basic_subsidy_y1');
	await page.keyboard.press('Enter');
	await settled(page, r);
	const figure = await kpi(page, 'outlay3').textContent();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 XLSX' }).click();
	const file = await (await download).path();
	await page.getByTestId('import-input').setInputFiles({
		name: 'exported.xlsx',
		mimeType: 'application/octet-stream',
		buffer: (await import('node:fs')).readFileSync(file)
	});
	// The workbook bears the open scenario's name (the plan's working copy, which took the edit): keep both.
	await page.getByTestId('name-clash').getByRole('button', { name: '保留两份' }).click();
	await expect(page.getByRole('dialog')).toContainText('文件包含全部参数');
	await expect(kpi(page, 'outlay3')).toHaveText(figure!);
	await cell(page, 'basic_subsidy_y3').dblclick();
	await expect(page.locator('.editor')).toHaveValue('=basic_subsidy_y1');
});

test('without IndexedDB (a private window) the planner is told, and can still edit and export', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await openWorkbench(page);
	await expect(page.getByRole('alert').filter({ hasText: '不提供本地存储' })).toBeVisible();
	await cell(page, 'reward_fund_y1').click();
	await page.keyboard.type('200');
	await page.keyboard.press('Enter');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	const text = (await import('node:fs')).readFileSync(await (await download).path(), 'utf8');
	expect(JSON.parse(text).parameters.reward_fund.values).toEqual([200, 100, 100]);
});

test('a full disk is told plainly and the edit stays on screen', async ({ page }) => {
	await openWorkbench(page);
	// From now on every write fails as a full disk does.
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await cell(page, 'reward_fund_y1').click();
	await page.keyboard.type('200');
	await page.keyboard.press('Enter');
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await expect(page.getByRole('alert').filter({ hasText: '存储空间已满' })).toBeVisible();
});

test('a scenario file dropped onto the page is imported with its report', async ({ page }) => {
	await openWorkbench(page);
	const text = (await import('node:fs')).readFileSync('scenarios/faster-upgrade.json', 'utf8');
	const drop = await page.evaluateHandle((t) => {
		const dt = new DataTransfer();
		dt.items.add(new File([t], 'faster-upgrade.json', { type: 'application/json' }));
		return dt;
	}, text);
	await page.locator('main').dispatchEvent('drop', { dataTransfer: drop });
	await expect(page.getByRole('dialog')).toContainText('以下 53 个参数文件中没有，取规划值');
	await expect(page.getByRole('combobox', { name: '情景' })).toContainText('加快提档');
	await expect(kpi(page, 'outlay3')).toContainText('3,872.468');
});
