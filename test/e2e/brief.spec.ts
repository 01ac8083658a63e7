import { shotPath } from './helpers';
/**
 * The brief as a district leader reads it, in Chinese and English, with 2 and 4 scenarios: one headline
 * sentence per scenario (figures from `simulate --json`, rounded as the footer states), the baseline first,
 * the changes in words (no formula text), the execution section when a scenario has actuals, one A4 page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 20_000 });

const PLAN = 'plan-2022-2024.json';
const A4 = Math.ceil((297 / 25.4) * 96);
interface Sim {
	years: { outlay: number; satisfaction: number; actual?: Record<string, number>; variance?: Record<string, number> }[];
	totals: { outlay: number };
}
const simulate = (path: string): Sim =>
	JSON.parse(execFileSync('npx', ['tsx', 'src/cli/simulate.ts', path, '--json'], { encoding: 'utf8' }));
const nameOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')).name as string;
const wan = (lang: 'zh' | 'en', x: number) =>
	`${new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 0 }).format(Math.round(x))} 万元`;

// The plan with two years of actuals, as a review would record them (a file the planner imports).
const dir = mkdtempSync(join(tmpdir(), 'brief-'));
const ACTUALS = join(dir, 'plan-actuals.json');
const withActuals = JSON.parse(readFileSync(join('scenarios', PLAN), 'utf8'));
withActuals.name = '规划执行 Plan with actuals';
withActuals.actuals = { outlay: [1500, 1000], satisfaction: [0.8, null] };
writeFileSync(ACTUALS, JSON.stringify(withActuals));

async function importFiles(page: Page, lang: 'zh' | 'en', paths: string[]) {
	await page.addInitScript((l) => localStorage.getItem('lang') || localStorage.setItem('lang', l), lang);
	await page.goto('/');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584');
	const options = page.getByRole('combobox').first().locator('option');
	const before = await options.count();
	for (const [i, path] of paths.entries()) {
		await page.getByTestId('import-input').setInputFiles(path);
		const file = path.split('/').pop()!;
		const report = page.getByRole('dialog', { name: new RegExp(file.replace('.', '\\.')) });
		// The plan's own file is named like the plan the library began with: kept beside it, as "(2)".
		const ask = page.getByTestId('name-clash');
		await expect(ask.or(report)).toBeVisible();
		if (await ask.isVisible()) await ask.getByRole('button', { name: /保留两份|Keep both/ }).click();
		await expect(report).toBeVisible();
		await report.getByRole('button').click();
		await expect(options).toHaveCount(before + i + 1);
	}
	await page.goto('/compare');
}

async function choose(page: Page, paths: string[], baseline = 0) {
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	const picker = page.locator('fieldset.picker');
	for (const box of await picker.getByRole('checkbox').all()) if (await box.isChecked()) await box.uncheck();
	for (const p of paths)
		await picker
			.locator('li', { hasText: nameOf(p) })
			.last()
			.getByRole('checkbox')
			.check();
	await picker
		.locator('li', { hasText: nameOf(paths[baseline]) })
		.last()
		.getByRole('radio')
		.check();
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('.sheet .headlines li')).toHaveCount(paths.length);
	await expect(page.locator('.sheet canvas[data-drawn="true"]')).toHaveCount(2);
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
async function setLang(page: Page, lang: 'zh' | 'en') {
	if ((await page.locator('html').getAttribute('lang')) !== (lang === 'zh' ? 'zh-CN' : 'en'))
		await page.locator('header button.lang').click();
	await expect(page.locator('.sheet')).toHaveAttribute('data-brief', lang);
}

const sc = (f: string) => join('scenarios', f);

test.describe.configure({ mode: 'serial' });

test('headline sentences, the baseline first, changes in words, one A4 page: zh and en, 2 and 4 scenarios', async ({
	page
}) => {
	test.setTimeout(240_000);
	const alts = ['subsidy-held.json', 'cover-self-governed.json', 'faster-upgrade.json'].map(sc);
	await importFiles(page, 'zh', [sc(PLAN), ...alts]);
	const plan = simulate(sc(PLAN));
	const held = simulate(alts[0]);
	const sheet = page.locator('.sheet');
	for (const lang of ['zh', 'en'] as const) {
		await setLang(page, lang);
		for (const files of [
			[sc(PLAN), alts[0]],
			[sc(PLAN), ...alts]
		]) {
			// The plan is chosen last of all and made the baseline: the brief still shows it first.
			const paths = [...files.slice(1), files[0]];
			await choose(page, paths, paths.length - 1);
			const base = String(paths.length - 1);
			await expect(sheet.locator('.who .sc').first()).toHaveAttribute('data-s', base);
			await expect(sheet.locator('table.key thead th').nth(1)).toContainText(['A', 'B', 'C', 'D'][paths.length - 1]);
			await expect(sheet.locator('table.key tbody tr').first().locator('td').first()).toHaveAttribute('data-s', base);
			await expect(sheet.locator('.headlines li').first()).toHaveAttribute('data-s', base);
			// The alternative's sentence: its extra three-year spending from the CLI's totals, in whole 万元.
			const more = wan(lang, held.totals.outlay - plan.totals.outlay);
			const line = sheet.locator('.headlines li[data-s="0"]');
			await expect(line).toContainText(lang === 'zh' ? `三年多支出 ${more}` : `spends ${more} more than`);
			await expect(line).toContainText(lang === 'zh' ? '多达成 3 项目标' : 'meets 3 more targets');
			await expect(line).toContainText(lang === 'zh' ? '2024 年满意度' : 'satisfaction');
			await expect(sheet.locator('.headlines li[data-s="' + base + '"]')).toContainText(wan(lang, plan.totals.outlay));
			// Key figures in whole 万元 too.
			await expect(sheet.locator('tr[data-key="outlay"] td[data-s="0"] .v')).toHaveText(
				wan(lang, held.totals.outlay).replace(' 万元', '')
			);
			// The changes in words with units; never a formula or a parameter key.
			const diff = sheet.locator('section.diff');
			await expect(diff).toContainText(
				lang === 'zh'
					? '准物业补贴 第2、3年：0.1 → 0.2 元/m²/月（维持第1年水平）'
					: 'years 2 and 3: 0.1 → 0.2 元/m²/month (same as year 1)'
			);
			expect(await diff.innerText()).not.toMatch(/=|_y\d|[a-z]+_[a-z]+/);
			await expect(sheet.getByTestId('brief-execution')).toHaveCount(0); // no actuals, no execution section
			// The footer: the rounding rule, the tool, the date, and the model page named as the tool's page.
			const footer = sheet.locator('footer');
			await expect(footer).toContainText(lang === 'zh' ? '万元取整' : 'whole 万元');
			await expect(footer).toContainText(new Date().getFullYear().toString());
			// The model page is named as the tool's page: no host address is printed.
			await expect(footer.locator('a')).toHaveText(
				lang === 'zh' ? '工作台「模型说明」页' : 'the workbench’s “How the model works” page'
			);
			await expect(sheet).not.toContainText(/https?:\/\/|127\.0\.0\.1|localhost/);
			// The plan's name in the page's language only.
			await expect(sheet).not.toContainText(lang === 'zh' ? 'Plan as written' : '规划原文');
			await expect(footer).toContainText(lang === 'zh' ? '模型说明' : 'How the model works');
			expect(await sheet.evaluate((el) => el.scrollHeight), `${lang} ${paths.length} on screen`).toBeLessThanOrEqual(
				A4
			);
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(pdfPages(pdf), `${lang} brief of ${paths.length}`).toBe(1);
		}
	}
});

test('a scenario with actuals gives the brief an execution section in plain words', async ({ page }) => {
	test.setTimeout(120_000);
	await importFiles(page, 'zh', [sc('subsidy-held.json'), ACTUALS]);
	const sim = simulate(ACTUALS);
	const sheet = page.locator('.sheet');
	await choose(page, [ACTUALS, sc('subsidy-held.json')]);
	const ex = sheet.getByTestId('brief-execution');
	await expect(ex.getByRole('heading')).toHaveText('执行情况');
	// 2022: the CLI's actual and variance, said in words: 1,500 万元, 231 万元 less; satisfaction 4.9 points lower.
	const v = sim.years[0].variance!;
	const pp = (Math.abs(v.satisfaction) * 100).toFixed(1);
	await expect(ex).toContainText(
		`2022 年实际支出 ${wan('zh', sim.years[0].actual!.outlay)}，比模型少 ${wan('zh', -v.outlay)}；满意度实际 80.0 %，比模型低 ${pp} 个百分点`
	);
	await expect(ex).toContainText(`2023 年实际支出 1,000 万元，比模型多 ${wan('zh', sim.years[1].variance!.outlay)}`);
	await expect(ex).toContainText(`2022–2023 年累计实际支出 2,500 万元`);
	await setLang(page, 'en');
	await expect(ex.getByRole('heading')).toHaveText('Execution');
	await expect(ex).toContainText(`In 2022: actual outlay 1,500 万元, ${wan('en', -v.outlay)} less than the model`);
	expect(await sheet.evaluate((el) => el.scrollHeight)).toBeLessThanOrEqual(A4);
	expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
});

test('screenshots of the brief, in Chinese and English (docs/)', async ({ browser }) => {
	test.setTimeout(120_000);
	for (const lang of ['zh', 'en'] as const) {
		const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
		const page = await context.newPage();
		const files = process.env.BRIEF4
			? [sc(PLAN), sc('subsidy-held.json'), sc('cover-self-governed.json'), sc('faster-upgrade.json')]
			: [sc(PLAN), sc('cover-self-governed.json'), sc('subsidy-held.json')];
		await importFiles(page, lang, files);
		await choose(page, files);
		await page.locator('.sheet').screenshot({ path: shotPath(`brief-${lang}.png`) });
		// The printed page as the leader holds it: print media, A4.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		// The page box's 12 mm margins, which a screenshot of print media leaves out.
		await page
			.locator('.brief-wrap')
			.evaluate((el: HTMLElement) => ((el.style.padding = '12mm'), (el.style.boxSizing = 'border-box')));
		await page.screenshot({ path: shotPath(`brief-print-${lang}.png`), fullPage: true });
		await context.close();
	}
});
