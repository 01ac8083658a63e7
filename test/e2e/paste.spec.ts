/**
 * Copy, cut and paste in the grid as a planner does it: cells picked with the mouse (Shift+click extends), the
 * clipboard through real Ctrl+C / Ctrl+X / Ctrl+V key presses (Chromium's own clipboard; the copy event writes
 * TSV and the workbench's private cells). After each paste: exactly which cells changed, and the outlay.
 */
import { expect, test, type Page } from '@playwright/test';
import { cell, kpi, openWorkbench, revision, settled } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PLAN_OUTLAY = '3,562.584';

/** Every cell's shown text, by name: to see exactly what a paste changed. */
const cellTexts = (page: Page) =>
	page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('[role="gridcell"][id^="cell-"]')].map((el) => [
				el.id.slice(5),
				el.textContent!.trim()
			])
		)
	);
function changed(before: Record<string, string>, after: Record<string, string>) {
	return Object.keys(after).filter((k) => after[k] !== before[k]);
}
/** Selects from one cell to another with the mouse, as a user does: click, then Shift+click. */
async function selectBlock(page: Page, from: string, to: string) {
	await cell(page, from).click();
	if (to !== from) await cell(page, to).click({ modifiers: ['Shift'] });
}
async function copy(page: Page, from: string, to: string, key = 'Control+c') {
	await selectBlock(page, from, to);
	await page.keyboard.press(key);
}
async function paste(page: Page) {
	const r = await revision(page);
	await page.keyboard.press('Control+v');
	await settled(page, r);
}
const notice = (page: Page) => page.getByRole('alert');

test.describe('paste as in Excel and WPS', () => {
	test('issue 11: the two year-1 subsidies into years 2–3, selected from the bottom-right, change only those four cells', async ({
		page
	}) => {
		await openWorkbench(page);
		await copy(page, 'quasi_subsidy_y1', 'basic_subsidy_y1');
		const before = await cellTexts(page);
		await selectBlock(page, 'basic_subsidy_y3', 'quasi_subsidy_y2'); // from the bottom-right corner
		await paste(page);
		const after = await cellTexts(page);
		expect(changed(before, after).sort()).toEqual(
			['basic_subsidy_y2', 'basic_subsidy_y3', 'quasi_subsidy_y2', 'quasi_subsidy_y3'].sort()
		);
		expect([after.quasi_subsidy_y2, after.quasi_subsidy_y3, after.basic_subsidy_y2, after.basic_subsidy_y3]).toEqual([
			'0.2',
			'0.2',
			'0.1',
			'0.1'
		]);
		// Subsidies held at year 1 for three years: (249.31 × 0.2 + 860.79 × 0.1) × 12 = 1631.292 万元 a year,
		// × 3 = 4893.876, plus the reward fund 3 × 100 = 5193.876 万元 (the plan's areas, §二/§七).
		await expect(kpi(page, 'outlay3')).toContainText('5,193.876');

		// Ctrl+Z undoes the whole paste in one step.
		const r = await revision(page);
		await page.keyboard.press('Control+z');
		await settled(page, r);
		expect(changed(before, await cellTexts(page))).toEqual([]);
		await expect(kpi(page, 'outlay3')).toContainText(PLAN_OUTLAY);
	});

	test('the same block selected from the top-left corner gives the same four cells and figure', async ({ page }) => {
		await openWorkbench(page);
		await copy(page, 'quasi_subsidy_y1', 'basic_subsidy_y1');
		const before = await cellTexts(page);
		await selectBlock(page, 'quasi_subsidy_y2', 'basic_subsidy_y3');
		await paste(page);
		expect(changed(before, await cellTexts(page)).sort()).toEqual(
			['basic_subsidy_y2', 'basic_subsidy_y3', 'quasi_subsidy_y2', 'quasi_subsidy_y3'].sort()
		);
		await expect(kpi(page, 'outlay3')).toContainText('5,193.876');
	});

	test('a copied row tiles a block that is a whole multiple of it', async ({ page }) => {
		await openWorkbench(page);
		await copy(page, 'quasi_subsidy_y1', 'quasi_subsidy_y2'); // 0.2, 0.1
		const before = await cellTexts(page);
		await selectBlock(page, 'basic_subsidy_y2', 'quasi_subsidy_y1'); // 2 × 2: the row twice
		await paste(page);
		const after = await cellTexts(page);
		// The quasi row already holds 0.2, 0.1; basic becomes 0.2, 0.1 (was 0.1, 0.05); year 3 untouched.
		expect(changed(before, after).sort()).toEqual(['basic_subsidy_y1', 'basic_subsidy_y2']);
		expect([after.basic_subsidy_y1, after.basic_subsidy_y2, after.basic_subsidy_y3]).toEqual(['0.2', '0.1', '0.05']);
		// 860.79 万 m² × 12 × (0.1 more in year 1 + 0.05 more in year 2) = 1032.948 + 516.474 → 5112.006.
		await expect(kpi(page, 'outlay3')).toContainText('5,112.006');
	});

	test('one copied value fills the whole selected block', async ({ page }) => {
		await openWorkbench(page);
		await copy(page, 'quasi_subsidy_y1', 'quasi_subsidy_y1'); // 0.2
		const before = await cellTexts(page);
		await selectBlock(page, 'basic_subsidy_y1', 'basic_subsidy_y3');
		await paste(page);
		const after = await cellTexts(page);
		expect(changed(before, after).sort()).toEqual(['basic_subsidy_y1', 'basic_subsidy_y2', 'basic_subsidy_y3']);
		// 860.79 × 12 × (0.1 + 0.15 + 0.15) = 4131.792 more: 7694.376.
		await expect(kpi(page, 'outlay3')).toContainText('7,694.376');
	});

	test('a block that does not fit is refused with the reason, and nothing changes', async ({ page }) => {
		await openWorkbench(page);
		const before = await cellTexts(page);
		// A row of two years pasted at year 3 would run past the plan's last year.
		await copy(page, 'quasi_subsidy_y1', 'quasi_subsidy_y2');
		await cell(page, 'basic_subsidy_y3').click();
		await page.keyboard.press('Control+v');
		await expect(notice(page)).toHaveText(
			'未粘贴：复制区域有 2 列，从 basic_subsidy_y3 开始会超出第 3 年（规划共 3 年）。'
		);
		// Years 2–3 of two subsidy rows, pasted at self_subsidy_y2: the scalar payout row has no year 2 or 3.
		await copy(page, 'quasi_subsidy_y2', 'basic_subsidy_y3');
		await cell(page, 'self_subsidy_y2').click();
		await page.keyboard.press('Control+v');
		await expect(notice(page)).toContainText('subsidy_payout 只有一个值（各年通用），粘贴会在第 2 年放入数值');
		// Two rows into three: not a whole multiple.
		await copy(page, 'quasi_subsidy_y1', 'basic_subsidy_y1');
		await selectBlock(page, 'quasi_subsidy_y2', 'self_subsidy_y3');
		await page.keyboard.press('Control+v');
		await expect(notice(page)).toContainText('复制区域为 2 行 × 1 列，所选区域为 3 行 × 2 列，不是它的整数倍');
		expect(changed(before, await cellTexts(page))).toEqual([]);
		await expect(kpi(page, 'outlay3')).toContainText(PLAN_OUTLAY);
		await expect(page.getByRole('button', { name: /撤销/ })).toBeDisabled(); // nothing to undo: nothing was done
	});

	test('in English the refusal reads in English', async ({ page }) => {
		await openWorkbench(page, 'en');
		await copy(page, 'quasi_subsidy_y1', 'quasi_subsidy_y2');
		await cell(page, 'basic_subsidy_y3').click();
		await page.keyboard.press('Control+v');
		await expect(notice(page)).toHaveText(
			'Nothing pasted: the copied block is 2 columns wide; from basic_subsidy_y3 it runs past year 3, the last plan year.'
		);
		await expect(kpi(page, 'outlay3')).toContainText(PLAN_OUTLAY);
	});
});

test.describe('cut moves, as in Excel', () => {
	test('Ctrl+X then Ctrl+V moves two targets one year on in one undo step', async ({ page }) => {
		await openWorkbench(page);
		const before = await cellTexts(page);
		await copy(page, 'target_committee_y1', 'target_committee_y2', 'Control+x');
		await expect(notice(page)).toContainText('已剪切 2 个单元格');
		await expect(cell(page, 'target_committee_y1')).toHaveClass(/cutsrc/);
		await cell(page, 'target_committee_y2').click();
		await paste(page);
		const after = await cellTexts(page);
		expect(changed(before, after).sort()).toEqual([
			'target_committee_y1',
			'target_committee_y2',
			'target_committee_y3'
		]);
		expect([after.target_committee_y1, after.target_committee_y2, after.target_committee_y3]).toEqual([
			'',
			before.target_committee_y1,
			before.target_committee_y2
		]);
		await expect(cell(page, 'target_committee_y1')).not.toHaveClass(/cutsrc/);
		await expect(kpi(page, 'outlay3')).toContainText(PLAN_OUTLAY); // targets cost nothing

		const r = await revision(page);
		await page.keyboard.press('Control+z');
		await settled(page, r);
		expect(changed(before, await cellTexts(page))).toEqual([]);
	});

	test('cells that need a number are copied, not cut, and the notice says so', async ({ page }) => {
		await openWorkbench(page);
		const before = await cellTexts(page);
		await copy(page, 'quasi_subsidy_y1', 'basic_subsidy_y1', 'Control+x');
		await expect(notice(page)).toContainText('已复制，未剪切：quasi_subsidy_y1、basic_subsidy_y1 不能留空');
		await selectBlock(page, 'quasi_subsidy_y2', 'basic_subsidy_y2');
		await paste(page);
		const after = await cellTexts(page);
		expect(changed(before, after).sort()).toEqual(['basic_subsidy_y2', 'quasi_subsidy_y2']);
		expect([after.quasi_subsidy_y1, after.basic_subsidy_y1]).toEqual(['0.2', '0.1']); // the originals stay
	});

	test('Esc cancels a pending cut: the next paste copies', async ({ page }) => {
		await openWorkbench(page);
		await copy(page, 'target_committee_y1', 'target_committee_y1', 'Control+x');
		await page.keyboard.press('Escape');
		await expect(cell(page, 'target_committee_y1')).not.toHaveClass(/cutsrc/);
		const before = await cellTexts(page);
		await cell(page, 'target_committee_y3').click();
		await paste(page);
		const after = await cellTexts(page);
		expect(changed(before, after)).toEqual(['target_committee_y3']);
		expect(after.target_committee_y1).toBe(before.target_committee_y1);
	});
});
