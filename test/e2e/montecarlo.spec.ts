import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { cell, formulaBar, kpi, nameBox, openWorkbench } from './helpers';
import { DIST_ZH } from '../../src/lib/io/uncertainty-check';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';

/** Sets a range on a parameter through the editor below the grid, as a planner does. */
async function setRange(page: Page, name: string, dist: string, low: string, high: string) {
	await cell(page, name).click();
	const editor = page.locator(`[data-range="${name.replace(/_y\d+$/, '')}"]`);
	await editor.getByRole('combobox', { name: '分布' }).selectOption(dist);
	await editor.getByRole('textbox', { name: '下限' }).fill(low);
	await editor.getByRole('textbox', { name: '上限' }).fill(high);
	await editor.getByRole('button', { name: '应用' }).click();
	await expect(editor.getByRole('alert')).toHaveCount(0);
	await expect(page.locator(`[data-key="${name.replace(/_y\d+$/, '')}"] .range-mark`)).toHaveText(
		`± ${DIST_ZH[dist as keyof typeof DIST_ZH]}`
	);
}

const seq = (page: Page) => page.locator('section.mc').getAttribute('data-seq').then(Number);

/** Runs the Monte Carlo from the Uncertainty tab and waits for its results. */
async function run(page: Page, runs: number, seed: number) {
	const before = await seq(page);
	await page.getByRole('spinbutton', { name: '迭代次数', exact: true }).fill(String(runs));
	await page.getByRole('spinbutton', { name: '随机种子', exact: true }).fill(String(seed));
	await page.getByRole('button', { name: '运行', exact: true }).click();
	await expect(page.locator('section.mc')).not.toHaveAttribute('data-seq', String(before), { timeout: 30_000 });
	await expect(page.locator('[data-phase="done"]')).toContainText(`${runs.toLocaleString('en')} 次迭代，种子 ${seed}`);
}

const openTab = (page: Page) => page.getByRole('tab', { name: '不确定性' }).click();
const figure = (page: Page, table: string, row: string, pct: string) =>
	page.locator(`table[data-table="${table}"] tr[data-output="${row}"] td[data-pct="${pct}"]`);

/** Pixels a chart has painted: a blank canvas has none. */
const painted = (page: Page, id: string) =>
	page.locator(`[data-chart="${id}"] canvas`).evaluate((c: HTMLCanvasElement) => {
		const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
		return n;
	});

test('a range set on the workbench gives fan charts and target probabilities; the same seed gives the same figures', async ({
	page
}) => {
	await openWorkbench(page);
	await openTab(page);
	// With no range yet, the screen says where to add one and will not run.
	await expect(page.locator('.controls + [role="status"]')).toContainText(
		'请在工作台为参数添加范围：选中一个单元格，在表格下方选择分布'
	);
	await expect(page.getByRole('button', { name: '运行', exact: true })).toBeDisabled();
	await page.getByRole('tab', { name: '工作台' }).click();
	await setRange(page, 'basic_collection_y1', 'triangular', '50%, 60%, 70%', '0.7, 0.8, 0.9');
	await openTab(page);
	await run(page, 2000, 7);
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2000');
	for (const id of ['mc-outlay', 'mc-cumulative', 'mc-satisfaction'])
		await expect.poll(() => painted(page, id)).toBeGreaterThan(2000);
	await expect(page.getByText('以下数字均由规划编制人员设定的不确定范围推算得出')).toBeVisible();
	const prob = page.locator('table[data-table="probability"]');
	await expect(prob.locator('tr[data-target="satisfaction"] td')).toHaveCount(3);
	await expect(prob.locator('tr[data-target="coverage"] td[data-year="1"]')).toHaveText('—'); // no coverage target in year 1
	await expect(prob.locator('tr[data-target="committee"] td[data-year="1"] strong')).toHaveText(/^\d+\.\d %$/);
	// The answer in one sentence: the 2024 target least likely met (read off the table) and its chance, and the
	// one uncertain assumption (the basic tier's collection rate) as what matters most.
	const labels: Record<string, string> = {
		committee: '业委会组建率',
		standard: '达标率',
		satisfaction: '居民满意度',
		coverage: '物业覆盖率'
	};
	let least = { k: '', p: 2 };
	for (const k of Object.keys(labels)) {
		const p = Number(await prob.locator(`tr[data-target="${k}"] td[data-year="3"]`).getAttribute('data-value'));
		if (p < least.p) least = { k, p };
	}
	await expect(page.getByTestId('mc-answer')).toHaveText(
		new RegExp(
			`^按所设范围，2024 年${labels[least.k]}目标达成的可能性约为 ${Math.round(least.p * 100)} %；影响最大的是基础物业收缴率`
		)
	);
	// The collection rate moves fees, so year-3 outlay spreads out; the P50 carries its standard error.
	const p5 = Number(await figure(page, 'year-3', 'firmIncome_basic', 'p5').getAttribute('data-value'));
	const p95 = Number(await figure(page, 'year-3', 'firmIncome_basic', 'p95').getAttribute('data-value'));
	expect(p95).toBeGreaterThan(p5);
	await expect(page.locator('[data-conv="prob-se"]')).toContainText('个百分点');

	const figures = () => page.locator('table[data-table]').allInnerTexts();
	const first = await figures();
	await run(page, 2000, 7);
	expect(await figures()).toEqual(first);
	await run(page, 2000, 8);
	expect(await figures()).not.toEqual(first);

	// A cell error on the workbench: the screen names the cell, will not run, and flags the results as old.
	await page.getByRole('tab', { name: '工作台' }).click();
	await nameBox(page).fill('quasi_subsidy_y2');
	await nameBox(page).press('Enter');
	await formulaBar(page).fill('=quasi_subsidy_y1/0');
	await formulaBar(page).press('Enter');
	await expect(cell(page, 'quasi_subsidy_y2')).toHaveText('#DIV/0!');
	await openTab(page);
	await expect(page.locator('.controls + [role="status"]')).toContainText(
		'以下单元格有误，请先在工作台修正：quasi_subsidy_y2'
	);
	await expect(page.getByRole('button', { name: '运行', exact: true })).toBeDisabled();
	await expect(page.getByText('情景在此次运行后已修改')).toBeVisible();
});

test('a zero-width range gives percentiles equal to the deterministic figures', async ({ page }) => {
	await openWorkbench(page);
	const outlay3 = Number((await kpi(page, 'outlay3').innerText()).replace(/[^\d.]/g, ''));
	await setRange(page, 'reward_fund_y1', 'triangular', '100', '100');
	await openTab(page);
	await run(page, 2000, 1);
	for (const q of ['p5', 'p25', 'p50', 'p75', 'p95']) {
		const total = figure(page, 'totals', 'outlay', q);
		expect(Number(await total.getAttribute('data-value'))).toBeCloseTo(outlay3, 9);
		await expect(total).toHaveText('3,562.6');
		const det = page.locator('table[data-table="year-2"] tr[data-output="satisfaction"] td.det');
		await expect(figure(page, 'year-2', 'satisfaction', q)).toHaveAttribute(
			'data-value',
			(await det.getAttribute('data-value'))!
		);
	}
	await expect(page.locator('table[data-table="totals"] tr[data-output="outlay"] td.se')).toHaveText('± 0.0');
});

test('cancel stops a 100,000-iteration run: the progress bar stops and the screen says so', async ({ page }) => {
	await openWorkbench(page);
	await setRange(page, 'quasi_cost_y1', 'uniform', '0.55', '0.8');
	await openTab(page);
	await page.getByRole('spinbutton', { name: '迭代次数', exact: true }).fill('100000');
	await page.getByRole('button', { name: '运行', exact: true }).click();
	const bar = page.getByRole('progressbar');
	// Cancel as soon as the bar moves: two workers finish 100,000 iterations in about a second.
	await page.waitForFunction(
		() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) > 0,
		null,
		{ polling: 'raf' }
	);
	await page.getByRole('button', { name: '取消', exact: true }).click();
	await expect(page.locator('[data-phase="cancelled"]')).toContainText(/已取消：运行在完成 [\d,]+ \/ 100,000 次时停止/);
	const stopped = Number(await bar.getAttribute('aria-valuenow'));
	expect(stopped).toBeLessThan(100_000);
	await page.waitForTimeout(600);
	await expect(bar).toHaveAttribute('aria-valuenow', String(stopped));
	await expect(page.locator('[data-chart="mc-outlay"]')).toHaveCount(0); // no partial results
	await expect(page.getByRole('button', { name: '运行', exact: true })).toBeEnabled();
});

test('goal seek finds the break-even year-2 basic subsidy, and says plainly when no value works', async ({ page }) => {
	await openWorkbench(page);
	await openTab(page);
	const form = page.locator('[data-seek="value"]');
	// The defaults are the issue's example: basic_subsidy_y2 so that basic firms' year-2 margin is 0.
	const kind = form.getByRole('combobox', { name: '使某项结果等于目标值 · 结果类型' });
	await expect(kind).toHaveValue('margin');
	await form.getByRole('button', { name: '求解' }).click();
	const answer = page.getByTestId('seek-value-answer');
	const found = answer.locator('output');
	await expect(found).toHaveText(/元\/m²\/月$/);
	expect(Number((await found.innerText()).replace(/[^\d.]/g, ''))).toBeCloseTo(0.0763, 3);
	expect(Number(await found.getAttribute('data-value'))).toBeCloseTo(0.0763, 3);
	await expect(answer).toContainText('此时 2023 年基础物业企业收支差 = 0 万元');
	// The cell found is named by its label and year; its code is only the small detail after the value.
	await expect(answer).toContainText('基础物业补贴（2023 年） =');
	// The value found can be put in the grid: one edit, like typing it.
	await answer.getByRole('button', { name: '写入工作台' }).click();
	await page.getByRole('tab', { name: '工作台' }).click();
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.0763');
	await openTab(page);
	await expect(answer.getByRole('button', { name: '写入工作台' })).toBeDisabled();

	await kind.selectOption('year');
	await form.getByRole('combobox', { name: '使某项结果等于目标值 · 结果', exact: true }).selectOption('satisfaction');
	await form.getByRole('combobox', { name: '使某项结果等于目标值 · 年份' }).selectOption('3');
	await form.getByRole('textbox', { name: '使某项结果等于目标值 · 等于' }).fill('99%');
	await form.getByRole('button', { name: '求解' }).click();
	await expect(answer).toContainText('在给定范围内没有可行的取值');
	// Named by label and the plan's calendar years, the rate as a percentage: no cell code, no 第2年.
	await expect(answer).toContainText(
		/基础物业补贴（2023 年）在 0 到 100 之间取任何值，2024 年居民满意度都不等于 99 %：在此范围内它只在 8\d\.\d+ % 到 8\d\.\d+ % 之间/
	);
	await expect(answer).not.toContainText('basic_subsidy_y2');

	// On a probability: no year-3 basic collection rate makes the year-3 satisfaction target 80 % likely.
	await page.getByRole('tab', { name: '工作台' }).click();
	await setRange(page, 'basic_collection_y1', 'triangular', '50%, 60%, 70%', '0.7, 0.8, 0.9');
	await openTab(page);
	const prob = page.locator('[data-seek="probability"]');
	await prob.getByRole('spinbutton', { name: /每次试算迭代次数/ }).fill('500');
	await prob.getByRole('button', { name: '求解' }).click();
	await expect(page.getByTestId('seek-probability-answer')).toContainText(
		/基础物业收缴率（2024 年）在 0 % 到 100 % 之间取任何值，2024 年满意度目标的达成概率都达不到 80 %：即使取 100 %，也只有/,
		{ timeout: 30_000 }
	);
});

test('the CLI and the browser give the same numbers for the same scenario and seed', async ({ page }) => {
	const cli = JSON.parse(
		execFileSync('npx', ['tsx', 'src/cli/simulate.ts', FIXTURE, '--runs', '2000', '--seed', '7', '--json'], {
			encoding: 'utf8'
		})
	).monteCarlo;
	await openWorkbench(page);
	await page.getByTestId('import-input').setInputFiles(FIXTURE);
	await expect(page.getByRole('dialog')).toContainText('导入');
	await page.getByRole('dialog').getByRole('button').click();
	await expect(page.locator('header .scenario')).toHaveText('Plan as written, with ranges (Monte Carlo test fixture)');
	await openTab(page);
	await run(page, 2000, 7);
	const p50 = figure(page, 'totals', 'outlay', 'p50');
	await expect(p50).toHaveAttribute('data-value', String(cli.totals.outlay.p50));
	await expect(p50).toHaveText(
		new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(cli.totals.outlay.p50)
	);
	for (const [y, out] of [
		[1, 'outlay'],
		[3, 'satisfaction'],
		[2, 'firmCost_quasi']
	] as const) {
		for (const q of ['p5', 'p50', 'p95'])
			await expect(figure(page, `year-${y}`, out, q)).toHaveAttribute(
				'data-value',
				String(cli.years[y - 1].percentiles[out][q])
			);
	}
	const p = cli.years[2].targetProbability.standard;
	await expect(
		page.locator('table[data-table="probability"] tr[data-target="standard"] td[data-year="3"]')
	).toHaveAttribute('data-value', String(p));
});
