/**
 * The next plan reads as a plan (issue 21 item 4) and its bridge (issue 24 item 3), in the browser: a
 * 2025–2027 plan made from the plan's end is compared with the plan's 2024 carried on, its money and targets
 * read "to be set" (never 0.000 万元, never "0 / 0 … all met"), its figures cite "continued (assumption)",
 * and its review tab splits 2024 → 2025 into parts that add up. Figures worked by hand from §二 and §七.
 * Also the re-forecast's bridge in English (issue 24's review bridge; bridge.spec.ts has the Chinese).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { reforecast } from '../../src/lib/model/reforecast';
import { runProjection } from '../../src/lib/model/run';
import { cell, openWorkbench, revision, settled, shotPath } from './helpers';

// §七 2024 carried on: basic 860.79 万 m² × 0.05 × 12 + quasi 249.31 × 0.1 × 12 + the 100 万元 reward fund.
const BASIC = 860.79 * 0.05 * 12;
const QUASI = 249.31 * 0.1 * 12;
const YEAR = BASIC + QUASI + 100;
const wan = (x: number) => `${x.toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 })} 万元`;

const W = {
	zh: {
		review: '回头看',
		bench: '工作台',
		create: '以本方案期末为起点新建规划',
		toSet: '待设定',
		vs: /^较 2024 年延续（假设）/,
		continued: '延续（假设）',
		targets: '目标待设定',
		model: '模型预测的期末状态',
		satisfaction: /满意度/
	},
	en: {
		review: 'Review',
		bench: 'Workbench',
		create: 'New plan from the end of this scenario',
		toSet: 'to be set',
		vs: /^vs 2024 carried on \(assumption\)/,
		continued: 'continued (assumption)',
		targets: 'targets to be set',
		model: 'the model’s end state',
		satisfaction: /[Ss]atisfaction/
	}
} as const;

async function type(page: Page, name: string, text: string) {
	await cell(page, name).click();
	const r = await revision(page);
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
	await settled(page, r);
}

async function makeNextPlan(page: Page, lang: 'zh' | 'en') {
	const w = W[lang];
	await openWorkbench(page, lang);
	await page.getByRole('tab', { name: w.review, exact: true }).click();
	// No actuals in the plan: the start is the model's end state, and the panel says so.
	await expect(page.getByTestId('next-start')).toContainText(w.model);
	// 265.25 compounds at standard show as 265; the footnote explains the fraction the model keeps.
	await expect(page.locator('b[data-key="standard_start"]')).toHaveText('265');
	await expect(page.getByTestId('fraction-note')).toContainText('265.25');
	await page.getByRole('button', { name: w.create }).click();
	await expect(page.getByRole('tab', { name: w.bench, exact: true })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('grid')).toContainText('2025-01 – 2025-12');
}

for (const lang of ['zh', 'en'] as const)
	test(`a 2025–2027 plan greets the planner as a plan, and its bridge adds up, ${lang}`, async ({ page }) => {
		const w = W[lang];
		await makeNextPlan(page, lang);
		const results = page.locator('.results');
		const card = (id: string) => page.locator(`[data-kpi="${id}"]`);
		// Money not yet budgeted: "to be set", with the baseline named and its own figure beside it.
		for (const id of ['outlay3', 'outlay3-noreward', 'outlay-y1', 'outlay-y2', 'outlay-y3'])
			await expect(card(id).locator('strong')).toHaveText(w.toSet);
		await expect(card('outlay3').locator('.delta')).toHaveText(w.vs);
		await expect(card('outlay3').locator('.delta')).toContainText(wan(3 * YEAR));
		await expect(card('outlay-y1').locator('.delta')).toContainText(wan(YEAR));
		await expect(card('outlay3').locator('small')).toContainText(w.continued);
		// Targets not set: never "0 / 0", never "all met".
		await expect(card('targets').locator('strong')).toHaveText(w.toSet);
		await expect(card('targets').locator('[data-missed]')).toHaveText(w.targets);
		await expect(results).not.toContainText('0.000 万元');
		await expect(results).not.toContainText(lang === 'zh' ? '0 / 0' : '0 of 0');
		await expect(results).not.toContainText(lang === 'zh' ? '全部达成' : 'all met');
		// Its years are beyond the plan: no clause of the plan is cited for them.
		await expect(page.locator('[data-target="satisfaction"] th small')).toHaveText(w.continued);
		await expect(page.locator('table.years')).toContainText(w.continued);
		await expect(results).not.toContainText('§三');
		await expect(results).not.toContainText('§七');

		// 2025's basic subsidy set at 2024's 0.05: that year is budgeted, the others still to be set.
		await type(page, 'basic_subsidy_y1', '0.05');
		await expect(card('outlay-y1').locator('strong')).toHaveText(wan(BASIC));
		await expect(card('outlay-y1').locator('.delta')).toContainText(`−${wan(YEAR - BASIC)}`);
		await expect(card('outlay-y2').locator('strong')).toHaveText(w.toSet);

		// The review tab: 2024 (915.646) → 2025 (516.474), parts by parameter adding up to the difference.
		await page.getByRole('tab', { name: w.review, exact: true }).click();
		const bridge = page.getByTestId('next-bridge');
		const table = bridge.getByTestId('next-bridge-table');
		await expect(bridge.locator('[data-chart="next-bridge-waterfall"] canvas')).toBeVisible();
		const value = async (sel: string) => Number(await table.locator(sel).getAttribute('data-value'));
		expect(await value('[data-end="last"] td.num')).toBeCloseTo(YEAR, 6);
		expect(await value('[data-end="first"] td.num')).toBeCloseTo(BASIC, 6);
		await expect(table.locator('[data-key="quasi_subsidy"] td.num').first()).toHaveText('−' + wan(QUASI).slice(0, -3));
		await expect(table.locator('[data-key="reward_fund"] td.num').first()).toHaveText('−100.000');
		await expect(table.locator('[data-key="basic_subsidy"]')).toHaveCount(0); // unchanged: no part
		const sumParts = async () => {
			const parts = await table
				.locator('tr[data-key] td.num[data-value]')
				.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
			return parts.reduce((a, x) => a + x, 0);
		};
		const total = await value('tr.sum td.num[data-value]');
		expect(total).toBeCloseTo(BASIC - YEAR, 6);
		expect(await sumParts()).toBeCloseTo(total, 9);
		// A target's rate: overall satisfaction, in percentage points, its parts adding up as well.
		const sat = await bridge
			.getByTestId('next-bridge-output')
			.locator('option')
			.filter({ hasText: w.satisfaction })
			.first()
			.getAttribute('value');
		await bridge.getByTestId('next-bridge-output').selectOption(sat!);
		await expect(table).toContainText(lang === 'zh' ? '个百分点' : 'percentage points');
		const last = await value('[data-end="last"] td.num');
		const first = await value('[data-end="first"] td.num');
		expect(await sumParts()).toBeCloseTo(first - last, 9);
		expect(await value('tr.sum td.num[data-value]')).toBeCloseTo(first - last, 9);
	});

for (const lang of ['zh', 'en'] as const)
	test(`screenshots of the next plan's cards and its bridge at 1366×768, ${lang} (docs/)`, async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await makeNextPlan(page, lang);
		await type(page, 'basic_subsidy_y1', '0.05');
		await type(page, 'quasi_subsidy_y1', '0.08');
		await page.locator('.results').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.waitForTimeout(800);
		await page.screenshot({ path: shotPath(`next-plan-cards-${lang}.png`) });
		await page.getByRole('tab', { name: W[lang].review, exact: true }).click();
		await page.waitForSelector('[data-chart="next-bridge-waterfall"] canvas');
		await page.getByTestId('next-bridge').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.waitForTimeout(800);
		await page.screenshot({ path: shotPath(`next-plan-bridge-${lang}.png`) });
	});

test("the review's bridge in English: what the actuals changed, parts adding up to the re-forecast's change", async ({
	page
}) => {
	const doc = JSON.parse(readFileSync('test/e2e/fixtures/plan-with-actuals.json', 'utf8'));
	doc.name = 'Actuals to 2023';
	for (const k of Object.keys(doc.actuals)) doc.actuals[k] = doc.actuals[k].slice(0, 2);
	const text = JSON.stringify(doc);
	// Node side: the original projection and the re-forecast from the 2023 actuals, 2024's rates.
	const rd = readScenarioText(text);
	if (!rd.ok) throw new Error('fixture');
	const original = runProjection(rd.values, 3, rd.doc.start);
	const rf = reforecast(rd.values, 3, rd.doc.start, rd.doc.actuals!, original)!;
	await openWorkbench(page, 'en');
	await page
		.getByTestId('import-input')
		.setInputFiles({ name: 'to-2023.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.locator('.scenario')).toHaveText(doc.name);
	await page.getByRole('tab', { name: 'Review', exact: true }).click();
	const box = page.getByTestId('reforecast-bridge');
	await expect(box).toContainText('What the actuals changed (bridge, in percentage points)');
	await expect(box.locator('thead')).toContainText('Restart state');
	await expect(box.locator('thead')).toContainText('Model → actual');
	// The fixture's 251 committees at the end of 2023, against the model's own.
	await expect(box.locator('tr[data-field="committees"] td').first()).toHaveText(
		`${original.years[1].committees} → 251`
	);
	await expect(box.locator('tr.sum th')).toHaveText('Difference');
	for (const out of ['committeeRate', 'standardRate', 'satisfaction'] as const) {
		const change = (rf.projection.years[2][out] - original.years[2][out]) * 100;
		if (Math.abs(change) < 0.005) continue;
		const sum = box.locator(`tr.sum td[data-out="y3.${out}"]`);
		await expect(sum).toHaveText(`${change < 0 ? '−' : '+'}${Math.abs(change).toFixed(2)}`);
		const parts = await box
			.locator(`tr[data-field] td[data-out="y3.${out}"]`)
			.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
		expect(parts.reduce((a, x) => a + x, 0) * 100).toBeCloseTo(change, 9);
	}
});
