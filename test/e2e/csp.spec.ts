import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { registerCsv } from '../../src/lib/register/export';
import { sampleRegister } from '../../src/lib/register/sample';
import { cell, keepBothIfAsked, kpi, openWorkbench, revision, settled } from './helpers';

/**
 * the page carries a strict content security policy, and the main flows run under it without a
 * single violation — in the page (securitypolicyviolation events, console errors) or in the workers (their
 * policy is a response header; the test server collects their reports at /__csp-report).
 */
const EXPECTED = [
	"default-src 'self'",
	"worker-src 'self'",
	"connect-src 'self'",
	"img-src 'self' data: blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'",
	"style-src 'self'"
];

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([k, ...v]) => [k, v])
	);
}

/** Every CSP violation the page sees, across navigations. */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.exposeFunction('__cspViolation', (v: string) => seen.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
				`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`
			);
		});
	});
	page.on('console', (m) => {
		if (/Content.Security.Policy|Refused to/i.test(m.text())) seen.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => {
		if (/Content.Security.Policy|unsafe-eval|EvalError/i.test(e.message)) seen.push(`pageerror: ${e.message}`);
	});
	return seen;
}

test('every page carries the policy: no inline script but Kit\u2019s hashed bootstrap, eval only for arquero', async ({
	page,
	request
}) => {
	for (const path of ['/', '/compare', '/no-such-page']) {
		await page.goto(path);
		const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(meta, path).toBeTruthy();
		for (const d of EXPECTED) expect(meta, `${path}: ${d}`).toContain(d);
		const script = directives(meta!).get('script-src')!;
		expect(script.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'unsafe-eval'"]);
		expect(script.filter((s) => s.startsWith("'sha256-"))).toHaveLength(1);
		expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(meta).not.toMatch(/style-src [^;]*'unsafe-inline'/); // only style ATTRIBUTES may be inline
		// The header repeats it and adds what a <meta> cannot carry.
		const header = (await request.get(path)).headers()['content-security-policy'];
		expect(header).toContain("frame-ancestors 'none'");
	}
	// Workers get their own policy with a response header: no eval there.
	const worker = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.find((n) => /workers\/.*\.js$/.test(n))
	);
	const sw = (await request.get('/service-worker.js')).headers()['content-security-policy'];
	expect(sw).toContain("script-src 'self'");
	expect(sw).not.toContain('unsafe-eval');
	if (worker) expect((await request.get(worker)).headers()['content-security-policy']).toBe(sw);
});

test('the main flows run without a single CSP violation, in the page or in its workers', async ({ page, request }) => {
	await request.delete('/__csp-reports');
	const violations = await watchViolations(page);
	await openWorkbench(page);

	// Edit (HyperFormula in the worker), and see the table (arquero, on the main thread) and the charts.
	await cell(page, 'reward_fund_y1').click();
	const r = await revision(page);
	await page.keyboard.type('=reward_fund_y2*2');
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
	await expect(page.locator('table.years tbody tr').first()).toBeVisible();
	await expect(page.locator('canvas').first()).toBeVisible();

	// Exports: CSV (arquero), JSON, XLSX (exceljs in the worker).
	for (const name of ['导出 CSV', '导出 JSON', '导出 XLSX']) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name, exact: true }).first().click();
		expect((await download).suggestedFilename(), name).toBeTruthy();
	}
	// Import a scenario file, and the XLSX just exported (exceljs reads it in the worker).
	const json = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 JSON' }).click();
	await page.getByTestId('import-input').setInputFiles((await (await json).path())!);
	await keepBothIfAsked(page, page.getByRole('dialog')); // the file is named like the scenario it came from
	await expect(page.getByRole('dialog')).toContainText('文件包含全部参数');
	const xlsx = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 XLSX' }).click();
	await page.getByTestId('import-input').setInputFiles({
		name: 'back.xlsx',
		mimeType: 'application/octet-stream',
		buffer: readFileSync((await (await xlsx).path())!)
	});
	await keepBothIfAsked(page, page.getByRole('dialog', { name: /back\.xlsx/ }));

	// Every tab; on the register tab, import a register CSV (papaparse, arquero summaries, charts).
	for (const tab of await page.getByRole('tab').all()) {
		await tab.click();
		await expect(tab).toHaveAttribute('aria-selected', 'true');
	}
	await page.getByRole('tab', { name: '小区登记册' }).click();
	await page
		.getByTestId('register-input')
		.setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(registerCsv(sampleRegister())) });
	await expect(page.getByTestId('register-encoding')).toBeVisible();
	// A Monte Carlo run (its own worker) on a scenario with ranges.
	await page.getByTestId('import-input').setInputFiles('test/montecarlo/fixtures/plan-uncertain.json');
	await expect(page.getByRole('dialog', { name: /plan-uncertain/ })).toBeVisible();
	await page.getByRole('tab', { name: '不确定性' }).click();
	await page.getByRole('spinbutton', { name: '迭代次数', exact: true }).fill('500');
	await page.getByRole('button', { name: '运行', exact: true }).click();
	await expect(page.locator('[data-phase="done"]')).toBeVisible({ timeout: 30_000 });
	await page.getByRole('tab', { name: '工作台' }).click();

	// The compare page, and the language switch.
	await page.getByRole('link', { name: /方案比较/ }).click();
	await expect(page).toHaveURL(/compare/);
	await page.goBack();
	await expect(kpi(page, 'outlay3')).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();

	await page.waitForTimeout(500); // reports from workers arrive asynchronously
	expect(violations).toEqual([]);
	expect(await (await request.get('/__csp-reports')).json()).toEqual([]);
});
