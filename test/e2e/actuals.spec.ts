/**
 * The review tab's actuals (issue 15 items 1 and 2), in the browser: the horizon changed on the workbench and
 * undone; actuals for 2022–2024 typed and pasted into the actuals grid, kept over a reload; a file imported;
 * a bad file refused with its message and nothing changed. Screenshots of the actuals entry, zh and en.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cell, openWorkbench, revision, settled, shotPath } from './helpers';

const grid = (page: Page) => page.getByRole('grid', { name: /实际值|Actuals/ });
const actual = (page: Page, field: string, year: number) =>
	page.locator(`td[data-field="${field}"][data-year="${year}"]`);
const entry = (page: Page) => page.getByRole('region', { name: /实际完成情况|Actuals/ });
const horizon = (page: Page) => page.getByRole('form', { name: '规划期' });
const openReview = (page: Page, lang: 'zh' | 'en' = 'zh') =>
	page.getByRole('tab', { name: lang === 'zh' ? '回头看' : 'Review', exact: true }).click();
const stored = (page: Page) =>
	page.evaluate(() => (window as unknown as { __wb: { doc: { actuals?: unknown } } }).__wb.doc.actuals ?? null);

async function typeInto(page: Page, field: string, year: number, text: string) {
	await actual(page, field, year).click();
	const r = await revision(page);
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
	await settled(page, r);
}

/** A paste as Excel puts it on the clipboard, dispatched to the focused grid. */
async function paste(page: Page, text: string) {
	await page.evaluate((t) => {
		const data = new DataTransfer();
		data.setData('text/plain', t);
		document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
	}, text);
}

test('the horizon goes from 3 to 5 years on the workbench, keeps every cell, and undo brings back 3', async ({
	page
}) => {
	await openWorkbench(page);
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584');
	const before = await page.evaluate(() =>
		JSON.stringify((window as unknown as { __wb: { cells: object } }).__wb.cells)
	);
	let r = await revision(page);
	await horizon(page).getByRole('combobox', { name: '年数' }).selectOption('5');
	await horizon(page).getByRole('button', { name: '应用' }).click();
	await settled(page, r);
	await expect(cell(page, 'basic_fee_y5')).toBeVisible();
	await expect(cell(page, 'basic_subsidy_y5')).toHaveText(/^\s*0$/);
	const after = await page.evaluate(
		() => (window as unknown as { __wb: { cells: Record<string, unknown> } }).__wb.cells
	);
	for (const [k, v] of Object.entries(JSON.parse(before))) expect(after[k], k).toEqual(v);
	await expect(horizon(page).getByRole('combobox', { name: '年数' })).toHaveValue('5');

	r = await revision(page);
	await page.getByRole('button', { name: /撤销/ }).first().click();
	await settled(page, r);
	await expect(cell(page, 'basic_fee_y4')).toHaveCount(0);
	await expect(horizon(page).getByRole('combobox', { name: '年数' })).toHaveValue('3');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584');
	const undone = await page.evaluate(() =>
		JSON.stringify((window as unknown as { __wb: { cells: object } }).__wb.cells)
	);
	expect(undone).toBe(before);

	// Removing years asks first, naming them; "cancel" changes nothing.
	let asked = '';
	page.once('dialog', (d) => ((asked = d.message()), void d.dismiss()));
	await horizon(page).getByRole('combobox', { name: '年数' }).selectOption('2');
	await horizon(page).getByRole('button', { name: '应用' }).click();
	await expect.poll(() => asked).toContain('第 3 至 3 年（2024-01至2024-12）');
	await expect(cell(page, 'basic_fee_y3')).toBeVisible();
	await expect(horizon(page).getByRole('combobox', { name: '年数' })).toHaveValue('3');

	// The start month moves the calendar of every year; the cells stay.
	r = await revision(page);
	await horizon(page).getByRole('textbox', { name: '起始月份' }).fill('2025-07');
	await horizon(page).getByRole('button', { name: '应用' }).click();
	await settled(page, r);
	await expect(page.getByRole('grid')).toContainText(/2025-07\s*–\s*2026-06/);
	expect(await page.evaluate(() => JSON.stringify((window as unknown as { __wb: { cells: object } }).__wb.cells))).toBe(
		before
	);
});

test('actuals for 2022–2024 typed and pasted into the grid are kept over a reload', async ({ page }) => {
	await openWorkbench(page);
	await openReview(page);
	await expect(grid(page)).toBeVisible();
	await expect(grid(page).getByRole('columnheader')).toContainText([
		'指标',
		'单位',
		'第1年 2022',
		'第2年 2023',
		'第3年 2024'
	]);

	await typeInto(page, 'outlay', 1, '1180.5');
	// Tab moves along the year; a rate typed 86 is 86 %.
	await actual(page, 'coverage', 1).click();
	let r = await revision(page);
	await page.keyboard.type('86');
	await page.keyboard.press('Tab');
	await settled(page, r);
	r = await revision(page);
	await page.keyboard.type('0.9');
	await page.keyboard.press('Tab');
	await settled(page, r);
	r = await revision(page);
	await page.keyboard.type('95%');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(actual(page, 'coverage', 1)).toHaveText('86%');
	await expect(actual(page, 'coverage', 3)).toHaveText('95%');

	// A row pasted from Excel: one undo step.
	await actual(page, 'committees', 1).click();
	r = await revision(page);
	await paste(page, '150\t180\t230\r\n');
	await settled(page, r);
	await expect(actual(page, 'committees', 3)).toHaveText('230');

	// A bad value is refused, naming field and year; nothing changes.
	await actual(page, 'standard', 2).click();
	await page.keyboard.type('400');
	await page.keyboard.press('Enter');
	await expect(entry(page).getByRole('alert')).toContainText(
		'达标小区数（年末）（standard），第2年（2023-01至2023-12）：400 多于四类小区合计 316 个'
	);
	await expect(actual(page, 'standard', 2)).toHaveText('');

	// Ctrl+Z undoes the paste only.
	await grid(page).focus();
	r = await revision(page);
	await page.keyboard.press('Control+z');
	await settled(page, r);
	await expect(actual(page, 'committees', 3)).toHaveText('');
	await expect(actual(page, 'coverage', 3)).toHaveText('95%');
	r = await revision(page);
	await page.keyboard.press('Control+y');
	await settled(page, r);

	const kept = {
		outlay: [1180.5, null, null],
		coverage: [0.86, 0.9, 0.95],
		committees: [150, 180, 230]
	};
	await expect.poll(() => stored(page)).toEqual(kept);
	await page.waitForFunction(() => (window as unknown as { __lib: { saveState: string } }).__lib.saveState === 'saved');
	await page.reload();
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584', { timeout: 20_000 });
	await openReview(page);
	await expect(actual(page, 'outlay', 1)).toHaveText('1180.5');
	await expect(actual(page, 'coverage', 2)).toHaveText('90%');
	await expect(actual(page, 'committees', 3)).toHaveText('230');
	expect(await stored(page)).toEqual(kept);
});

test('the actuals grid pastes as the main grid does: one value fills a block, a block tiles, a cut moves, a misfit is refused', async ({
	page
}) => {
	await openWorkbench(page);
	await openReview(page);
	// One value into a 2 × 3 block (selected from its bottom-right corner): every cell, nothing else.
	await actual(page, 'standard', 3).click();
	await page.keyboard.press('Shift+ArrowUp');
	await page.keyboard.press('Shift+ArrowLeft');
	await page.keyboard.press('Shift+ArrowLeft');
	let r = await revision(page);
	await paste(page, '200');
	await settled(page, r);
	const after = (await stored(page)) as Record<string, (number | null)[]>;
	expect(after.committees).toEqual([200, 200, 200]);
	expect(after.standard).toEqual([200, 200, 200]);
	expect(Object.keys(after).sort()).toEqual(['committees', 'standard']);

	// A 1 × 2 block into a 1 × 3 selection: refused, saying why; nothing changes.
	await actual(page, 'committees', 1).click();
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Shift+ArrowRight');
	await paste(page, '150\t180');
	await expect(entry(page).getByRole('alert')).toContainText('不是它的整数倍');
	expect(await stored(page)).toEqual(after);

	// Cut committees 2022–2023 and paste what was cut at 2023 of the outlay: moved, the cut cells emptied. The
	// clipboard carries the cut's own payload, as the browser's does; a paste of anything else is not the cut's
	// move (as in the main grid).
	await actual(page, 'committees', 1).click();
	await page.keyboard.press('Shift+ArrowRight');
	await page.evaluate(() => {
		const data = new DataTransfer();
		document.activeElement!.dispatchEvent(new ClipboardEvent('cut', { clipboardData: data, bubbles: true }));
		(window as unknown as { __cut: DataTransfer }).__cut = data;
	});
	const copied = await page.evaluate(() => (window as unknown as { __cut: DataTransfer }).__cut.getData('text/plain'));
	expect(copied).toMatch(/^200\t200\r?\n?$/);
	await actual(page, 'outlay', 2).click();
	r = await revision(page);
	await page.evaluate(() => {
		const data = (window as unknown as { __cut: DataTransfer }).__cut;
		document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
	});
	await settled(page, r);
	await expect
		.poll(() => stored(page))
		.toEqual({ committees: [null, null, 200], standard: [200, 200, 200], outlay: [null, 200, 200] });
	await expect(actual(page, 'outlay', 3)).toHaveText('200');
	await expect(actual(page, 'committees', 1)).toHaveText('');
	await expect(actual(page, 'committees', 2)).toHaveText('');
});

test('an actual composed with a Chinese input method lands in the selected cell; its Enter picks, the next commits', async ({
	page
}) => {
	await openWorkbench(page);
	await openReview(page);
	const cdp = await page.context().newCDPSession(page);
	const compose = (text: string) =>
		cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
	await actual(page, 'committees', 2).click();
	await compose('２');
	await expect(actual(page, 'committees', 2).locator('input')).toHaveValue('２');
	await compose('２１５');
	await page.keyboard.press('Enter'); // the input method's Enter while composing: not a commit
	await expect(actual(page, 'committees', 2).locator('input')).toBeVisible();
	await cdp.send('Input.insertText', { text: '２１５' });
	const r = await revision(page);
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(actual(page, 'committees', 2)).toHaveText('215');
	expect(await stored(page)).toEqual({ committees: [null, 215, null] });
	// The keyboard stays in the grid: the next key types into the cell below.
	await page.keyboard.type('7');
	await expect(page.locator('td.active input')).toHaveValue('7');
});

test('actuals imported from a file; a bad file is refused with its message and nothing changes', async ({
	page
}, info) => {
	await openWorkbench(page);
	await openReview(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载模板（CSV）' }).click();
	const file = await (await download).path();
	const template = readFileSync(file, 'utf8');
	expect(template.startsWith('\uFEFF字段,指标,单位,2022,2023,2024\r\noutlay,区级财政支出合计,万元,,,')).toBe(true);

	// Filled as a planner would in Excel: outlay for the three years, satisfaction in percent.
	const good = template
		.replace('outlay,区级财政支出合计,万元,,,', 'outlay,区级财政支出合计,万元,1200,1150.25,990')
		.replace(
			/satisfaction,居民满意度（年末，面积加权）,%,,,/,
			'satisfaction,居民满意度（年末，面积加权）,%,81,84%,0.9'
		);
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: '从 CSV/XLSX 导入…' }).click();
	let r = await revision(page);
	await (await chooser).setFiles({ name: '实际值.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
	await settled(page, r);
	await expect(entry(page).getByRole('status')).toContainText('已从 实际值.csv 导入 6 个实际值。');
	await expect(actual(page, 'outlay', 2)).toHaveText('1150.25');
	await expect(actual(page, 'satisfaction', 3)).toHaveText('90%');
	const kept = await stored(page);

	const bad = good.replace('outlay,区级财政支出合计,万元,1200,1150.25,990', 'outlay,区级财政支出合计,万元,1200,-5,990');
	const chooser2 = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: '从 CSV/XLSX 导入…' }).click();
	await (await chooser2).setFiles({ name: '有误.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	const alert = entry(page).getByRole('alert');
	await expect(alert).toContainText('未导入 有误.csv，实际值未作任何更改');
	await expect(alert).toContainText('第 2 行：区级财政支出合计（outlay），第2年（2023-01至2023-12）：-5 为负数');
	await expect(actual(page, 'outlay', 2)).toHaveText('1150.25');
	expect(await stored(page)).toEqual(kept);

	// Screenshots of the actuals entry at 1366×768, Chinese and English.
	await page.setViewportSize({ width: 1366, height: 768 });
	await actual(page, 'committees', 1).click();
	r = await revision(page);
	await paste(page, '268\t290\t301\r\n');
	await settled(page, r);
	await page.screenshot({ path: shotPath('actuals-zh-1366.png') });
	await page.getByRole('button', { name: 'English' }).click();
	await expect(grid(page).getByRole('columnheader').nth(2)).toHaveText('Year 1 2022');
	await page.screenshot({ path: shotPath('actuals-en-1366.png') });
	info.annotations.push({ type: 'screenshots', description: 'docs/actuals-zh-1366.png, docs/actuals-en-1366.png' });
});
