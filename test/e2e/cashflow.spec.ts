/**
 * The fund-use plan as the treasury's clerk uses it: the synthetic register imported, the plan read
 * by year, exported to XLSX and read back by LibreOffice, assessment results entered, a street's sheet printed.
 * Expected figures are computed here from the plan's subsidy rates (§七) and the sample register's areas.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { registerCsv } from '../../src/lib/register/export';
import { sampleRegister } from '../../src/lib/register/sample';
import { convert, CSV_FILTER, hasSoffice, readCsv, workDir } from '../xlsx/soffice';
import { formulaBar, nameBox, openWorkbench } from './helpers';

const SAMPLE_SEED = 2022; // the register tab's sample (ui/register/screen.svelte.ts)

/** Each street's yearly subsidy by hand: quasi 0.2/0.1/0.1 and basic 0.1/0.05/0.05 元/m²/月 × 12 (§七). */
function expectedStreetYears(): Map<string, number[]> {
	const rate = { quasi: [0.2, 0.1, 0.1], basic: [0.1, 0.05, 0.05], market: [0, 0, 0], self: [0, 0, 0] };
	const out = new Map<string, number[]>();
	for (const c of sampleRegister({ seed: SAMPLE_SEED })) {
		const y = out.get(c.street) ?? [0, 0, 0];
		for (let k = 0; k < 3; k++) y[k] += c.area * rate[c.tier][k] * 12;
		out.set(c.street, y);
	}
	return out;
}

const num = (s: string | null) => Number((s ?? '').replace(/,/g, '').trim());
const section = (page: Page) => page.locator('section.cashflow');
const yearCell = (page: Page, row: string, year: number | string) =>
	section(page).locator(`[data-testid="cashflow-table"] tr[data-row="${row}"] td[data-col="${year}"]`);
const streetYear = (page: Page, street: string, year: number | string) =>
	section(page).locator(`[data-testid="cashflow-table"] tr[data-street="${street}"] td[data-col="${year}"]`);

/** `file`: import the synthetic register as the planner's CSV instead of generating it on the register tab. */
async function openPlan(page: Page, lang: 'zh' | 'en' = 'zh', file?: string) {
	await openWorkbench(page, lang);
	await page.getByRole('tab', { name: lang === 'zh' ? '小区登记册' : 'Compound register' }).click();
	if (file)
		await page.getByTestId('register-input').setInputFiles({
			name: file,
			mimeType: 'text/csv',
			buffer: Buffer.from(registerCsv(sampleRegister({ seed: SAMPLE_SEED })))
		});
	else
		await page
			.getByRole('button', { name: lang === 'zh' ? '生成示例登记册（合成数据）' : 'Generate synthetic sample' })
			.click();
	await expect(page.getByTestId('register-count')).toHaveText('316');
	await page.getByRole('tab', { name: lang === 'zh' ? '分月用款计划' : 'Monthly fund-use plan' }).click();
	await expect(section(page).getByRole('heading', { level: 2 })).toBeVisible();
	await expect(section(page).getByTestId('cashflow-table')).toBeVisible();
}

/** README screenshots at 1366×768, only when asked (SHOTS=1), so ordinary runs leave docs/ alone. */
async function shot(page: Page, name: string, scrollTo?: Locator) {
	if (process.env.SHOTS !== '1') return;
	await page.setViewportSize({ width: 1366, height: 768 });
	if (scrollTo) await scrollTo.scrollIntoViewIfNeeded();
	await page.waitForTimeout(800);
	await page.screenshot({ path: `docs/${name}.png` });
}

test('each street’s year equals the hand computation; the district row is the model’s; the XLSX says the same', async ({
	page
}) => {
	await openPlan(page, 'zh', '示例登记册.csv');
	const expected = expectedStreetYears();
	// The sample reproduces the plan's areas: no note that the register and the scenario differ.
	await expect(page.getByTestId('cashflow-area-differs')).toHaveCount(0);
	const screen: Record<string, number> = {};
	const district = [1731.292, 915.646, 915.646]; // §七 subsidy + 100 万元 reward fund a year
	for (const [k, year] of [2022, 2023, 2024].entries()) {
		await section(page)
			.getByRole('button', { name: String(year), exact: true })
			.click();
		const d = num(await yearCell(page, 'district', year).textContent());
		expect(d).toBeCloseTo(district[k], 3);
		screen[`district|${year}`] = d;
		for (const [street, years] of expected) {
			const v = num(await streetYear(page, street, year).textContent());
			expect(v, `${street} ${year}`).toBeCloseTo(years[k], 3);
			screen[`${street}|${year}`] = v;
		}
		expect(num(await yearCell(page, 'reward', year).textContent())).toBe(100);
		for (const q of [1, 2, 3, 4]) {
			screen[`district|${year}Q${q}`] = num(await yearCell(page, 'district', `${year}Q${q}`).textContent());
			for (const street of expected.keys())
				screen[`${street}|${year}Q${q}`] = num(await streetYear(page, street, `${year}Q${q}`).textContent());
		}
	}

	// XLSX, read back by LibreOffice (recalculating): the same figures as the screen, to the last shown decimal.
	// The file keeps the unrounded figure (203.9115 shows as 203.912), so it may sit half a unit of 0.001 away.
	const HALF = 0.0005 + 1e-9;
	const shownGap = (file: number, shown: number) => Math.abs(file - shown);
	const download = page.waitForEvent('download');
	await section(page).getByRole('button', { name: '导出 XLSX' }).click();
	const file = await (await download).path();
	expect(hasSoffice, 'LibreOffice headless (TOOLCHAIN.md)').toBe(true);
	const dir = workDir();
	const xlsx = join(dir, 'plan.xlsx');
	copyFileSync(file, xlsx);
	convert(dir, CSV_FILTER, [xlsx], dir);
	const rows = readCsv(join(dir, 'plan-用款计划.csv'));
	expect(rows[0][0]).toBe('分月用款计划（按镇、街道）');
	expect(rows.some((r) => r[0].startsWith('情景：'))).toBe(true);
	expect(rows.some((r) => r[0].startsWith('规则：'))).toBe(true);
	expect(rows.some((r) => r[0].startsWith('生成日期：'))).toBe(true);
	expect(rows.some((r) => r[0].startsWith('登记册：示例登记册.csv'))).toBe(true);
	const head = rows.find((r) => r[0] === '镇/街道')!;
	const districtRow = rows.find((r) => r[0] === '全区合计（模型）')!;
	for (const year of [2022, 2023, 2024]) {
		const cols: [string, string][] = [
			[`${year}年合计`, `${year}`],
			...[1, 2, 3, 4].map((q): [string, string] => [`${year}年第${q}季度`, `${year}Q${q}`])
		];
		for (const [title, key] of cols) {
			const j = head.indexOf(title);
			expect(j, title).toBeGreaterThan(0);
			expect(shownGap(Number(districtRow[j]), screen[`district|${key}`]), title).toBeLessThanOrEqual(HALF);
			for (const street of expected.keys()) {
				const r = rows.find((x) => x[0] === street)!;
				expect(shownGap(Number(r[j]), screen[`${street}|${key}`]), `${street} ${title}`).toBeLessThanOrEqual(HALF);
			}
		}
	}
	// 36 months, 12 quarters and 3 years as columns.
	expect(head.length).toBe(1 + 36 + 12 + 3);
});

test('the CSV is UTF-8 with a BOM and carries the same district total', async ({ page }) => {
	await openPlan(page);
	const download = page.waitForEvent('download');
	await section(page).getByRole('button', { name: '导出 CSV' }).click();
	const text = readFileSync((await (await download).path())!, 'utf8');
	expect(text.startsWith('\uFEFF分月用款计划（按镇、街道）')).toBe(true);
	const district = text.split('\r\n').find((l) => l.startsWith('全区合计（模型）'))!;
	expect(district.split(',')).toContain('1731.292');
});

test('the register’s areas differing from the scenario’s is said on screen, by how much', async ({ page }) => {
	await openPlan(page);
	await page.getByRole('tab', { name: '工作台' }).click();
	await nameBox(page).fill('quasi_area');
	await nameBox(page).press('Enter');
	await formulaBar(page).fill('300');
	await formulaBar(page).press('Enter');
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await expect(page.getByRole('tab', { name: '分月用款计划' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByTestId('cashflow-area-differs')).toContainText(
		'准物业：登记册 249.31 万 m²，情景 300 万 m²，相差 50.69 万 m²'
	);
	// The scenario's quasi area is what is split: 300 × 0.2 × 12 + basic 860.79 × 0.1 × 12 + 100 reward.
	await expect(yearCell(page, 'district', 2022)).toHaveText('1,852.948');
});

test('an assessment that releases 80 % of a quarter takes the rest off the street’s next month', async ({ page }) => {
	await openPlan(page);
	const street = [...expectedStreetYears().entries()].find(([, y]) => y[0] > 0)![0];
	const month = (m: string) => section(page).locator(`tr[data-street="${street}"] td[data-col="${m}"]`);
	const q1 = num(await month('2022Q1').textContent());
	const april = num(await month('2022-04').textContent());
	const form = section(page).locator('section.assess');
	await form.getByLabel('街道').selectOption(street);
	await form.getByLabel('季度').selectOption('2022Q1');
	await form.getByLabel('拨付比例（%）').fill('120');
	await form.getByRole('button', { name: '加入' }).click();
	await expect(form.getByRole('alert')).toHaveText('拨付比例“120”无效：应为 0 到 100 之间的数');
	await form.getByLabel('拨付比例（%）').fill('80');
	await form.getByRole('button', { name: '加入' }).click();
	await expect(form.getByRole('alert')).toHaveCount(0);
	// 20 % of the quarter withheld comes off April (the street's monthly subsidy covers it: ⅓ of the quarter).
	const withheld = 0.2 * q1;
	await expect(month('2022-04')).toHaveText(
		new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(april - withheld)
	);
	await expect(yearCell(page, 'district', 2022)).toHaveText('1,731.292'); // the model's, unchanged
	const paid = num(await yearCell(page, 'paid', 2022).textContent());
	expect(paid).toBeCloseTo(1731.292 - withheld, 3);
});

test('a reward-fund share given to a street moves that much off the unallocated line; over 100 % is refused', async ({
	page
}) => {
	await openPlan(page);
	const [first, second] = [...expectedStreetYears().keys()].sort();
	const jan = (sel: string) => section(page).locator(`[data-testid="cashflow-table"] ${sel} td[data-col="2022-01"]`);
	const before = num(await jan(`tr[data-street="${first}"]`).textContent());
	const form = section(page).locator('section.reward');
	await form.getByLabel('街道').selectOption(first);
	await form.getByLabel('份额（%）').fill('40');
	await form.getByRole('button', { name: '设定' }).click();
	await expect(form.locator(`[data-reward-share="${first}"]`)).toContainText('40 %（假设）');
	// 40 % of the year's 100 万元 reward fund, paid in the plan year's first month (§七).
	await expect(jan('tr[data-row="reward"]')).toHaveText('60.000');
	expect(num(await jan(`tr[data-street="${first}"]`).textContent())).toBeCloseTo(before + 40, 3);
	await expect(jan('tr[data-row="district"]')).toHaveText('235.941');
	await form.getByLabel('街道').selectOption(second);
	await form.getByLabel('份额（%）').fill('70');
	await form.getByRole('button', { name: '设定' }).click();
	await expect(form.getByRole('alert')).toHaveText('各街道份额合计将超过 100 %，未做更改');
	await expect(jan('tr[data-row="reward"]')).toHaveText('60.000');
});

const TRIALS = 10;

/** After a reload: the register tab's plan view, once the inputs kept with the scenario have been read. */
async function backToPlan(page: Page) {
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('316', { timeout: 20_000 });
	await page.getByRole('tab', { name: '分月用款计划' }).click();
	await expect(section(page).getByTestId('cashflow-table')).toBeVisible();
	await expect(section(page)).not.toHaveAttribute('data-fund-use-reads', '0');
}

test('assessment results and reward shares are kept with the scenario through a reload 50 ms after the last edit', async ({
	page
}) => {
	test.setTimeout(TRIALS * 30_000);
	// The browser's own "leave the page?" on a reload while a write is pending is accepted, as in durable.spec.
	page.on('dialog', (d) => void d.accept());
	await openPlan(page, 'zh', '示例登记册.csv');
	const street = [...expectedStreetYears().entries()].find(([, y]) => y[0] > 0)![0];
	const shown = (sel: string, col: string) =>
		section(page).locator(`[data-testid="cashflow-table"] ${sel} td[data-col="${col}"]`);
	const streetAt = (col: string) => shown(`tr[data-street="${street}"]`, col);
	// Before any input: the street's 2022 Q1 subsidy, its April and its January as shown.
	const q1 = num(await streetAt('2022Q1').textContent());
	const april = num(await streetAt('2022-04').textContent());
	const january = num(await streetAt('2022-01').textContent());
	const assess = section(page).locator('section.assess');
	const reward = section(page).locator('section.reward');
	let kept = 0;
	for (let i = 0; i < TRIALS; i++) {
		// A value of its own each trial, so that one kept from an earlier trial does not count.
		const released = 70 + i;
		const share = 10 + i;
		await assess.getByLabel('街道').selectOption(street);
		await assess.getByLabel('季度').selectOption('2022Q1');
		await assess.getByLabel('拨付比例（%）').fill(String(released));
		await assess.getByRole('button', { name: '加入' }).click();
		await reward.getByLabel('街道').selectOption(street);
		await reward.getByLabel('份额（%）').fill(String(share));
		await reward.getByRole('button', { name: '设定' }).click();
		await page.waitForTimeout(50);
		await page.reload();
		await backToPlan(page);
		const a = assess.locator(`[data-assessment="${street}|2022Q1"]`);
		const r = reward.locator(`[data-reward-share="${street}"]`);
		const aText = (await a.count()) ? await a.textContent() : '';
		const rText = (await r.count()) ? await r.textContent() : '';
		if (aText?.includes(`拨付 ${released} %`) && rText?.includes(`：${share} %（假设）`)) kept++;
	}
	console.log(`[trials] fund-use inputs after reload: kept ${kept}, lost ${TRIALS - kept}`);
	expect(kept).toBe(TRIALS);

	// The figures after the last reload carry the last trial's inputs: (1 − 79 %) of the street's Q1 subsidy comes
	// off its April (a month's subsidy covers it: ⅓ of the quarter), and 19 % of January's 100 万元 reward fund
	// is the street's, the rest left unallocated.
	const released = (70 + TRIALS - 1) / 100;
	const share = (10 + TRIALS - 1) / 100;
	await expect
		.poll(async () => num(await streetAt('2022-04').textContent()))
		.toBeCloseTo(april - (1 - released) * q1, 2);
	await expect.poll(async () => num(await streetAt('2022-01').textContent())).toBeCloseTo(january + share * 100, 2);
	await expect(shown('tr[data-row="reward"]', '2022-01')).toHaveText('81.000');
	// The model's district total is unchanged; what the district pays in 2022 is that less the money withheld.
	await expect(yearCell(page, 'district', 2022)).toHaveText('1,731.292');
	expect(num(await yearCell(page, 'paid', 2022).textContent())).toBeCloseTo(1731.292 - (1 - released) * q1, 2);
});

test('a street’s sheet prints on one A4 page, its figures the screen’s', async ({ page }) => {
	await openPlan(page);
	const [street, years] = [...expectedStreetYears().entries()].find(([, y]) => y[0] > 0)!;
	await section(page).getByLabel('街道用款单').selectOption(street);
	await page.emulateMedia({ media: 'print' });
	const sheet = page.getByTestId('street-print');
	await expect(sheet).toBeVisible();
	await expect(sheet.getByRole('heading')).toHaveText(`${street} 分月用款计划`);
	await expect(sheet.locator('tr.year').first()).toContainText(
		new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(years[0])
	);
	await shot(page, 'cashflow-print-zh');
	const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
	await page.emulateMedia({ media: 'screen' });
});

test('with ranges, each street’s P50 and P90 match the triangular range’s own quantiles', async ({ page }) => {
	// The fixture varies the quasi subsidy, year 1 triangular 0.15–0.2–0.25 元/m²/月; in February (no reward
	// fund) a street's need is quasi area × that + basic area × 0.1. A symmetric triangle's median is its mode;
	// its P90 is 0.25 − √(0.1 × 0.1 × 0.05) = 0.227639.
	await openWorkbench(page);
	await page.getByTestId('import-input').setInputFiles('test/montecarlo/fixtures/plan-uncertain.json');
	await page.getByRole('dialog').getByRole('button').click();
	await expect(page.locator('header .scenario')).toContainText('with ranges');
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await page.getByRole('button', { name: '生成示例登记册（合成数据）' }).click();
	await expect(page.getByTestId('register-count')).toHaveText('316');
	await page.getByRole('tab', { name: '分月用款计划' }).click();
	await section(page)
		.getByRole('button', { name: /计算 P50 \/ P90（10,000 次，种子 1）/ })
		.click();
	const bands = section(page).getByTestId('cashflow-bands');
	await expect(bands).toBeVisible({ timeout: 30_000 });
	const area = new Map<string, { quasi: number; basic: number }>();
	for (const c of sampleRegister({ seed: SAMPLE_SEED })) {
		const a = area.get(c.street) ?? { quasi: 0, basic: 0 };
		if (c.tier === 'quasi' || c.tier === 'basic') a[c.tier] += c.area;
		area.set(c.street, a);
	}
	const P90 = 0.25 - Math.sqrt(0.1 * 0.1 * 0.05);
	const band = (street: string, q: string, month: number) =>
		bands.locator(`tr[data-street="${street}"][data-q="${q}"] td`).nth(month).textContent();
	for (const [street, a] of area) {
		expect(num(await band(street, 'p50', 1)), street).toBeCloseTo(a.quasi * 0.2 + a.basic * 0.1, 1);
		expect(num(await band(street, 'p90', 1)), street).toBeCloseTo(a.quasi * P90 + a.basic * 0.1, 1);
	}
	await shot(page, 'cashflow-bands-zh', bands);

	// A street given 40 % of the reward fund (drawn from 50–150 万元, paid in January): in every run its January
	// need is February's plus 20–60 万元, so its January band sits that much higher; another street's does not move.
	const [given, other] = [...area.keys()].sort();
	const reward = section(page).locator('section.reward');
	await reward.getByLabel('街道').selectOption(given);
	await reward.getByLabel('份额（%）').fill('40');
	await reward.getByRole('button', { name: '设定' }).click();
	await expect(bands).toHaveCount(0); // computed without the share: no longer shown
	await section(page)
		.getByRole('button', { name: /计算 P50 \/ P90（10,000 次，种子 1）/ })
		.click();
	await expect(bands).toBeVisible({ timeout: 30_000 });
	for (const q of ['p50', 'p90']) {
		const lift = num(await band(given, q, 0)) - num(await band(given, q, 1));
		expect(lift, `${given} ${q}`).toBeGreaterThan(20);
		expect(lift, `${given} ${q}`).toBeLessThan(60);
		expect(num(await band(other, q, 0)), `${other} ${q}`).toBe(num(await band(other, q, 1)));
	}
});

test('in English the plan reads in English, months and rows named; screenshots zh/en with SHOTS=1', async ({
	page
}) => {
	await openPlan(page);
	await shot(page, 'cashflow-zh');
	await shot(page, 'cashflow-chart-zh', page.locator('[data-chart="cashflow-stacked"]'));
	await page.getByRole('button', { name: 'English' }).click();
	await expect(section(page).getByRole('heading', { level: 2 })).toHaveText('Monthly fund-use plan by town and street');
	const table = section(page).getByTestId('cashflow-table');
	await expect(table.locator('th[data-col="2022-01"]')).toHaveText('Jan');
	await expect(table.locator('th[data-col="2022Q1"]')).toHaveText('Q1');
	await expect(table.locator('th[data-col="2022"]')).toHaveText('2022 total');
	await expect(table.locator('tr[data-row="district"] th')).toHaveText('District total (model)');
	await expect(table.locator('tr[data-row="reward"] th')).toHaveText('Reward fund (unallocated)');
	await expect(yearCell(page, 'district', 2022)).toHaveText('1,731.292');
	await page.evaluate(() => window.scrollTo(0, 0));
	await shot(page, 'cashflow-en');
});
