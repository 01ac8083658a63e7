import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './helpers';

/** README screenshots at 1366×768, only when asked (SHOTS=1), so ordinary runs leave docs/ alone. */
async function shot(page: Page, name: string) {
	if (!process.env.SHOTS) return;
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.waitForTimeout(600);
	await page.screenshot({ path: `docs/${name}.png` });
}

const panel = (page: Page) => page.locator('section.datatable');
async function compute(page: Page, button: string) {
	const before = await panel(page).getAttribute('data-seq');
	await page.getByRole('button', { name: button }).click();
	await expect(panel(page)).not.toHaveAttribute('data-seq', String(before), { timeout: 30_000 });
}
/** Painted (non-transparent) pixels of the heatmap's canvas. */
const painted = (page: Page) =>
	page.locator('.heatmap canvas').evaluate((c: HTMLCanvasElement) => {
		const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
		return n;
	});

test('a two-input data table: heatmap with the own point marked, the own figure equal to the workbench, CSV read back', async ({
	page
}) => {
	await openWorkbench(page, 'zh');
	await page.getByRole('tab', { name: '模拟运算表' }).click();
	await page.getByRole('combobox', { name: '行输入 单元格' }).selectOption('basic_subsidy_y2');
	await page.getByRole('combobox', { name: '列输入 单元格' }).selectOption('basic_collection_y2');
	// The first range is around the cell's own value: 0.05 (the plan's §七) in steps of 0.005.
	await expect(page.getByRole('textbox', { name: '行输入 起始值' })).toHaveValue('0.025');
	await expect(page.getByRole('textbox', { name: '列输入 步长' })).toHaveValue('10%');
	await page.getByRole('combobox', { name: '输出' }).selectOption('total.outlay');
	await compute(page, '计算模拟运算表');

	const table = page.getByTestId('datatable-result');
	await expect(table.locator('tbody tr')).toHaveCount(11);
	await expect(table.locator('thead th')).toHaveCount(1 + 9);
	// The scenario's own point (0.05, 70 %) is the workbench's three-year outlay, 3,562.584 万元.
	await expect(table.locator('td[data-own="true"]')).toHaveText(/^3,562\.6/);
	await expect(page.getByTestId('own-note')).toContainText('带框的格为当前方案取值');
	await expect(page.getByTestId('own-note')).toContainText('3,562.6');
	await expect(page.locator('.heatmap [role="img"]')).toHaveAttribute('data-own', '5,5');
	await expect.poll(() => painted(page), { timeout: 10_000 }).toBeGreaterThan(20_000);
	await expect(panel(page)).toContainText('模型说明');

	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出 CSV' }).click()
	]);
	expect(dl.suggestedFilename()).toBe('规划原文 Plan as written 2022–2024-模拟运算表-total.outlay.csv');
	const text = readFileSync((await dl.path())!, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
	expect(rows[0][0]).toContain('三年财政支出合计（万元）');
	expect(rows[0].slice(1).map(Number)).toEqual([20, 30, 40, 50, 60, 70, 80, 90, 100]);
	expect(rows.slice(1).map((r) => Number(r[0]))).toEqual([
		0.025, 0.03, 0.035, 0.04, 0.045, 0.05, 0.055, 0.06, 0.065, 0.07, 0.075
	]);
	expect(Number(rows[6][6])).toBeCloseTo(3562.584, 3);

	if (process.env.SHOTS) {
		await page.getByRole('combobox', { name: '输出' }).selectOption('y3.standardRate');
		await compute(page, '计算模拟运算表');
		await page.locator('section.datatable h2').scrollIntoViewIfNeeded();
		await shot(page, 'datatable-zh');
	}
});

test('bad ranges are refused with the field named, and nothing is computed', async ({ page }) => {
	await openWorkbench(page, 'en');
	await page.getByRole('tab', { name: 'Data table' }).click();
	await page.getByRole('combobox', { name: 'Row input cell' }).selectOption('basic_subsidy_y2');
	await page.getByRole('textbox', { name: 'Row input step' }).fill('0');
	await page.getByRole('textbox', { name: 'Column input to' }).fill('150%');
	await page.getByRole('button', { name: 'Compute the table' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Row input: the step must be above 0');
	await expect(alert).toContainText('Column input: to 150 % is outside the valid range');
	await page.getByRole('textbox', { name: 'Row input step' }).fill('0.0001');
	await page.getByRole('textbox', { name: 'Column input to' }).fill('100%');
	await page.getByRole('button', { name: 'Compute the table' }).click();
	await expect(alert).toContainText('at most 51 per input');
	await expect(page.getByTestId('datatable-result')).toHaveCount(0);
	await page.getByRole('textbox', { name: 'Row input step' }).fill('0.005');
	await compute(page, 'Compute the table');
	await expect(page.getByTestId('own-note')).toContainText("The outlined cell is this scenario's value");
	if (process.env.SHOTS) {
		await page.getByRole('combobox', { name: 'Output' }).selectOption('y3.standardRate');
		await compute(page, 'Compute the table');
		await shot(page, 'datatable-en');
	}
});

test('with ranges: a probability per point, progress while it runs, and Cancel stops it leaving the last table', async ({
	page
}) => {
	await openWorkbench(page, 'zh');
	await page.getByTestId('import-input').setInputFiles('test/decide/fixtures/bench-uncertain.json');
	await page.getByRole('dialog').getByRole('button').click();
	await expect(page.locator('header .scenario')).toContainText('Decide test fixture');
	await page.getByRole('tab', { name: '模拟运算表' }).click();
	await page.getByRole('checkbox', { name: '两个输入（行和列）' }).uncheck();
	await page.getByRole('combobox', { name: '行输入 单元格' }).selectOption('quasi_subsidy_y2');
	await page.getByRole('textbox', { name: '行输入 起始值' }).fill('0');
	await page.getByRole('textbox', { name: '行输入 终止值' }).fill('0.3');
	await page.getByRole('textbox', { name: '行输入 步长' }).fill('0.15');
	await page.getByRole('combobox', { name: '输出' }).selectOption('y3.target.standard');
	await page.getByRole('checkbox', { name: /按不确定范围计算概率/ }).check();
	await page.getByRole('spinbutton', { name: '每点运行次数' }).fill('300');
	await page.getByRole('spinbutton', { name: '随机种子' }).fill('5');
	await compute(page, '计算模拟运算表');
	const table = page.getByTestId('datatable-result');
	// The same numbers as `simulate --table quasi_subsidy_y2=0:0.3:0.15 --output y3.target.standard --runs 300 --seed 5`.
	await expect(table.locator('tbody td')).toHaveText(['0.0 %', '9.3 %', '12.0 %']);
	await expect(table.locator('thead')).toContainText('2024 年达标率目标达成的概率（概率 %）');
	await expect(panel(page)).toContainText('每个取值组合按设定的不确定范围运行 300 次（种子 5');

	// A big table: progress shows, Cancel stops it, and the last table stays.
	await page.getByRole('checkbox', { name: '两个输入（行和列）' }).check();
	await page.getByRole('textbox', { name: '行输入 步长' }).fill('0.01');
	await page.getByRole('spinbutton', { name: '每点运行次数' }).fill('2000');
	await page.getByRole('button', { name: '计算模拟运算表' }).click();
	await expect(page.getByRole('progressbar', { name: '进度' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText(/正在计算 \d+ \/ \d+ 个取值组合/);
	await page.getByRole('button', { name: '取消' }).click();
	await expect(page.getByRole('status')).toHaveText('已取消。');
	await expect(table.locator('tbody td')).toHaveText(['0.0 %', '9.3 %', '12.0 %']);
});

for (const lang of ['zh', 'en'] as const)
	test(`axe finds no serious or critical violation on the data table with a result (${lang})`, async ({ page }) => {
		await openWorkbench(page, lang);
		await page.getByRole('tab', { name: lang === 'zh' ? '模拟运算表' : 'Data table' }).click();
		await compute(page, lang === 'zh' ? '计算模拟运算表' : 'Compute the table');
		await expect(page.getByTestId('datatable-result')).toBeVisible();
		const { violations } = await new AxeBuilder({ page })
			.include('section.datatable')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
	});
