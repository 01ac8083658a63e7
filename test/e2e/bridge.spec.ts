/**
 * The bridge on Compare and in the brief, in Chinese and English: the plan → "subsidies held and a
 * faster upgrade"; and on the review tab, the re-forecast's change split by the restart state the actuals moved. Every figure on screen is checked against a Shapley value computed here by brute force —
 * all 3! orders of applying the three changes, each order's steps from project() on the files as the reader
 * reads them — not by the bridge's own code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { PARAM, TIERS } from '../../src/lib/model/catalogue';
import { toModelInputs, type ParamValues } from '../../src/lib/model/inputs';
import { project } from '../../src/lib/model/projection';
import { reforecast } from '../../src/lib/model/reforecast';
import { runProjection } from '../../src/lib/model/run';

const expect = baseExpect.configure({ timeout: 20_000 });

const dir = mkdtempSync(join(tmpdir(), 'bridge-'));
const ALT = join(dir, 'held-upgrade.json');
const ALT_NAME = '补贴不退坡并提速 Held and upgraded';
writeFileSync(
	ALT,
	JSON.stringify({
		format: 'property-plan-scenario',
		version: 1,
		name: ALT_NAME,
		start: '2022-01',
		years: 3,
		parameters: {
			quasi_subsidy: { values: [0.2, 0.2, 0.2] },
			basic_subsidy: { values: [0.1, 0.1, 0.1] },
			upgrade_basic_to_quasi: { values: [0.1, 0, 0] }
		}
	})
);

const read = (path: string): ParamValues => {
	const r = readScenarioText(readFileSync(path, 'utf8'));
	if (!r.ok) throw new Error(path);
	return r.values;
};
const BASE = read('scenarios/plan-2022-2024.json');
const ALTV = read(ALT);
const KEYS = ['quasi_subsidy', 'basic_subsidy', 'upgrade_basic_to_quasi'];

/** The output with the keys in `set` taken from the alternative. */
function f(set: string[], out: (p: ReturnType<typeof runProjection>) => number): number {
	const v = { ...BASE };
	for (const k of set) v[k] = ALTV[k];
	return out(runProjection(v, 3, '2022-01'));
}
/** Shapley by definition: each key's step averaged over all 3! orders. */
function shapley(out: (p: ReturnType<typeof runProjection>) => number): Record<string, number> {
	const orders = [
		[0, 1, 2],
		[0, 2, 1],
		[1, 0, 2],
		[1, 2, 0],
		[2, 0, 1],
		[2, 1, 0]
	].map((o) => o.map((i) => KEYS[i]));
	const phi: Record<string, number> = Object.fromEntries(KEYS.map((k) => [k, 0]));
	for (const o of orders) o.forEach((k, i) => (phi[k] += (f(o.slice(0, i + 1), out) - f(o.slice(0, i), out)) / 6));
	return phi;
}
const outlay = (p: ReturnType<typeof runProjection>) => p.totals.outlay;
const sat3 = (p: ReturnType<typeof runProjection>) => p.years[2].satisfaction;

const num = (L: 'zh' | 'en', x: number, d: number) =>
	new Intl.NumberFormat(L === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: d, maximumFractionDigits: d }).format(
		x
	);
const signed = (L: 'zh' | 'en', x: number, d = 3) => `${x < 0 ? '−' : '+'}${num(L, Math.abs(x), d)}`;
const wan = (L: 'zh' | 'en', x: number) => `${num(L, Math.round(x), 0)} 万元`;

/** README screenshots at 1366×768, only when asked (SHOTS=1), so ordinary runs leave docs/ alone. */
async function shot(page: Page, name: string) {
	if (!process.env.SHOTS) return;
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.locator('[data-bridge]').scrollIntoViewIfNeeded();
	await page.waitForTimeout(600);
	await page.locator('[data-bridge]').screenshot({ path: `docs/${name}.png` });
}

async function open(page: Page, lang: 'zh' | 'en') {
	await page.addInitScript((l) => localStorage.getItem('lang') || localStorage.setItem('lang', l), lang);
	await page.goto('/');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584');
	await page.getByTestId('import-input').setInputFiles(ALT);
	const report = page.getByRole('dialog', { name: /held-upgrade\.json/ });
	await expect(report).toBeVisible();
	await report.getByRole('button').click();
	await page.goto('/compare');
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	// The default pair: the plan as the baseline and the newest scenario, the one just imported.
	await expect(page.locator('[data-bridge] [data-testid="bridge-table"]')).toBeVisible();
}

for (const L of ['zh', 'en'] as const) {
	test(`the waterfall and its table split the outlay difference by parameter (${L})`, async ({ page }) => {
		await open(page, L);
		const phi = shapley(outlay);
		const delta = f(KEYS, outlay) - f([], outlay);
		const panel = page.locator('[data-bridge]');
		await expect(panel.locator('canvas[data-drawn="true"]')).toHaveCount(1);
		const rows = panel.locator('tr[data-part]');
		await expect(rows).toHaveCount(3);
		// Largest part first, each with its label, its figure and its share of the difference.
		const order = [...KEYS].sort((a, b) => Math.abs(phi[b]) - Math.abs(phi[a]));
		for (const [i, key] of order.entries()) {
			const row = rows.nth(i);
			await expect(row.locator('td').first()).toHaveText(PARAM.get(key)!.label[L]);
			await expect(row.locator('td').nth(2)).toHaveText(signed(L, phi[key]));
			await expect(row.locator('td').nth(3)).toHaveText(`${num(L, (phi[key] / delta) * 100, 1)} %`);
		}
		await expect(panel.locator('tr.sum td').nth(2)).toHaveText(signed(L, delta));
		// The basic subsidy's change in words: years 2 and 3, 0.05 → 0.1 元/m²/月.
		await expect(panel.locator('tr[data-key="basic_subsidy"]')).toContainText('0.05 → 0.1');
		// The quasi subsidy's interaction with the upgrade: half of joint minus own effects.
		const pair =
			f(['quasi_subsidy', 'upgrade_basic_to_quasi'], outlay) -
			f(['quasi_subsidy'], outlay) -
			f(['upgrade_basic_to_quasi'], outlay) +
			f([], outlay);
		const up = PARAM.get('upgrade_basic_to_quasi')!.label[L];
		const words = L === 'zh' ? `与${up}的交互 ${signed(L, pair / 2)}` : `interaction with ${up} ${signed(L, pair / 2)}`;
		await expect(panel.locator('tr[data-key="quasi_subsidy"]')).toContainText(words);
		await expect(panel).toContainText(L === 'zh' ? '模型说明' : 'model');
		await shot(page, `bridge-${L}`);
	});
}

test('a target rate: the parts in 个百分点 and whether each side meets the target', async ({ page }) => {
	await open(page, 'zh');
	const panel = page.locator('[data-bridge]');
	await panel.getByTestId('bridge-output').selectOption({ label: '2024 年居民满意度' });
	const phi = shapley(sat3);
	await expect(panel.getByTestId('bridge-target')).toContainText('目标 90.00 %');
	await expect(panel.getByTestId('bridge-target')).toContainText('未达标，差');
	await expect(panel.locator('th').nth(2)).toContainText('个百分点');
	for (const key of KEYS) {
		const row = panel.locator(`tr[data-key="${key}"]`);
		const x = phi[key] * 100;
		await expect(row.locator('td').nth(2)).toHaveText(Math.abs(x) < 0.005 ? '±0' : signed('zh', x, 2));
	}
});

test("the brief's bridge sentence names the largest parts (zh, en)", async ({ page }) => {
	await open(page, 'zh');
	const phi = shapley(outlay);
	const delta = f(KEYS, outlay) - f([], outlay);
	const order = [...KEYS].sort((a, b) => Math.abs(phi[b]) - Math.abs(phi[a]));
	const line = page.locator('.sheet [data-brief-bridge]');
	await expect(line).toHaveCount(1);
	await expect(line).toContainText(
		`多支出的 ${wan('zh', delta)}中，` + order.map((k) => `${PARAM.get(k)!.label.zh}占 ${wan('zh', phi[k])}`).join('，')
	);
	await page.locator('header button.lang').click();
	await expect(line).toContainText(
		`Of the ${wan('en', delta)} more, ` +
			order.map((k) => `${wan('en', phi[k])} comes from ${PARAM.get(k)!.label.en}`).join(', ')
	);
});

test("the review: the re-forecast's change split by what the actuals moved, adding up (zh)", async ({ page }) => {
	const doc = JSON.parse(readFileSync('test/e2e/fixtures/plan-with-actuals.json', 'utf8'));
	doc.name = '实际到 2023 年 bridge';
	for (const k of Object.keys(doc.actuals)) doc.actuals[k] = doc.actuals[k].slice(0, 2);
	const text = JSON.stringify(doc);
	// Node side: the original, the re-forecast, and a brute-force Shapley over every order of restart fields.
	const rd = readScenarioText(text);
	if (!rd.ok) throw new Error('fixture');
	const original = runProjection(rd.values, 3, rd.doc.start);
	const rf = reforecast(rd.values, 3, rd.doc.start, rd.doc.actuals!, original)!;
	const own: Record<string, number> = {
		committees: original.years[1].committees,
		standard: original.years[1].standard
	};
	const act: Record<string, number> = { committees: rf.state.committees, standard: rf.state.standard };
	TIERS.forEach((t, i) => {
		own[`satisfaction.${t}`] = original.months.tierSatisfaction[i][23];
		act[`satisfaction.${t}`] = rf.state.satisfaction[i];
	});
	const fields = Object.keys(own).filter((f) => own[f] !== act[f]);
	const y3 = (set: string[]) => {
		const inp = toModelInputs(rd.values, 3);
		const pick = (f: string) => (set.includes(f) ? act[f] : own[f]);
		inp.resume = {
			after: 1,
			committees: pick('committees'),
			standard: pick('standard'),
			satisfaction: TIERS.map((t) => pick(`satisfaction.${t}`))
		};
		return project(inp, rd.doc.start).years[2];
	};
	const perms = (xs: string[]): string[][] =>
		xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

	await page.addInitScript(() => localStorage.getItem('lang') || localStorage.setItem('lang', 'zh'));
	await page.goto('/');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584');
	await page
		.getByTestId('import-input')
		.setInputFiles({ name: 'to-2023.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.locator('.scenario')).toHaveText(doc.name);
	await page.getByRole('tab', { name: '回头看' }).click();
	const box = page.getByTestId('reforecast-bridge');
	await expect(box).toContainText('实际数改变了什么');
	await expect(box.locator('tr[data-field]')).toHaveCount(fields.length);
	for (const out of ['committeeRate', 'standardRate', 'satisfaction'] as const) {
		const cells = box.locator(`td[data-out="y3.${out}"]`);
		const change = (rf.projection.years[2][out] - original.years[2][out]) * 100;
		if (Math.abs(change) < 0.005) continue;
		await expect(box.locator(`tr.sum td[data-out="y3.${out}"]`)).toHaveText(signed('zh', change, 2));
		const orders = perms(fields);
		for (const [i, f] of fields.entries()) {
			let phi = 0;
			for (const o of orders) {
				const at = o.indexOf(f);
				phi += (y3(o.slice(0, at + 1))[out] - y3(o.slice(0, at))[out]) / orders.length;
			}
			await expect(cells.nth(i)).toHaveText(Math.abs(phi * 100) < 0.005 ? '±0' : signed('zh', phi * 100, 2));
		}
	}
	if (process.env.SHOTS) {
		await page.setViewportSize({ width: 1366, height: 768 });
		await box.scrollIntoViewIfNeeded();
		await page.waitForTimeout(500);
		await page.locator('.reforecast').screenshot({ path: 'docs/bridge-review-zh.png' });
	}
});
