/**
 * The Uncertainty tab's inputs: the correlation matrix (enter ρ, run, the draws achieve it; an
 * impossible matrix says so and the nearest valid one fixes it; saved across a reload), the rule across years
 * (the sentence says what is in force; saved), and the sensitivity over time.
 */
import { expect, test, type Page } from '@playwright/test';
import { keepBothIfAsked, openWorkbench, shotPath } from './helpers';
import { PARAM } from '../../src/lib/model/catalogue';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';

async function openFixture(page: Page) {
	await openWorkbench(page);
	await page.getByTestId('import-input').setInputFiles(FIXTURE);
	await page.getByRole('dialog').getByRole('button').click();
	await expect(page.locator('header .scenario')).toHaveText('Plan as written, with ranges (Monte Carlo test fixture)');
	await page.getByRole('tab', { name: '不确定性' }).click();
}

const pair = (page: Page, a: string, b: string) => page.locator(`input[data-pair="${a}|${b}"]`);

async function setRho(page: Page, a: string, b: string, text: string) {
	await pair(page, a, b).fill(text);
	await pair(page, a, b).press('Enter');
}

async function run(page: Page, runs: number, seed: number) {
	const before = await page.locator('section.mc').getAttribute('data-seq');
	await page.getByRole('spinbutton', { name: '迭代次数', exact: true }).fill(String(runs));
	await page.getByRole('spinbutton', { name: '随机种子', exact: true }).fill(String(seed));
	await page.getByRole('button', { name: '运行', exact: true }).click();
	await expect(page.locator('section.mc')).not.toHaveAttribute('data-seq', before!, { timeout: 60_000 });
}

/** P5 of year-end satisfaction in a year, as the percentile table holds it. */
const p5 = (page: Page, year: number) =>
	page
		.locator(`table[data-table="year-${year}"] tr[data-output="satisfaction"] td[data-pct="p5"]`)
		.getAttribute('data-value');

test('a correlation entered in the matrix is saved, achieved by the draws, and changes the figures', async ({
	page
}) => {
	await openFixture(page);
	const matrix = page.locator('table[data-table="correlations"]');
	// The parameters with ranges, in the planner's words; an empty cell means 0.
	await expect(matrix.locator('tbody tr')).toHaveCount(5);
	await expect(matrix.locator('tr[data-param="basic_collection"] th')).toContainText(
		PARAM.get('basic_collection')!.label.zh
	);
	await expect(pair(page, 'basic_collection', 'satisfaction_response')).toHaveValue('');
	await run(page, 4000, 3);
	const independent = await page.locator('table[data-table="sensitivity"]').innerText();
	const low = await p5(page, 3);

	await setRho(page, 'basic_collection', 'satisfaction_response', '0.8');
	// Symmetric: (a, b) sets (b, a); the cell is heat-coloured red.
	await expect(pair(page, 'satisfaction_response', 'basic_collection')).toHaveValue('0.8');
	const bg = await pair(page, 'basic_collection', 'satisfaction_response')
		.locator('xpath=..')
		.evaluate((td) => getComputedStyle(td).backgroundColor);
	const [r, , b] = bg.match(/\d+/g)!.map(Number);
	expect(r).toBeGreaterThan(b);
	await expect(page.locator('[data-problems]')).toHaveCount(0);

	await run(page, 4000, 3);
	const got = page.locator(
		'table[data-table="achieved-correlation"] tr[data-pair="basic_collection|satisfaction_response"] td[data-value]'
	);
	const rho = Number(await got.getAttribute('data-value'));
	expect(Math.abs(rho - 0.8)).toBeLessThan(0.03);
	// Collection and the response of satisfaction now move together: the figures are not what they were.
	expect(await page.locator('table[data-table="sensitivity"]').innerText()).not.toEqual(independent);
	expect(await p5(page, 3)).not.toEqual(low);

	await page.reload();
	await page.getByRole('tab', { name: '不确定性' }).click();
	await expect(pair(page, 'satisfaction_response', 'basic_collection')).toHaveValue('0.8');
});

test('an impossible matrix names its pairs, is not saved, and the nearest valid matrix fixes it', async ({ page }) => {
	await openFixture(page);
	await setRho(page, 'basic_collection', 'quasi_cost', '0.6');
	await setRho(page, 'quasi_cost', 'reward_fund', '0.6');
	await expect(page.locator('[data-problems]')).toHaveCount(0);
	await setRho(page, 'basic_collection', 'reward_fund', '-0.9');
	const problems = page.locator('[data-problems]');
	await expect(problems).toContainText('这些相关系数相互矛盾');
	await expect(problems).toContainText('尚未保存');
	// The pairs are named with the planner's labels, not keys.
	await expect(problems).not.toContainText('basic_collection');
	await expect(pair(page, 'reward_fund', 'basic_collection')).toHaveValue('−0.9');

	await problems.getByRole('button', { name: '使用最接近的有效矩阵' }).click();
	await expect(problems).toHaveCount(0);
	const fixed = Number((await pair(page, 'basic_collection', 'reward_fund').inputValue()).replace('−', '-'));
	expect(fixed).toBeGreaterThan(-0.9);
	expect(fixed).toBeLessThan(0);
	// A text that is no correlation is refused and changes nothing.
	await setRho(page, 'quasi_cost', 'reward_fund', '2');
	await expect(page.getByRole('alert').filter({ hasText: '不是 −1 到 1 之间的数' })).toBeVisible();

	await page.reload();
	await page.getByRole('tab', { name: '不确定性' }).click();
	await expect(pair(page, 'basic_collection', 'reward_fund')).toHaveValue(String(fixed).replace('-', '−'));
	await expect(page.locator('[data-problems]')).toHaveCount(0);
});

test('the rule across years is said in words, applies to every range and is saved', async ({ page }) => {
	await openFixture(page);
	const words = page.locator('[data-years-rule]');
	await expect(words).toContainText('每个范围每次测算只抽一次，各年都用同一分位');
	// The fixture's reward fund is one uniform range over a flat path: no path is replaced.
	await page.getByRole('radio', { name: '各年独立' }).check();
	await expect(words).toHaveAttribute('data-years-rule', 'independent');
	await expect(words).toContainText('每个范围每年各抽一次，各年互不相关');
	await page.getByRole('textbox', { name: '年际相关系数 ρ' }).fill('0.4');
	await page.getByRole('radio', { name: '年际相关 ρ' }).check();
	await expect(words).toContainText('相邻两年的秩相关为 0.4，相隔两年为 0.16');
	await run(page, 2000, 5);
	await expect(page.locator('table[data-table="sensitivity"] tbody tr')).toHaveCount(5);

	await page.reload();
	await page.getByRole('tab', { name: '不确定性' }).click();
	await expect(page.getByRole('radio', { name: '年际相关 ρ' })).toBeChecked();
	await expect(page.locator('[data-years-rule]')).toHaveAttribute('data-years-rule', '0.4');
	await page.getByRole('radio', { name: '同一抽样用于各年' }).check();
	await expect(page.locator('[data-years-rule]')).toContainText('各年都用同一分位');
});

test('in English too: the matrix, the rule and the sensitivity over time; screenshots at 1366×768 with SHOTS=1', async ({
	page
}) => {
	for (const lang of ['zh', 'en'] as const) {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openWorkbench(page, lang);
		await page.evaluate((l) => localStorage.setItem('lang', l), lang);
		await page.reload();
		await page.getByTestId('import-input').setInputFiles(FIXTURE);
		// The second language's import finds the first one's copy in the library: keep both.
		await keepBothIfAsked(page, page.getByRole('dialog'));
		await page.getByRole('dialog').getByRole('button').click();
		await page.getByRole('tab', { name: lang === 'zh' ? '不确定性' : 'Uncertainty', exact: true }).click();
		const corr = page.locator('section.corr');
		await expect(corr.locator('tr[data-param="quasi_cost"] th')).toContainText(PARAM.get('quasi_cost')!.label[lang]);
		await setRho(page, 'basic_collection', 'quasi_cost', '-0.5');
		await setRho(page, 'basic_collection', 'satisfaction_response', '0.7');
		await setRho(page, 'quasi_cost', 'reward_fund', '0.3');
		await expect(page.locator('[data-years-rule]')).toContainText(
			lang === 'zh' ? '各年都用同一分位' : 'every year uses the same quantile'
		);
		const before = await page.locator('section.mc').getAttribute('data-seq');
		await page.getByRole('button', { name: lang === 'zh' ? '运行' : 'Run', exact: true }).click();
		await expect(page.locator('section.mc')).not.toHaveAttribute('data-seq', before!, { timeout: 60_000 });
		const sens = page.locator('section.sens');
		await expect(sens).toContainText(lang === 'zh' ? '平方' : 'squared Spearman rank correlation');
		await expect(sens.getByRole('link', { name: lang === 'zh' ? '模型说明' : 'model documentation' })).toHaveAttribute(
			'href',
			/\/model#uncertainty$/
		);
		// Shares add to 100 % in each year.
		const shares = await sens.locator('tbody td').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
		const perYear = [0, 1, 2].map((y) => shares.filter((_, i) => i % 3 === y).reduce((a, b) => a + b, 0));
		for (const s of perYear) expect(s).toBeCloseTo(1, 6);
		if (process.env.SHOTS) {
			await page.waitForTimeout(800); // the chart is drawn once chart.js has loaded
			await page.locator('section.years').screenshot({ path: shotPath(`uncertainty-years-${lang}.png`) });
			await corr.screenshot({ path: shotPath(`uncertainty-correlations-${lang}.png`) });
			await sens.screenshot({ path: shotPath(`uncertainty-sensitivity-${lang}.png`) });
			await corr.scrollIntoViewIfNeeded();
			await page.screenshot({ path: shotPath(`uncertainty-inputs-${lang}-1366.png`) });
		}
	}
});
