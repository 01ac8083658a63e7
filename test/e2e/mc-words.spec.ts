/**
 * Issue 22 items 2 and 4 on the Uncertainty tab: goal seek picks its cell by label and year, and the tornado
 * gives a rate's spread in percentage points and each range's ends in the parameter's unit, in both languages.
 */
import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';
const W = {
	zh: {
		tab: '不确定性',
		tornado: '敏感性：龙卷风图',
		seek: '使某项结果等于目标值',
		kind: '结果类型',
		output: '结果',
		year: '年份',
		compute: '计算',
		solve: '求解',
		pp: '个百分点',
		cell: '单元格',
		found: '基础物业补贴（2023 年） =',
		yearLabel: '2024 年'
	},
	en: {
		tab: 'Uncertainty',
		tornado: 'Sensitivity: tornado chart',
		seek: 'Make an output equal a number',
		kind: 'Kind of output',
		output: 'Output',
		year: 'year',
		compute: 'Compute',
		solve: 'Solve',
		pp: 'percentage points',
		cell: 'cell',
		found: 'Basic subsidy (2023) =',
		yearLabel: '2024'
	}
};

async function shot(page: Page, selector: string, name: string) {
	if (process.env.SHOTS !== '1') return;
	await page.waitForTimeout(600);
	await page.locator(selector).screenshot({ path: `docs/${name}.png` });
}

for (const lang of ['zh', 'en'] as const) {
	const w = W[lang];
	test(`${lang}: the tornado in percentage points and units; goal seek by label`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1366, height: 768 });
		await openWorkbench(page, lang);
		await page.getByTestId('import-input').setInputFiles(FIXTURE);
		await page.getByRole('dialog').getByRole('button').click();
		await page.getByRole('tab', { name: w.tab }).click();

		// The tornado of year-3 satisfaction: a rate, so its spread is a difference of rates.
		const tornado = page.getByRole('region', { name: w.tornado });
		await tornado.getByRole('combobox', { name: `${w.tornado} · ${w.kind}` }).selectOption('year');
		await tornado.getByRole('combobox', { name: `${w.tornado} · ${w.year}` }).selectOption({ label: w.yearLabel });
		await tornado.getByRole('button', { name: w.compute }).click();
		const rows = tornado.locator('tbody tr');
		await expect(rows.first()).toBeVisible({ timeout: 60_000 });
		const swings = await rows.locator('td[data-value]').allInnerTexts();
		expect(swings.length).toBeGreaterThan(0);
		for (const s of swings) expect(s).toContain(w.pp);
		// A range's ends in the parameter's unit, the same value every year said once: never "0.5 / 0.5 / 0.5".
		const ends = await rows.locator('td small').allInnerTexts();
		for (const e of ends) expect(e).not.toMatch(/^(\d*\.\d+) \/ \1 \/ \1$/);
		expect(ends.some((e) => e.includes('%'))).toBe(true);
		if (process.env.SHOTS === '1') await tornado.screenshot({ path: `docs/tornado-${lang}.png` });

		// Goal seek: the cell is picked by its label and year; the answer names it so, the code small beside.
		const form = page.locator('[data-seek="value"]');
		await expect(form.getByRole('combobox', { name: `${w.seek} · ${w.cell}` })).toHaveValue('basic_subsidy_y2');
		await form.getByRole('button', { name: w.solve }).click();
		const answer = page.getByTestId('seek-value-answer');
		await expect(answer).toContainText(w.found, { timeout: 30_000 });
		await shot(page, '[data-seek="value"]', `goal-seek-${lang}`);
	});
}
