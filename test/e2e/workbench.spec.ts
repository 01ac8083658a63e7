import { expect, test } from '@playwright/test';
import { cell, formulaBar, kpi, nameBox, openWorkbench, revision, settled } from './helpers';

test('a new user sees the plan scenario\u2019s figures, with their sources', async ({ page }) => {
	await openWorkbench(page);
	await expect(kpi(page, 'outlay3-noreward')).toContainText('3,262.584');
	await expect(kpi(page, 'outlay-y1')).toContainText('1,731.292');
	await expect(kpi(page, 'outlay-y2')).toContainText('915.646');
	await expect(page.getByRole('grid')).toBeVisible();
	await expect(cell(page, 'basic_subsidy_y1')).toHaveText('0.1');
	await expect(page.locator('[data-key="basic_subsidy"] .clause')).toHaveText('§七');
	await expect(page.locator('[data-key="basic_collection"] .tag')).toHaveText('示例假设');
	// The plan misses the 2023–2024 standard and satisfaction targets and 2024 coverage (docs/model.md, the plan-as-written check).
	await expect(kpi(page, 'targets')).toHaveText('5 / 10');
	await expect(page.locator('[data-target="coverage"] td').nth(2)).toContainText('✗');
});

test('typing into the year-2 basic subsidy cell changes the KPIs and the charts', async ({ page }) => {
	await openWorkbench(page);
	const chart = page.locator('[data-chart="outlay"] canvas');
	const before = await chart.screenshot();
	await cell(page, 'basic_subsidy_y2').click();
	const r = await revision(page);
	await page.keyboard.type('0.1');
	await page.keyboard.press('Enter');
	await settled(page, r);
	// 860.79 万 m² × 0.05 × 12 more in year 2: 3562.584 + 516.474.
	await expect(kpi(page, 'outlay3')).toContainText('4,079.058');
	await expect(kpi(page, 'outlay-y2')).toContainText('1,432.12');
	await expect(nameBox(page)).toHaveValue('self_subsidy_y2'); // Enter commits and moves down, as in Excel
	await expect.poll(async () => Buffer.compare(await chart.screenshot(), before)).not.toBe(0);
	// The changed plan figure now reads as an assumption, not as the plan's.
	await expect(page.locator('[data-key="basic_subsidy"] .tag')).toHaveText('假设');
});

test('the Name box jumps to a cell and the formula bar edits it', async ({ page }) => {
	await openWorkbench(page);
	await nameBox(page).fill('basic_subsidy_y2');
	await nameBox(page).press('Enter');
	await expect(cell(page, 'basic_subsidy_y2')).toHaveAttribute('aria-selected', 'true');
	await expect(formulaBar(page)).toHaveValue('0.05');
	const r = await revision(page);
	await formulaBar(page).fill('0.08');
	await formulaBar(page).press('Enter');
	await settled(page, r);
	// +0.03 × 860.79 × 12 = +309.8844
	await expect(kpi(page, 'outlay3')).toContainText('3,872.468');
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.08');
});

test('a formula that uses another parameter shows its value and moves with it', async ({ page }) => {
	await openWorkbench(page);
	await nameBox(page).fill('basic_subsidy_y3');
	await nameBox(page).press('Enter');
	let r = await revision(page);
	await formulaBar(page).fill('=basic_subsidy_y1*2');
	await formulaBar(page).press('Enter');
	await settled(page, r);
	await expect(cell(page, 'basic_subsidy_y3')).toHaveText('0.2');
	await expect(cell(page, 'basic_subsidy_y3')).toHaveClass(/formula/);
	await cell(page, 'basic_subsidy_y1').click();
	r = await revision(page);
	await page.keyboard.type('0.15');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(cell(page, 'basic_subsidy_y3')).toHaveText('0.3');
	await cell(page, 'basic_subsidy_y1').click();
	await expect(page.locator('.info .meta')).toContainText('被引用: basic_subsidy_y3');
});

test('an error is shown in the cell, explained, and the results keep the last valid projection', async ({ page }) => {
	await openWorkbench(page);
	await nameBox(page).fill('quasi_subsidy_y2');
	await nameBox(page).press('Enter');
	const r = await revision(page);
	await formulaBar(page).fill('=quasi_subsidy_y1/0');
	await formulaBar(page).press('Enter');
	await settled(page, r);
	await expect(cell(page, 'quasi_subsidy_y2')).toHaveText('#DIV/0!');
	await expect(page.getByRole('status')).toContainText('quasi_subsidy_y2');
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584'); // last valid, greyed
	await cell(page, 'quasi_subsidy_y2').click();
	await expect(page.getByRole('alert').filter({ hasText: '除以零' })).toBeVisible();
	// Out of range: a collection rate of 150 %.
	await nameBox(page).fill('basic_collection_y1');
	await nameBox(page).press('Enter');
	await formulaBar(page).fill('150%');
	await formulaBar(page).press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: '超出有效范围' })).toContainText('0–100 %');
});

test('undo and redo from the keyboard', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'reward_fund_y1').click();
	let r = await revision(page);
	await page.keyboard.type('200');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	r = await revision(page);
	await page.keyboard.press('Control+z');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
	await expect(cell(page, 'reward_fund_y1')).toHaveText('100');
	r = await revision(page);
	await page.keyboard.press('Control+y');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	r = await revision(page);
	await page.keyboard.press('Control+Shift+Z'); // nothing left to redo: unchanged
	await page.keyboard.press('Control+z');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
});

test('a block pasted from a spreadsheet fills the cells and undoes in one step', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'quasi_subsidy_y1').click();
	const r = await revision(page);
	// What Excel and WPS put on the clipboard: tab-separated, CRLF rows, a trailing line break.
	await page.getByRole('grid').evaluate((grid) => {
		const dt = new DataTransfer();
		dt.setData('text/plain', '0.2\t0.2\t0.2\r\n0.1\t0.1\t0.1\r\n');
		grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
	});
	await settled(page, r);
	await expect(cell(page, 'quasi_subsidy_y3')).toHaveText('0.2');
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.1');
	// Held at year-1 rates: the subsidy-held scenario's 5193.876.
	await expect(kpi(page, 'outlay3')).toContainText('5,193.876');
	const r2 = await revision(page);
	await page.keyboard.press('Control+z');
	await settled(page, r2);
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
	await expect(cell(page, 'quasi_subsidy_y3')).toHaveText('0.1');
});

test('keyboard: arrows, F2, Escape, Tab and Delete behave as in a spreadsheet', async ({ page }) => {
	await openWorkbench(page);
	await cell(page, 'target_coverage_y3').click();
	await page.keyboard.press('ArrowLeft');
	await expect(nameBox(page)).toHaveValue('target_coverage_y2');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('F2');
	await page.keyboard.type('9');
	await page.keyboard.press('Escape');
	await expect(cell(page, 'target_coverage_y3')).toHaveText('100 %');
	const r = await revision(page);
	await page.keyboard.press('Delete');
	await settled(page, r);
	await expect(cell(page, 'target_coverage_y3')).toHaveText('');
	await expect(page.locator('[data-target="coverage"] td').nth(2)).toContainText('无目标');
	await cell(page, 'basic_area').click();
	await page.keyboard.press('Delete');
	await expect(page.getByRole('alert').filter({ hasText: '只有目标可以留空' })).toBeVisible();
	// The refusal leaves the cell selected; in a one-value row Tab and Shift+Tab move down and up, as in a form.
	await expect(nameBox(page)).toHaveValue('basic_area');
	await expect(cell(page, 'basic_area')).not.toHaveText('');
	await page.keyboard.press('Shift+Tab');
	await expect(nameBox(page)).toHaveValue('quasi_area');
	await page.keyboard.press('Tab');
	await expect(nameBox(page)).toHaveValue('basic_area');
});

test('switching language changes labels and number formats', async ({ page }) => {
	await openWorkbench(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/情景工作台/);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/scenario workbench/);
	await expect(page.locator('[data-kpi="outlay3"] span')).toHaveText('Three-year outlay (with reward fund)');
	await expect(page.locator('[data-key="basic_collection"] .tag')).toHaveText('illustrative');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/scenario workbench/);
});

test('the yearly results table exports as CSV that Excel and WPS open in Chinese', async ({ page }) => {
	await openWorkbench(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 CSV' }).click();
	const text = (await import('node:fs')).readFileSync(await (await download).path(), 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff); // the BOM that tells Excel and WPS it is UTF-8
	const lines = text.slice(1).split('\r\n');
	expect(lines[0]).toBe('项目,单位,来源,2022-01~2022-12,2023-01~2023-12,2024-01~2024-12');
	expect(lines.find((l) => l.startsWith('区财政支出'))).toMatch(
		/^区财政支出,万元,模型说明,1731.29\d*,915.64\d*,915.64\d*$/
	);
});
