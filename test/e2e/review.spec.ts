/**
 * The review (回头看, issue 15 items 3–5) in the browser: a scenario with actuals for 2022–2024 shows plan, model
 * and actual side by side with the differences, the target table says met / missed on the actuals, the
 * re-forecast starts after the last year with actuals, and the 2025–2027 plan made from the end of the plan
 * scenario opens on the workbench with the parent's end state as its start state.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { englishRuns } from './english-prose';
import { cell, openWorkbench, shotPath } from './helpers';

const FIXTURE = 'test/e2e/fixtures/plan-with-actuals.json';
// By hand (§七): quasi 249.31 万 m² × 0.1 元 × 12 + basic 860.79 × 0.05 × 12 + the 100 万元 reward fund.
const OUTLAY_2023 = 249.31 * 0.1 * 12 + 860.79 * 0.05 * 12 + 100;

async function importFile(page: Page, name: string, text: string) {
	await page
		.getByTestId('import-input')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.locator('.scenario')).toHaveText(JSON.parse(text).name);
}
const reviewTab = (page: Page) => page.getByRole('tab', { name: '回头看' });
const figure = (page: Page, field: string, row: string, col: number) =>
	page.locator(`tbody[data-field="${field}"] tr[data-row="${row}"] td`).nth(col);

test('plan, model and actual side by side, the targets on the actuals, and the next plan from the end', async ({
	page
}) => {
	await openWorkbench(page, 'zh');
	await importFile(page, 'plan-with-actuals.json', readFileSync(FIXTURE, 'utf8'));

	// The target table: 218 committees of 316 are 68.99 %, short of 2022's 70 % by 1.01 points.
	const committee2022 = page.locator('[data-target="committee"] [data-actual-year="1"]');
	await expect(committee2022).toHaveText(/实际\s*✗\s*69\.0 %，−1\.01 个百分点/);
	await expect(page.locator('[data-target="satisfaction"] [data-actual-year="1"]')).toHaveText(
		/实际\s*✓\s*83\.0 %，\+3\.00 个百分点/
	);

	await reviewTab(page).click();
	// The model's 2023 outlay, worked out by hand, beside the actual and their difference.
	await expect(figure(page, 'outlay', 'model', 1)).toHaveText(OUTLAY_2023.toFixed(3));
	await expect(figure(page, 'outlay', 'actual', 1)).toHaveText('880.300');
	const d = 880.3 - OUTLAY_2023;
	await expect(figure(page, 'outlay', 'vsModel', 1)).toHaveText(
		`−${Math.abs(d).toFixed(3)} (−${((100 * Math.abs(d)) / OUTLAY_2023).toFixed(1)} %)`
	);
	// The plan's stated subsidies (§七 合计), and the difference over the three years.
	await expect(figure(page, 'subsidy.total', 'plan', 3)).toHaveText('3,263.000');
	await expect(figure(page, 'subsidy.total', 'vsPlan', 3)).toHaveText('−89.200 (−2.7 %)');
	await expect(page.locator('tbody[data-field="subsidy.total"] tr[data-row="plan"] td.src')).toContainText('§七 合计');
	// Rates differ in percentage points.
	await expect(figure(page, 'satisfaction', 'vsPlan', 0)).toHaveText('+3.00 个百分点');
	await expect(page.locator('.headline')).toContainText('2024 年实际区财政支出比模型少 54.6 万元（−6.0 %）。');
	// All three years have actuals: nothing is left to re-forecast.
	await expect(page.locator('.reforecast')).toContainText('没有需要重新预测的年份');

	// The next plan: the parent's end state, as shown beside the button, becomes the new plan's start state.
	// Actuals run to 2024, so it starts from the re-forecast (the actual 262 committees, 250 at standard)
	// unless the planner takes the model's end state; the panel says which. The comparison counts compounds
	// whole (the model's fraction stays in the carried start state).
	const modelCommittees2024 = (await figure(page, 'committees', 'model', 2).textContent())!.trim();
	expect(modelCommittees2024).toMatch(/^\d+$/);
	const carried = page.getByTestId('end-state');
	await expect(carried.locator('[data-key="quasi_compounds"]')).toHaveText('37');
	await expect(page.getByTestId('next-start')).toContainText('按实际重新预测的期末状态');
	await expect(page.locator('b[data-key="committees_start"]')).toHaveText('262');
	await expect(page.locator('b[data-key="standard_start"]')).toHaveText('250');
	await page.getByLabel('模型预测的期末状态').check();
	await expect(page.getByTestId('next-start')).toContainText('模型预测的期末状态');
	await expect(page.locator('b[data-key="committees_start"]')).toHaveText(modelCommittees2024);
	await page.getByLabel('按实际重新预测的期末状态').check();
	const quasiSat = (await carried.locator('[data-key="quasi_satisfaction_start"]').textContent())!.trim();
	const standard = (await page.locator('b[data-key="standard_start"]').textContent())!.trim();
	await expect(page.getByLabel('规划年数')).toHaveValue('3');
	await page.getByRole('button', { name: '以本方案期末为起点新建规划' }).click();

	await expect(page.locator('.scenario')).toHaveText('2025–2027 年规划（接续“规划 2022–2024（含实际）”）');
	await expect(page.getByRole('tab', { name: '工作台' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('grid')).toContainText('2025-01 – 2025-12');
	await expect(page.getByRole('grid')).toContainText('2027-01 – 2027-12');
	await expect(cell(page, 'committees_start')).toHaveText('262');
	await expect(cell(page, 'standard_start')).toHaveText(standard);
	await expect(cell(page, 'quasi_satisfaction_start')).toHaveText(quasiSat);
	// Fees carried over; subsidies 0 until set.
	await expect(cell(page, 'basic_fee_y3')).toHaveText('0.3');
	await expect(cell(page, 'basic_subsidy_y1')).toHaveText('0');
});

test('the re-forecast from actuals for 2022–2023 starts in 2024 from the actual state', async ({ page }) => {
	await openWorkbench(page, 'zh');
	const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
	doc.name = '实际到 2023 年';
	for (const k of Object.keys(doc.actuals)) doc.actuals[k] = doc.actuals[k].slice(0, 2);
	await importFile(page, 'to-2023.json', JSON.stringify(doc));
	await reviewTab(page).click();
	const from = page.getByTestId('reforecast-from');
	await expect(from).toContainText(
		'自 2024 年起，从 2023 年末的实际状态重新预测：成立业委会的小区 251 个，达标小区 230 个'
	);
	await expect(from).toContainText('各类同幅调整，使面积加权平均等于实际');
	// Fewer committees at the restart than the model's 253: the re-forecast ends below the original.
	const row = page.locator('.reforecast tr[data-row="committees"] td');
	await expect(row.nth(0)).toHaveText('269');
	await expect(row.nth(2)).toHaveText(/^−/);
	await expect(page.locator('[data-chart="reforecast"] canvas')).toBeVisible();
});

for (const lang of ['zh', 'en'] as const)
	test(`screenshots of the comparison, the re-forecast and the next plan at 1366×768, ${lang} (docs/)`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openWorkbench(page, lang);
		const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
		await importFile(page, 'plan-with-actuals.json', JSON.stringify(doc));
		await page.getByRole('tab', { name: lang === 'zh' ? '回头看' : 'Review' }).click();
		const top = (sel: string) => page.locator(sel).evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await top('.comparison');
		await page.waitForTimeout(300);
		await page.screenshot({ path: shotPath(`review-comparison-${lang}.png`) });
		await page.getByRole('tab', { name: lang === 'zh' ? '工作台' : 'Workbench' }).click();
		await page.waitForSelector('[data-chart="outlay"] canvas');
		await page.waitForTimeout(800);
		await page.screenshot({ path: shotPath(`review-targets-${lang}.png`) });
		doc.name = lang === 'zh' ? '规划 2022–2024（实际到 2023 年）' : 'Plan 2022–2024 (actuals to 2023)';
		for (const k of Object.keys(doc.actuals)) doc.actuals[k] = doc.actuals[k].slice(0, 2);
		await importFile(page, 'to-2023.json', JSON.stringify(doc));
		await page.getByRole('tab', { name: lang === 'zh' ? '回头看' : 'Review' }).click();
		await page.waitForSelector('[data-chart="reforecast"] canvas');
		await top('.reforecast');
		await page.waitForTimeout(800);
		await page.screenshot({ path: shotPath(`review-next-plan-${lang}.png`) });
	});

for (const lang of ['zh', 'en'] as const)
	test(`the review view: no serious or critical axe violation, and no English prose in Chinese, ${lang}`, async ({
		page
	}) => {
		await openWorkbench(page, lang);
		const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
		for (const k of Object.keys(doc.actuals)) doc.actuals[k] = doc.actuals[k].slice(0, 2);
		await importFile(page, 'to-2023.json', JSON.stringify(doc));
		await page.getByRole('tab', { name: lang === 'zh' ? '回头看' : 'Review' }).click();
		await page.waitForSelector('[data-chart="reforecast"] canvas');
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.include('.review-view')
			.analyze();
		const headers = await new AxeBuilder({ page }).withRules(['empty-table-header']).include('.review-view').analyze();
		const bad = [...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), ...headers.violations];
		expect(bad.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
		if (lang === 'zh') {
			const text = await page.locator('.review-view').innerText();
			const runs = text.split('\n').flatMap((line) => englishRuns(line, [doc.name]));
			expect(runs).toEqual([]);
		}
	});
