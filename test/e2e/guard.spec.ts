/**
 * Guard rails on budget-sized slips: 50 typed as a 元/m²/月 subsidy is kept but announced in a
 * line naming the outlay's change, with a one-click undo; a plausible edit says nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { registerCsv } from '../../src/lib/register/export';
import type { Compound } from '../../src/lib/register/types';
import type { WanM2 } from '../../src/lib/model/units';
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

// Ten compounds typed by hand (not the synthetic sample): 4 market, 3 quasi, 3 basic; 1–10 万 m² each.
const TIER = ['market', 'market', 'market', 'market', 'quasi', 'quasi', 'quasi', 'basic', 'basic', 'basic'] as const;
const TEN: Compound[] = TIER.map((tier, i) => ({
	name: `第${i + 1}小区`,
	street: '东河街道',
	community: '河东社区',
	tier,
	area: (i + 1) as WanM2,
	households: 100,
	committee: i < 5,
	standard: i < 6,
	enclosure: 'enclosed',
	row: i + 2
}));
const TEN_AREA = TEN.reduce((s, c) => s + c.area, 0); // 55
const PLAN_AREA = 1244.045 + 249.31 + 860.79 + 2.0515; // §二

async function importTen(page: Page) {
	await openWorkbench(page);
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await page
		.getByTestId('register-input')
		.setInputFiles({ name: '十个小区.csv', mimeType: 'text/csv', buffer: Buffer.from(registerCsv(TEN)) });
	await expect(page.getByTestId('register-count')).toHaveText('10');
}

test('a 10-row register asks before replacing the plan’s 316 compounds, with old → new and the outlay', async ({
	page
}) => {
	await importTen(page);
	await page.getByRole('button', { name: '应用到情景' }).click();
	const ask = page.getByTestId('register-ask');
	await expect(ask).toContainText(`小区 316 → 10 个，面积 ${grouped(PLAN_AREA, 4)} → ${grouped(TEN_AREA, 0)} 万 m²`);
	await expect(ask).toContainText(`三年支出 ${grouped(PLAN, 3)} → `);
	const said = /→ ([\d,.]+) 万元/.exec((await ask.textContent())!)![1];
	await shot(page, 'guard-register-zh');
	if (process.env.SHOTS) {
		await page.locator('header button.lang').click();
		await expect(ask).toContainText('This register moves the start state by 98 %: compounds 316 → 10');
		await shot(page, 'guard-register-en');
		await page.locator('header button.lang').click();
	}

	// "Don't apply": nothing changes.
	await ask.getByRole('button', { name: '不应用，保留现有数值' }).click();
	await expect(ask).toBeHidden();
	await page.getByRole('tab', { name: '工作台' }).click();
	await expect(cell(page, 'basic_compounds')).toHaveText('176');
	await expect(kpi(page, 'outlay3')).toContainText(grouped(PLAN, 3));

	// "Apply anyway": the workbench's own evaluation gives the outlay the question named.
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await page.getByRole('button', { name: '应用到情景' }).click();
	await ask.getByRole('button', { name: '仍然应用' }).click();
	await page.getByRole('tab', { name: '工作台' }).click();
	await expect(cell(page, 'basic_compounds')).toHaveText('3');
	await expect(cell(page, 'basic_area')).toHaveText('27'); // 8 + 9 + 10
	await expect(kpi(page, 'outlay3')).toContainText(said);
});

test('the synthetic sample never replaces an imported register without asking', async ({ page }) => {
	await importTen(page);
	const sample = page.getByRole('button', { name: '生成示例登记册（合成数据）' });
	await sample.click();
	const ask = page.getByTestId('sample-ask');
	await expect(ask).toContainText('将替换已导入的登记册「十个小区.csv」（10 个小区）');
	await ask.getByRole('button', { name: '保留已导入的登记册' }).click();
	await expect(ask).toBeHidden();
	await expect(page.getByTestId('register-count')).toHaveText('10');
	await expect(page.getByTestId('register-synthetic')).toHaveCount(0);

	await sample.click();
	await ask.getByRole('button', { name: '仍然生成示例' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('316');
	await expect(page.getByTestId('register-synthetic')).toBeVisible();
	// Over a sample, another sample goes straight in: nothing imported is lost.
	await sample.click();
	await expect(ask).toBeHidden();
});
