import { shotPath } from './helpers';
/**
 * The Compare screen end to end: the scenario files imported through the library bar, compared on /compare,
 * every figure on screen checked against `simulate --json` (run here, as a planner would), the plan check's
 * findings, and the brief printed to PDF: exactly one A4 page in either language.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';

// Generous waits: the machine running these is shared, and a first worker start can take seconds under load.
const expect = baseExpect.configure({ timeout: 20_000 });

type Tiers = { market: number; quasi: number; basic: number; self: number; total: number };
interface SimYear {
	outlay: number;
	subsidy: Tiers;
	rewardFund: number;
	waiverCompensation: number;
	firmIncome: Tiers;
	firmCost: Tiers;
	adequacy: number;
	coverage: number;
	committees: number;
	committeeRate: number;
	standard: number;
	standardRate: number;
	satisfaction: number;
	targets: Record<string, boolean | null>;
}
interface Sim {
	name: string;
	years: SimYear[];
	totals: { subsidy: number; rewardFund: number; waiverCompensation: number; outlay: number };
}

const PLAN = 'plan-2022-2024.json';
const ALTERNATIVES = readdirSync('scenarios')
	.filter((f) => f.endsWith('.json') && f !== PLAN)
	.sort();
const sims = new Map<string, Sim>();
/** The CLI's figures for a file, exactly as `npm run -s simulate -- FILE --json` prints them. */
function simulate(file: string): Sim {
	if (!sims.has(file))
		sims.set(
			file,
			JSON.parse(
				execFileSync('npx', ['tsx', 'src/cli/simulate.ts', join('scenarios', file), '--json'], { encoding: 'utf8' })
			)
		);
	return sims.get(file)!;
}
const nameOf = (file: string) => JSON.parse(readFileSync(join('scenarios', file), 'utf8')).name as string;

// The screen's formats, written out independently: 万元 to 3 decimals, rates to 0.01 %, compounds to one decimal.
const locale = (lang: 'zh' | 'en') => (lang === 'zh' ? 'zh-CN' : 'en-GB');
const nf = (lang: 'zh' | 'en', min: number, max: number) =>
	new Intl.NumberFormat(locale(lang), { minimumFractionDigits: min, maximumFractionDigits: max });
const money = (lang: 'zh' | 'en', x: number) => nf(lang, 3, 3).format(x);
const pct = (lang: 'zh' | 'en', x: number) => `${nf(lang, 2, 2).format(x * 100)} %`;
// Compounds as a planner counts them: whole numbers.
const count = (lang: 'zh' | 'en', x: number) => nf(lang, 0, 0).format(x);
const sign = (x: number) => (x < 0 ? '−' : '+');

/** Each metric of the table: how to read it from the CLI's year, its format, and how its total column is made. */
const sum = (ys: SimYear[], f: (y: SimYear) => number) => ys.reduce((s, y) => s + f(y), 0);
type Row = {
	get: (y: SimYear) => number;
	fmt: (lang: 'zh' | 'en', x: number) => string;
	total: 'sum' | 'end' | 'none';
};
const ROWS: Record<string, Row> = {
	outlay: { get: (y) => y.outlay, fmt: money, total: 'sum' },
	subsidy: { get: (y) => y.subsidy.total, fmt: money, total: 'sum' },
	'subsidy-quasi': { get: (y) => y.subsidy.quasi, fmt: money, total: 'sum' },
	'subsidy-basic': { get: (y) => y.subsidy.basic, fmt: money, total: 'sum' },
	reward: { get: (y) => y.rewardFund, fmt: money, total: 'sum' },
	waiver: { get: (y) => y.waiverCompensation, fmt: money, total: 'sum' },
	'outlay-noreward': { get: (y) => y.outlay - y.rewardFund, fmt: money, total: 'sum' },
	...Object.fromEntries(
		(['market', 'quasi', 'basic'] as const).flatMap((t) => [
			[`firmIncome-${t}`, { get: (y: SimYear) => y.firmIncome[t], fmt: money, total: 'sum' }],
			[`firmCost-${t}`, { get: (y: SimYear) => y.firmCost[t], fmt: money, total: 'sum' }]
		])
	),
	adequacy: { get: (y) => y.adequacy, fmt: pct, total: 'none' },
	coverage: { get: (y) => y.coverage, fmt: pct, total: 'end' },
	committees: { get: (y) => y.committees, fmt: count, total: 'end' },
	'committee-rate': { get: (y) => y.committeeRate, fmt: pct, total: 'end' },
	standard: { get: (y) => y.standard, fmt: count, total: 'end' },
	'standard-rate': { get: (y) => y.standardRate, fmt: pct, total: 'end' },
	satisfaction: { get: (y) => y.satisfaction, fmt: pct, total: 'end' }
};
const expected = (sim: Sim, row: Row, lang: 'zh' | 'en') => {
	const years = sim.years.map((y) => row.fmt(lang, row.get(y)));
	const total =
		row.total === 'sum' ? row.fmt(lang, sum(sim.years, row.get)) : row.total === 'end' ? years[years.length - 1] : '—';
	return [...years, total];
};

/** A file named like a scenario the library has (the plan's own file) is kept beside it, as "(2)". */
async function keepBoth(page: Page, report: Locator) {
	const ask = page.getByTestId('name-clash');
	await expect(ask.or(report)).toBeVisible();
	if (await ask.isVisible()) await ask.getByRole('button', { name: /保留两份|Keep both/ }).click();
}

/** The workbench with every scenario file imported through the library bar's file input. */
async function importScenarios(page: Page, lang: 'zh' | 'en' = 'zh') {
	await page.addInitScript((l) => localStorage.getItem('lang') || localStorage.setItem('lang', l), lang);
	await page.goto('/');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584'); // the plan scenario is open and computed
	const options = page.getByRole('combobox').first().locator('option');
	for (const [i, file] of [PLAN, ...ALTERNATIVES].entries()) {
		await page.getByTestId('import-input').setInputFiles(join('scenarios', file));
		const report = page.getByRole('dialog', { name: new RegExp(file.replace('.', '\\.')) });
		await keepBoth(page, report);
		await expect(report).toBeVisible();
		await report.getByRole('button').click();
		await expect(options).toHaveCount(i + 2); // the plan the workbench starts with, then each import
	}
}

const picker = (page: Page) => page.locator('fieldset.picker');
/** Chooses exactly these scenarios, in order (the first is the baseline), by their names in the library list. */
async function choose(page: Page, files: string[]) {
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false'); // the default pair is in, so clicks land after it
	const boxes = picker(page).getByRole('checkbox');
	for (const box of await boxes.all()) if (await box.isChecked()) await box.uncheck();
	for (const f of files)
		await picker(page)
			.locator('li', { hasText: nameOf(f) })
			.last()
			.getByRole('checkbox')
			.check();
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('table.compare tr[data-metric="outlay"]')).toHaveCount(files.length);
}
const cell = (page: Page, metric: string, s: number, col: string) =>
	page.locator(`tr[data-metric="${metric}"][data-s="${s}"] td[data-col="${col}"]`);

/** Pages in a PDF: page objects, not the /Pages tree node. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
async function briefPdf(page: Page): Promise<Buffer> {
	await expect(page.locator('.sheet canvas[data-drawn="true"]')).toHaveCount(2);
	return page.pdf({ format: 'A4', printBackground: true });
}

test.describe.configure({ mode: 'serial' });

test('the plan against each alternative: every figure equals simulate --json', async ({ page }) => {
	test.setTimeout(180_000);
	await importScenarios(page);
	await page.goto('/compare');
	const plan = simulate(PLAN);
	for (const alt of ALTERNATIVES) {
		await choose(page, [PLAN, alt]);
		const sim = simulate(alt);
		for (const [id, row] of Object.entries(ROWS)) {
			const cols = ['y1', 'y2', 'y3', 'total'];
			for (const [s, file] of [PLAN, alt].entries()) {
				const want = expected(s === 0 ? plan : sim, row, 'zh');
				for (const [i, col] of cols.entries())
					await expect(cell(page, id, s, col).locator('.v'), `${alt} ${id} ${file} ${col}`).toHaveText(want[i]);
			}
		}
		// Differences against the baseline, as shown: the outlay (万元 and %) and the year-end satisfaction (points).
		for (const [i, col] of ['y1', 'y2', 'y3'].entries()) {
			const d = sim.years[i].outlay - plan.years[i].outlay;
			const text =
				Math.abs(d) < 5e-4
					? '±0'
					: `${sign(d)}${money('zh', Math.abs(d))} (${sign(d)}${nf('zh', 1, 1).format(Math.abs(d / plan.years[i].outlay) * 100)} %)`;
			await expect(cell(page, 'outlay', 1, col).locator('.d'), `${alt} outlay Δ ${col}`).toHaveText(text);
			const ds = (sim.years[i].satisfaction - plan.years[i].satisfaction) * 100;
			const stext = Math.abs(ds) < 0.005 ? '±0' : `${sign(ds)}${nf('zh', 2, 2).format(Math.abs(ds))} 个百分点`;
			await expect(cell(page, 'satisfaction', 1, col).locator('.d'), `${alt} satisfaction Δ ${col}`).toHaveText(stext);
		}
		// Targets met per scenario, counted from the CLI's own verdicts.
		for (const [s, x] of [plan, sim].entries()) {
			const all = x.years.flatMap((y) => Object.values(y.targets)).filter((m) => m !== null);
			await expect(page.locator(`.targets tr.sum td[data-s="${s}"]`).first()).toHaveAttribute(
				'data-met',
				`${all.filter(Boolean).length}/${all.length}`
			);
		}
		// The brief's key figures are the same numbers, rounded for leadership to whole 万元 (its footer says so).
		await expect(page.locator('.sheet tr[data-key="outlay"] td[data-s="1"] .v')).toHaveText(
			nf('zh', 0, 0).format(Math.round(sim.totals.outlay))
		);
		expect(pdfPages(await briefPdf(page)), `brief for ${alt}`).toBe(1);
	}
});

test('the assumption diff shows exactly what each alternative changes, old → new', async ({ page }) => {
	await importScenarios(page);
	await page.goto('/compare');
	await choose(page, [PLAN, 'collection-stagnates.json']);
	const review = page.locator('[data-diff="1"]');
	await expect(review.locator('[data-param]')).toHaveCount(2);
	const line = review.locator('[data-param="quasi_collection"] .line[data-year="2"]');
	await expect(line.locator('.del')).toHaveText('− 80 %');
	await expect(line.locator('.add')).toHaveText('+ =quasi_collection_y1 = 75 %');
	await expect(review.locator('h3')).toHaveText(['收缴率']);
	await choose(page, [PLAN, 'subsidy-held.json']);
	await expect(page.locator('[data-diff="1"] [data-param]')).toHaveCount(2);
	await expect(page.locator('[data-diff="1"] [data-param="basic_subsidy"] .line[data-year="3"] .add')).toHaveText(
		'+ =basic_subsidy_y1 = 0.1'
	);
});

test('the plan check on the plan: the reward fund outside the totals, coverage not budgeted, rounding', async ({
	page
}) => {
	await importScenarios(page);
	await page.goto('/compare');
	await choose(page, [PLAN, 'cover-self-governed.json']);
	const row = (id: string) => page.locator(`section.check tr[data-finding="${id}"]`);
	await expect(row('reward-fund')).toHaveAttribute('data-status', 'outside');
	await expect(row('reward-fund').locator('[data-col="stated"]')).toContainText('3,263');
	await expect(row('reward-fund').locator('[data-col="model"]')).toContainText('3,562.584');
	await expect(row('reward-fund')).toContainText('奖励资金（三年 300 万元，§七 奖励资金）在合计之外');
	await expect(row('reward-fund')).toContainText('两项合计');
	await expect(row('coverage')).toHaveAttribute('data-status', 'unbudgeted');
	await expect(row('coverage').locator('[data-col="model"]')).toContainText('313');
	await expect(row('coverage')).toContainText('三年内实现物业服务管理全覆盖');
	await expect(row('coverage')).toContainText('4.924 万元');
	await expect(row('subsidy-y1')).toHaveAttribute('data-status', 'rounding');
	await expect(row('subsidy-y1')).toContainText('规划将 1,631.292 取整为 1,631');
	await expect(row('subsidy-y1')).toContainText('第一年共计需区财政支出 1631 万元');
	// Every model figure cites its source: a clause, or "assumption".
	for (const src of await page.locator('section.check [data-col="model"] .src').allTextContents())
		expect(src).toMatch(/^(§|假设)/);
	// Checking the other scenario: its cover of the self-governed compounds meets coverage, outside the budget.
	await page.locator('section.check select').selectOption({ index: 1 });
	await expect(row('coverage').locator('[data-col="model"]')).toContainText('316');
	await expect(row('subsidy-total')).toHaveAttribute('data-status', 'unbudgeted');
});

/** The part of a bilingual scenario name in one language: the Chinese words before the first Latin letter, or the rest. */
function inLang(name: string, lang: 'zh' | 'en'): string {
	const m = /^([^A-Za-z]+?)\s+([A-Za-z].*)$/.exec(name);
	return m ? (lang === 'zh' ? m[1] : m[2]) : name;
}

test('the brief is one A4 page in English and in Chinese, with four scenarios too', async ({ page }) => {
	test.setTimeout(120_000);
	await importScenarios(page, 'en');
	await page.goto('/compare');
	await expect(page.getByRole('button', { name: 'Print brief' })).toBeVisible();
	for (const files of [
		[PLAN, 'faster-upgrade.json'],
		[PLAN, ...ALTERNATIVES.slice(0, 3)]
	]) {
		for (const lang of ['en', 'zh'] as const) {
			if ((await page.locator('html').getAttribute('lang')) !== (lang === 'zh' ? 'zh-CN' : 'en'))
				await page.locator('header button.lang').click();
			await choose(page, files);
			const sheet = page.locator('.sheet');
			await expect(sheet).toHaveAttribute('data-brief', lang);
			await expect(sheet).toContainText(new Date().getFullYear().toString());
			// A bilingual name ("规划原文 Plan as written 2022–2024") is shown in the page's language only.
			for (const f of files) await expect(sheet.locator('.who')).toContainText(inLang(nameOf(f), lang));
			// The on-screen sheet is A4 (297 mm at 96 px/in): nothing may run past its bottom.
			expect(await sheet.evaluate((el) => el.scrollHeight)).toBeLessThanOrEqual(Math.ceil((297 / 25.4) * 96));
			expect(pdfPages(await briefPdf(page)), `${lang} brief of ${files.length}`).toBe(1);
		}
	}
	// The button hands the page to the browser's print dialog ("Save as PDF"), which prints the brief alone.
	await page.evaluate(() => {
		const w = window as unknown as { printed: number };
		w.printed = 0;
		window.print = () => void w.printed++;
	});
	await page.getByRole('button', { name: '打印简报' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.screen')).toBeHidden();
	await expect(page.locator('.sheet')).toBeVisible();
});

test('screenshots of the comparison, in Chinese and English (docs/)', async ({ browser }) => {
	test.setTimeout(120_000);
	for (const lang of ['zh', 'en'] as const) {
		const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } }); // IndexedDB is per context
		const page = await context.newPage();
		await importScenarios(page, lang);
		await page.goto('/compare');
		await choose(page, [PLAN, 'cover-self-governed.json', 'subsidy-held.json']);
		await expect(page.locator('.cols canvas[data-drawn="true"]')).toHaveCount(4);
		// The first screen (picker, the outlay rows, the charts), then the assumption diff with the plan check below it.
		await page.screenshot({ path: shotPath(`compare-${lang}.png`) });
		const from = (await page.locator('section.diffs').boundingBox())!;
		const to = (await page.locator('section.check').boundingBox())!;
		await page.screenshot({
			path: shotPath(`compare-check-${lang}.png`),
			fullPage: true,
			clip: { x: 0, y: from.y - 8, width: 1440, height: to.y + to.height - from.y + 16 }
		});
		// The brief's screenshots (screen and print) are brief.spec.ts's.
		await context.close();
	}
});
