/**
 * Guard rails on budget-sized slips (issue 21 item 3): 50 typed as a 元/m²/月 subsidy is kept but announced in a
 * line naming the outlay's change, with a one-click undo; a plausible edit says nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { cell, kpi, openWorkbench, revision, settled } from './helpers';

/** README screenshots at 1366×768, only when asked (SHOTS=1), so ordinary runs leave docs/ alone. */
async function shot(page: Page, name: string) {
	if (!process.env.SHOTS) return;
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.waitForTimeout(500);
	await page.screenshot({ path: `docs/${name}.png` });
}

async function type(page: Page, name: string, text: string) {
	await cell(page, name).click();
	const r = await revision(page);
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
	await settled(page, r);
}

// Worked by hand: basic area 860.79 万 m² (§二) × (50 − 0.05) 元/m²/月 × 12 months more in 2023 (plan year 2).
const PLAN = 3562.584;
const SLIP = PLAN + 860.79 * (50 - 0.05) * 12;
const grouped = (x: number, d: number) =>
	x.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });

test('50 as a 2023 basic subsidy: kept, announced with the outlay’s factor, undone in one click', async ({ page }) => {
	await openWorkbench(page);
	await type(page, 'basic_subsidy_y2', '50');
	// The value is kept: the outlay is the slip's.
	await expect(kpi(page, 'outlay3')).toContainText(grouped(SLIP, 3));
	const line = page.getByTestId('guard-line');
	await expect(line).toBeVisible();
	const ratio = Math.round(SLIP / PLAN);
	await expect(line).toContainText(
		`三年支出将变为原来的 ${ratio} 倍（${grouped(PLAN, 0)} → ${grouped(SLIP, 0)} 万元）`
	);
	// The plan's largest subsidy is 0.2 (quasi, 2022, §七): the band reaches 3 × 0.2.
	await expect(line).toContainText('基础物业补贴（2023 年）为 50 元/m²/月，超出合理范围 0–0.6 元/m²/月');
	await shot(page, 'guard-line-zh');
	await page.locator('header button.lang').click();
	await expect(line).toContainText(`three-year outlay becomes ${ratio} times what it was`);
	await shot(page, 'guard-line-en');
	await page.locator('header button.lang').click();

	const r = await revision(page);
	await line.getByRole('button', { name: '撤销这次修改' }).click();
	await settled(page, r);
	await expect(line).toBeHidden();
	await expect(kpi(page, 'outlay3')).toContainText(grouped(PLAN, 3));
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.05');
	// Undo is not announced as a fall to 1/146.
	await page.waitForTimeout(300);
	await expect(line).toBeHidden();
});

test('a plausible edit is not announced; the area typed 100 times too large is', async ({ page }) => {
	await openWorkbench(page);
	await type(page, 'basic_subsidy_y2', '0.1');
	await expect(kpi(page, 'outlay3')).toContainText('4,079.058');
	await expect(page.getByTestId('guard-line')).toBeHidden();
	// 860.79 万 m² (§二) typed as 86079: held against the same tier's figure, 3 × 860.79 = 2,582.37.
	await type(page, 'basic_area', '86079');
	const line = page.getByTestId('guard-line');
	await expect(line).toContainText('基础物业面积为 86,079 万 m²，超出合理范围 0–2,582.37 万 m²');
	await expect(line).toContainText('三年支出将变为原来的');
	await line.getByRole('button', { name: '数值无误' }).click();
	await expect(line).toBeHidden();
	await expect(cell(page, 'basic_area')).toHaveText('86,079');
});
