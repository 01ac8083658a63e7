/**
 * the Uncertainty tab in plain words — outputs the ranges do not move folded into one line (and
 * shown on request), each statistical term explained in a legend and on hover, the rule across years on screen.
 */
import { expect, test } from '@playwright/test';
import { addRange, openTab, runMonteCarlo } from './screens';
import { openWorkbench } from './helpers';

const WORDS = {
	zh: {
		fold: /^\d+ 项在模拟中不变（P5 至 P95 都相同）：.*奖励资金 100\.0 万元/,
		show: /^显示这 \d+ 行$/,
		hide: '收起',
		glossary: '术语说明',
		se: '换一个种子重跑，数字一般在 ±2 个标准误之内变动',
		p5: '5 % 低于 P5',
		rule: '每个范围每次测算只抽一次，各年都用同一分位'
	},
	en: {
		fold: /^\d+ outputs do not vary across the iterations \(P5 to P95 all equal\): .*Reward fund 100\.0 万元/,
		show: /^Show these \d+ rows$/,
		hide: 'Fold them',
		glossary: 'What these terms mean',
		se: 'rerun with another seed and a figure usually moves by less than 2 standard errors',
		p5: '5 % fall below P5',
		rule: 'every year uses the same quantile'
	}
} as const;

for (const lang of ['zh', 'en'] as const)
	test(`${lang}: steady outputs fold into one line, the terms are explained, the rule across years is said`, async ({
		page
	}) => {
		const w = WORDS[lang];
		await openWorkbench(page, lang);
		await openTab(page, 'uncertainty', lang);
		// Before any run: the glossary is one closed line; opened, it explains the standard error.
		const glossary = page.locator('details.glossary');
		await expect(glossary.locator('summary')).toHaveText(w.glossary);
		await expect(glossary.getByText(w.se)).toBeHidden();
		await glossary.locator('summary').click();
		await expect(glossary.locator('[data-term="se"] dd')).toContainText(w.se);
		await expect(glossary.locator('[data-term]')).toHaveCount(16);

		await openTab(page, 'workbench', lang);
		await addRange(page, lang); // basic collection: the reward fund and the market tier do not move
		await runMonteCarlo(page, lang);
		await expect(page.locator('[data-years-rule]')).toContainText(w.rule);

		const year1 = page.locator('table[data-table="year-1"]');
		const fold = year1.locator('tr.fold');
		await expect(fold).toHaveText(new RegExp(w.fold.source));
		await expect(year1.locator('tr[data-output="rewardFund"]')).toBeHidden();
		await expect(year1.locator('tr[data-output="satisfaction"]')).toBeVisible(); // it moves with collection
		const button = fold.getByRole('button');
		await expect(button).toHaveText(w.show);
		const n = Number((await button.innerText()).match(/\d+/)![0]);
		await expect(year1.locator('tbody tr[data-output]:visible')).toHaveCount(17 - n);
		await button.click();
		await expect(year1.locator('tr[data-output="rewardFund"] td[data-pct="p50"]')).toHaveText('100.0');
		await expect(year1.locator('tbody tr[data-output]:visible')).toHaveCount(17);
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(button).toHaveText(w.hide);
		await button.click();
		await expect(button).toHaveText(w.show);
		await expect(year1.locator('tr[data-output="rewardFund"]')).toBeHidden();

		// Hover text on the column heads says what a percentile is.
		await expect(year1.locator('thead th', { hasText: /^P5$/ })).toHaveAttribute('title', new RegExp(w.p5));
	});
