/**
 * every screen and state in zh-CN, and no English prose left on it. Each state's visible text
 * and its title / aria-label / placeholder attributes are collected; parameter keys, formulas, units, numbers
 * and the bilingual scenario names may stay Latin; any other run of two or more English words fails the test,
 * listed with the state it was seen in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { englishRuns } from './english-prose';
import { cell, openWorkbench, revision, settled } from './helpers';

const expect = baseExpect.configure({ timeout: 20_000 });
// The scenario names are bilingual by design; the Name box and formula bar keep both names (a public contract).
const NAMES = [
	...readdirSync('scenarios').map((f) => JSON.parse(readFileSync(join('scenarios', f), 'utf8')).name as string),
	'名称框 / Name box',
	'编辑栏 / Formula bar'
];

async function screenText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const attrs = [...document.querySelectorAll('[title],[aria-label],[placeholder]')].flatMap((el) =>
			['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? '')
		);
		return [document.title, document.body.innerText, ...attrs].join('\n');
	});
}

const found: string[] = [];
async function look(page: Page, state: string) {
	const lines = (await screenText(page)).split('\n');
	for (const line of new Set(lines))
		for (const run of englishRuns(line, NAMES)) found.push(`${state}: “${run}” in “${line.trim().slice(0, 120)}”`);
}

async function edit(page: Page, name: string, text: string) {
	await cell(page, name).click();
	const r = await revision(page);
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
	await settled(page, r);
}

test('every screen and state in zh-CN shows no English prose', async ({ page }) => {
	test.setTimeout(180_000);
	await openWorkbench(page, 'zh');
	await look(page, '工作台');

	// A cell selected: its explanation, range and dependencies below the grid.
	await cell(page, 'basic_collection_y1').click();
	await look(page, '工作台·选中单元格');

	// A range whose mode lies outside it: the range check's message.
	const editor = page.locator('[data-range="basic_collection"]');
	await editor.getByRole('combobox', { name: '分布' }).selectOption('triangular');
	await editor.getByRole('textbox', { name: '下限' }).fill('0.7');
	await editor.getByRole('textbox', { name: '上限' }).fill('0.9');
	await editor.getByRole('button', { name: '应用' }).click();
	await expect(editor.getByRole('alert')).toBeVisible();
	await look(page, '工作台·范围有误');
	await editor.getByRole('textbox', { name: '下限' }).fill('0.5');
	await editor.getByRole('textbox', { name: '上限' }).fill('0.9');
	await editor.getByRole('button', { name: '应用' }).click();
	await expect(editor.getByRole('alert')).toHaveCount(0);
	await look(page, '工作台·已设范围');

	// Edits, one of them an error explained in the cell and the results greyed.
	await edit(page, 'reward_fund_y2', '150');
	await edit(page, 'quasi_subsidy_y2', '=quasi_subsidy_y1/2');
	await edit(page, 'reward_fund_y3', '=1/0');
	await look(page, '工作台·单元格有误');
	await edit(page, 'reward_fund_y3', '100');

	// Refusals: a formula the workbench will not run, a scenario file it cannot read.
	await cell(page, 'basic_collection_y2').click();
	await page.keyboard.type('=0.25+RAND()*0.1');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert').first()).toBeVisible();
	await look(page, '工作台·公式被拒');
	await page.keyboard.press('Escape');
	await page.getByTestId('import-input').setInputFiles({
		name: '坏文件.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "donghe-scenario", "version": 1, "years": "three"')
	});
	await expect(page.getByRole('dialog')).toBeVisible();
	await look(page, '工作台·文件被拒');
	await page.getByRole('dialog').getByRole('button').last().click();

	// Uncertainty: set up, run, goal seek with no solution.
	await page.getByRole('tab', { name: '不确定性' }).click();
	await look(page, '不确定性·运行前');
	await page.getByRole('spinbutton', { name: '迭代次数', exact: true }).fill('200');
	await page.getByRole('button', { name: '运行', exact: true }).click();
	await expect(page.locator('[data-phase="done"]')).toBeVisible({ timeout: 60_000 });
	await look(page, '不确定性·结果');

	// Register: empty, a file with problems (a totals row among them), the sample.
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await look(page, '登记册·空');
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: '选择登记册文件…' }).click();
	await (
		await chooser
	).setFiles({
		name: '台账.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'小区名称,镇/街道,社区,物业类型,面积（平方米）,户数,业主委员会,是否达标,封闭情况\r\n' +
				'甲小区,河东街道,一社区,准物业,12000,100,是,否,已封闭\r\n' +
				'乙小区,河东街道,一社区,不知道,-5,x,也许,否,半封闭\r\n'
		)
	});
	await expect(page.getByText(/登记册有 \d+ 个问题/)).toBeVisible();
	await look(page, '登记册·有问题');
	await page.getByRole('button', { name: '生成示例登记册（合成数据）' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('316');
	await look(page, '登记册·示例');

	// History after the edits.
	await page.getByRole('tab', { name: '修改历史' }).click();
	await expect(page.locator('[data-history]').first()).toBeVisible();
	await look(page, '修改历史');
	// The backup box refusing a file that is not a backup.
	await page.getByTestId('backup-input').setInputFiles({
		name: '备份.json',
		mimeType: 'application/json',
		buffer: Buffer.from('not a backup')
	});
	await expect(page.locator('.backup')).toContainText('不是有效的 JSON');
	await look(page, '修改历史·备份被拒');

	// Compare and the brief, with a second scenario in the library.
	await page.getByRole('tab', { name: '工作台' }).click();
	await page.getByTestId('import-input').setInputFiles(join('scenarios', 'subsidy-held.json'));
	await page.getByRole('dialog').getByRole('button').click();
	await page.getByRole('link', { name: '方案比较与简报' }).click();
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	await look(page, '方案比较');

	// The model documentation page.
	await page.goto('/model');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await look(page, '模型说明');

	expect(found, found.join('\n')).toEqual([]);
});
