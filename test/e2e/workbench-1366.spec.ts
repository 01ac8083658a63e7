/**
 * The workbench on the bureau's laptops (1366×768): at least twice the ~11 parameter rows the
 * grid used to show, the targets strip on the first screen, and KPI cards that say their change from the plan
 * and name the targets missed. Screenshots for the README at 1366×768 and 1920×1080, zh and en.
 */
import { expect, test, type Page } from '@playwright/test';
import { kpi, openWorkbench, shotPath } from './helpers';
import { edit } from './screens';

/** Parameter rows wholly inside both the grid's scroll box and the window. */
const rowsVisible = (page: Page) =>
	page.evaluate(() => {
		const box = document.querySelector('.gridwrap')!.getBoundingClientRect();
		const bottom = Math.min(box.bottom, window.innerHeight);
		return [...document.querySelectorAll('.gridwrap [role="row"][data-key]')].filter((el) => {
			const b = el.getBoundingClientRect();
			return b.top >= box.top && b.bottom <= bottom;
		}).length;
	});
const inViewport = (page: Page, sel: string) =>
	page.locator(sel).evaluate((el) => {
		const b = el.getBoundingClientRect();
		return b.top >= 0 && b.bottom <= window.innerHeight && b.right <= window.innerWidth;
	});

test.use({ viewport: { width: 1366, height: 768 } });

test('at 1366×768 the grid shows at least 22 parameter rows and the targets strip is on the first screen', async ({
	page
}) => {
	await openWorkbench(page);
	expect(await rowsVisible(page)).toBeGreaterThanOrEqual(22);
	expect(await inViewport(page, 'table.targets')).toBe(true);
	for (const id of ['outlay3', 'outlay3-noreward', 'outlay-y1', 'outlay-y2', 'outlay-y3', 'targets'])
		expect(await inViewport(page, `[data-kpi="${id}"]`), id).toBe(true);
});

test('the KPI cards say the change from the plan and name the targets missed', async ({ page }) => {
	await openWorkbench(page);
	await expect(page.locator('[data-delta="outlay3"]')).toHaveText('与规划原文相同');
	await expect(page.locator('[data-missed]')).toHaveText(
		'未达成：2023 年 达标率、满意度；2024 年 达标率、满意度、物业覆盖率'
	);
	// 860.79 万 m² × 0.05 元/m²/月 × 12 more in year 2.
	await edit(page, 'basic_subsidy_y2', '0.1');
	await expect(kpi(page, 'outlay3')).toContainText('4,079.058');
	await expect(page.locator('[data-delta="outlay3"]')).toHaveText('较规划原文 +516.474 万元');
	await expect(page.locator('[data-delta="outlay-y2"]')).toHaveText('较规划原文 +516.474 万元');
	await expect(page.locator('[data-delta="outlay-y1"]')).toHaveText('与规划原文相同');
	// Basic firms now cover their cost in 2023: that year's standard and satisfaction targets are met.
	await expect(page.locator('[data-delta="targets"]')).toHaveText('较规划原文 +2 项');
	await page.locator('header button.lang').click();
	await expect(page.locator('[data-delta="outlay3"]')).toHaveText('vs the plan +516.474 万元');
	await expect(page.locator('[data-missed]')).toHaveText('Missed: 2024 Standard rate, Satisfaction, Coverage');
});

test('a baseline picked from the library is used and remembered across a reload', async ({ page }) => {
	await openWorkbench(page);
	await page.getByTestId('import-input').setInputFiles('scenarios/subsidy-held.json');
	const report = page.getByRole('dialog', { name: /subsidy-held\.json/ });
	await report.getByRole('button').click();
	const picker = page.locator('select[data-baseline]');
	const held = await picker.locator('option', { hasText: '补贴不退坡' }).getAttribute('value');
	await picker.selectOption(held!);
	// The import is the open scenario: against itself, nothing changed; the plan costs 1,631.292 万元 less.
	await expect(page.locator('[data-delta="outlay3"]')).toHaveText('与“补贴不退坡 Subsidies held at year-1 rates”相同');
	await page.reload();
	await expect(picker).toHaveValue(held!, { timeout: 20_000 });
	await expect(page.locator('[data-delta="outlay3"]')).toHaveText('与“补贴不退坡 Subsidies held at year-1 rates”相同');
	await picker.selectOption('plan');
	await expect(page.locator('[data-delta="outlay3"]')).toHaveText('较规划原文 +1,631.292 万元');
});

for (const [w, h] of [
	[1366, 768],
	[1920, 1080]
])
	for (const lang of ['zh', 'en'] as const)
		test(`screenshot of the workbench at ${w}×${h}, ${lang} (docs/)`, async ({ page }) => {
			await page.setViewportSize({ width: w, height: h });
			await openWorkbench(page, lang);
			await edit(page, 'basic_subsidy_y2', '0.1');
			await page.waitForSelector('[data-chart="outlay"] canvas');
			await page.waitForTimeout(800);
			await page.screenshot({ path: shotPath(`workbench-${lang}-${w}.png`) });
		});
