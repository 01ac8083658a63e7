import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './helpers';

/**
 * Decide set up with pickers of labels and years only, probabilities typed as WPS reads shares,
 * every refusal in the screen's language naming labels and years, and a changed setting marking the last result
 * stale at once.
 */
const FIXTURE = 'test/decide/fixtures/bench-uncertain.json';
const CJK = /[\u4e00-\u9fff]/;
// An internal path a planner should not have to read: decide.<cell>, subjectTo[0], y3.target.…
const PATH = /decide\.|subjectTo|\by\d\.|\.target\./;

async function openDecide(page: Page, lang: 'zh' | 'en') {
	await openWorkbench(page, lang);
	await page.getByTestId('import-input').setInputFiles(FIXTURE);
	await page.getByRole('dialog').getByRole('button').click();
	await expect(page.locator('header .scenario')).toContainText('Decide test fixture');
	await page.getByRole('tab', { name: lang === 'zh' ? '决策' : 'Decide' }).click();
}
const seq = (page: Page) => page.locator('section.decide').getAttribute('data-seq').then(Number);
async function waitResult(page: Page, before: number) {
	await expect(page.locator('section.decide')).not.toHaveAttribute('data-seq', String(before), { timeout: 90_000 });
}
async function shot(page: Page, name: string) {
	if (process.env.SHOTS !== '1') return;
	await page.waitForTimeout(600);
	await page.locator('section.decide').screenshot({ path: `docs/${name}.png` });
}

const WORDS = {
	zh: {
		remove: '删除',
		addCell: '添加决策单元格',
		addConstraint: '添加约束',
		row: (n: number) => `决策单元格 ${n}`,
		constraint: '约束 1',
		cell2: '基础物业补贴（2023 年） · basic_subsidy_y2',
		cell3: '基础物业补贴（2024 年） · basic_subsidy_y3',
		min: '下限',
		max: '上限',
		step: '步长',
		objective: '三年财政支出合计（万元）',
		minimise: '最小化',
		target: '2024 年达标率目标达成',
		explainTarget: '2023 年满意度目标达成',
		output: '输出',
		explain: '分析原因',
		optimise: '求最省方案',
		found: '2023 年满意度目标',
		refusal: ['基础物业补贴（2023 年）', '超出有效范围', '约束 1（2024 年达标率目标达成）', '概率“150”'],
		stale: '设置或方案已改动'
	},
	en: {
		remove: 'Remove',
		addCell: 'Add a decision cell',
		addConstraint: 'Add a constraint',
		row: (n: number) => `Decision cell ${n}`,
		constraint: 'Constraint 1',
		cell2: 'Basic subsidy (2023) · basic_subsidy_y2',
		cell3: 'Basic subsidy (2024) · basic_subsidy_y3',
		min: 'Min',
		max: 'Max',
		step: 'Step',
		objective: 'Total district outlay (万元)',
		minimise: 'Minimise',
		target: 'Standard target met, 2024',
		explainTarget: 'Satisfaction target met, 2023',
		output: 'Output',
		explain: 'Explain',
		optimise: 'Optimise',
		found: 'the 2023 satisfaction target',
		refusal: ['Basic subsidy (2023)', 'outside the valid range', 'Constraint 1 (Standard target met, 2024)', '"150"'],
		stale: 'The settings or the scenario have changed'
	}
};

for (const lang of ['zh', 'en'] as const) {
	const w = WORDS[lang];
	test(`${lang}: the issue's example set up with pickers only, refusals in the screen's language`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1366, height: 768 });
		await openDecide(page, lang);
		const decide = page.locator('section.decide');

		// The explanation: the target picked by its label.
		await page.getByRole('combobox', { name: w.output, exact: true }).selectOption({ label: w.explainTarget });
		let before = await seq(page);
		await page.getByRole('button', { name: w.explain }).click();
		await waitResult(page, before);
		await expect(page.locator('.explain-result')).toContainText(w.found);

		// The optimisation from nothing: every default row and constraint removed, then picked again by label.
		while ((await decide.locator('table.rows tbody tr').count()) > 0)
			await decide.locator('table.rows tbody tr').first().getByRole('button', { name: w.remove }).click();
		while ((await decide.locator('.constraint').count()) > 0)
			await decide.locator('.constraint').first().getByRole('button', { name: w.remove }).click();
		for (const [n, label] of [
			[1, w.cell2],
			[2, w.cell3]
		] as const) {
			await page.getByRole('button', { name: w.addCell }).click();
			await page.getByRole('combobox', { name: w.row(n), exact: true }).selectOption({ label });
			await page.getByRole('textbox', { name: `${w.row(n)} ${w.min}` }).fill('0');
			await page.getByRole('textbox', { name: `${w.row(n)} ${w.max}` }).fill('0.3');
			await page.getByRole('textbox', { name: `${w.row(n)} ${w.step}` }).fill('0.005');
		}
		await page.getByRole('combobox', { name: w.minimise, exact: true }).selectOption({ label: w.objective });
		await page.getByRole('button', { name: w.addConstraint }).click();
		await page.getByRole('combobox', { name: w.constraint, exact: true }).selectOption({ label: w.target });
		// A probability typed as a share is read as WPS reads it.
		await page.getByRole('textbox', { name: new RegExp(`^${w.constraint} · `) }).fill('80');
		await shot(page, `decide-pickers-${lang}`);
		before = await seq(page);
		await page.getByRole('button', { name: w.optimise }).click();
		await waitResult(page, before);
		const res = page.locator('.opt-result');
		await expect(res).toBeVisible();
		await expect(decide.getByText(w.stale)).toHaveCount(0);

		// A change marks the result stale at once; refusals name labels and years in the screen's language.
		await page.getByRole('textbox', { name: `${w.row(1)} ${w.max}` }).fill('150');
		await expect(decide.getByText(w.stale).first()).toBeVisible();
		await page.getByRole('textbox', { name: new RegExp(`^${w.constraint} · `) }).fill('150');
		await page.getByRole('button', { name: w.optimise }).click();
		const alert = decide.locator('.problems');
		await expect(alert).toBeVisible();
		for (const part of w.refusal) await expect(alert).toContainText(part);
		// The words carry no internal path and no other language; the codes are only the small grey detail.
		const lines = await alert.locator('li').evaluateAll((lis) =>
			lis.map((li) =>
				[...li.childNodes]
					.filter((n) => !(n as Element).matches?.('code'))
					.map((n) => n.textContent)
					.join('')
			)
		);
		expect(lines.length).toBe(2);
		for (const l of lines) {
			expect(l).not.toMatch(PATH);
			if (lang === 'en') expect(l).not.toMatch(CJK);
		}
		await shot(page, `decide-refusal-${lang}`);
	});
}
