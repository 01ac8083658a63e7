/**
 * Issue 21 in the browser: the target money cannot reach is marked on the workbench's strip with its sentence;
 * Decide answers with it when every run misses; the optimiser says "confirmed" only when the fresh seed holds,
 * and "not confirmed" (未能确认) with the closest plan otherwise — never a "found" headline above a "no".
 */
import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './helpers';

async function shot(page: Page, name: string, selector: string) {
	if (!process.env.SHOTS) return;
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.waitForTimeout(800);
	await page.locator(selector).screenshot({ path: `docs/${name}.png` });
}

async function importFixture(page: Page, file: string, name: RegExp) {
	await page.getByTestId('import-input').setInputFiles(file);
	await page.getByRole('dialog').getByRole('button').click();
	await expect(page.locator('header .scenario')).toContainText(name);
}

const seq = (page: Page) => page.locator('section.decide').getAttribute('data-seq').then(Number);
async function waitResult(page: Page, before: number) {
	await expect(page.locator('section.decide')).not.toHaveAttribute('data-seq', String(before), { timeout: 120_000 });
}

test('the strip marks the 2024 satisfaction target money cannot reach, with its sentence', async ({ page }) => {
	await openWorkbench(page, 'zh');
	const mark = page.locator('[data-unreachable="y3.target.satisfaction"]');
	await expect(mark).toHaveText('资金不可达');
	await expect(mark).toHaveAttribute('title', /只能达到 86\.6 %/);
	// Only that target: the others the plan misses are within money's or the levers' reach.
	await expect(page.locator('[data-unreachable]')).toHaveCount(1);
	const line = page.locator('[data-reach="y3.target.satisfaction"]');
	await expect(line).toContainText('2024 年满意度目标（90 %）资金无法达成');
	await expect(line).toContainText('“基础物业足额保障满意度”');
	await expect(line).toContainText('（假设，非规划数字）');
	await expect(line).not.toContainText('basic_satisfaction');
	await shot(page, 'reach-strip-zh', 'section.results');
	await page.locator('header button.lang').click();
	await expect(line).toContainText('Money cannot reach the 2024 satisfaction target (90 %)');
	await expect(line).toContainText('reaches only 86.6 %');
	await expect(page.locator('[data-unreachable="y3.target.satisfaction"]')).toHaveText('money cannot reach');
	await shot(page, 'reach-strip-en', 'section.results');
});

test('Decide: when every run misses the 2024 satisfaction target, it says money cannot reach it', async ({ page }) => {
	await openWorkbench(page, 'zh');
	await importFixture(page, 'test/decide/fixtures/bench-uncertain.json', /Decide test fixture/);
	await page.getByRole('tab', { name: '决策' }).click();
	const before = await seq(page);
	await page.getByRole('combobox', { name: '输出', exact: true }).selectOption({ label: '2024 年满意度目标达成' });
	await page.getByRole('button', { name: '分析原因' }).click();
	await waitResult(page, before);
	const answer = page.locator('.explain-result .reach-answer');
	await expect(answer).toContainText('2024 年满意度目标（90 %）资金无法达成');
	await expect(answer).toContainText('单独一项改动即可达成：市场化物业足额保障满意度（2024 年） 97.9 %（假设）');
	await expect(page.locator('.explain-result')).not.toContainText('无从区分条件');
	await shot(page, 'reach-decide-zh', '.explain-result');
	await page.locator('header button.lang').click();
	await expect(answer).toContainText('Money cannot reach the 2024 satisfaction target');
	await shot(page, 'reach-decide-en', '.explain-result');
});

/** The example: collection of basic properties triangular 50–80 %, the 2023 and 2024 basic subsidies. */
async function optimise(page: Page, seed: number, max?: [number, number]) {
	await page.getByRole('spinbutton', { name: 'Runs' }).nth(1).fill('400');
	await page.getByRole('spinbutton', { name: 'Seed' }).nth(1).fill(String(seed));
	if (max) {
		await page.getByRole('textbox', { name: 'Decision cell 1 Max' }).fill(String(max[0]));
		await page.getByRole('textbox', { name: 'Decision cell 2 Max' }).fill(String(max[1]));
	}
	const before = await seq(page);
	await page.getByRole('button', { name: 'Optimise' }).click();
	await waitResult(page, before);
}

test('the optimiser: confirmed after raising the level, and "not confirmed" when no plan holds', async ({ page }) => {
	await openWorkbench(page, 'en');
	await importFixture(page, 'test/decide/fixtures/issue21.json', /issue 21/);
	await page.getByRole('tab', { name: 'Decide' }).click();
	// Seed 5: the first plan has 75 % on the fresh seed; raised by 1 and 2 standard errors it is confirmed.
	await optimise(page, 5);
	const res = page.locator('.opt-result');
	await expect(res).toHaveAttribute('data-status', 'confirmed');
	await expect(res.locator('.headline')).toContainText('Cheapest plan found and confirmed on a fresh seed');
	await expect(res.locator('tbody tr.fail')).toHaveCount(0);
	await expect(res.locator('.rounds')).toContainText('raised by 2.0 percentage points, 4.0 percentage points');
	await expect(res.locator('.method')).toContainText('re-estimated on 400 runs of a fresh seed');
	await expect(res).toContainText('± ');
	await expect(res.getByRole('button', { name: 'Save as a new scenario' })).toBeVisible();
	await shot(page, 'optimize-confirmed-en', '.opt-result');
	await page.locator('header button.lang').click();
	await expect(res.locator('.headline')).toContainText('并已用新种子确认');
	await shot(page, 'optimize-confirmed-zh', '.opt-result');
	await page.locator('header button.lang').click();
	// The same with the 2023 subsidy capped at 0.12 and 2024's at 0.11: the raised level cannot be met.
	await optimise(page, 5, [0.12, 0.11]);
	await expect(res).toHaveAttribute('data-status', 'not-confirmed');
	await expect(res.locator('.headline')).toContainText('Not confirmed');
	await expect(res.locator('.headline')).not.toContainText('Cheapest plan found');
	await expect(res.locator('tbody tr.fail')).toHaveCount(1);
	await expect(res.getByRole('button', { name: 'Save as a new scenario' })).toHaveCount(0);
	await shot(page, 'optimize-unconfirmed-en', '.opt-result');
	await page.locator('header button.lang').click();
	await expect(res.locator('.headline')).toContainText('未能确认');
	await shot(page, 'optimize-unconfirmed-zh', '.opt-result');
});
