/**
 * `npm run screenshots`: the README's pictures of the workbench and the register, taken from the built site in
 * Debian's chromium (run `npm run build` first). Compare, brief and uncertainty pictures come from their own
 * Playwright specs and helpers (see docs/).
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';

const port = 4188;
const base = `http://127.0.0.1:${port}/`;

async function open(page: Page, lang: 'zh' | 'en') {
	await page.addInitScript((l) => localStorage.setItem('lang', l), lang);
	await page.goto(base);
	await page.waitForSelector('[data-kpi="outlay3"]');
}

async function main() {
	const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
	await new Promise((r) => setTimeout(r, 800));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox']
	});
	try {
		for (const lang of ['zh', 'en'] as const) {
			const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const page = await ctx.newPage();
			await open(page, lang);
			await page.click('#cell-basic_subsidy_y2');
			await page.waitForTimeout(1500); // charts load after the grid is usable
			await page.screenshot({ path: `docs/workbench-${lang}.png` });
			if (lang === 'zh') {
				const box = page.getByRole('textbox', { name: /Name box/ });
				const bar = page.getByRole('textbox', { name: /Formula bar/ });
				await box.fill('quasi_subsidy_y2');
				await box.press('Enter');
				await bar.fill('=quasi_subsidy_y1/0');
				await bar.press('Enter');
				await page.click('#cell-quasi_subsidy_y2');
				await page.waitForTimeout(800);
				await page.screenshot({ path: 'docs/workbench-error-zh.png' });
			}
			await page.getByRole('tab', { name: lang === 'zh' ? '小区登记册' : 'Compound register' }).click();
			await page
				.getByRole('button', { name: lang === 'zh' ? '生成示例登记册（合成数据）' : 'Generate synthetic sample' })
				.click();
			await page.waitForTimeout(1500);
			await page.screenshot({ path: `docs/register-${lang}.png`, fullPage: true });
			await ctx.close();
		}
	} finally {
		await browser.close();
		server.kill();
	}
}

void main();
