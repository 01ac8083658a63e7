/**
 * Browser figures in Debian's chromium against the built site: edit → updated KPI on screen and edit → its
 * journal row committed in IndexedDB (the same 50 edits), and the
 * JavaScript loaded before the grid can be used (gzip sizes, main thread and the worker's separately).
 */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { benchOpen } from './open';

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export async function benchBrowser(baseURL: string) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	const scripts: { url: string; gz: number; worker: boolean }[] = [];
	page.on('response', async (r) => {
		const url = r.url();
		if (!url.endsWith('.js')) return;
		try {
			scripts.push({ url, gz: gzipSync(await r.body()).length, worker: /worker/.test(url) });
		} catch {
			/* a response without a body (redirect) */
		}
	});
	// The moment the grid shows its values, noted in the page: the scripts counted are those requested before it
	// (a poll from here could return after the charts' chunks, which load once the figures are on screen).
	await page.addInitScript({
		content: `new MutationObserver((_, mo) => {
			if (document.querySelector('#cell-basic_subsidy_y2')?.textContent?.trim() !== '0.05') return;
			window.__gridAt = performance.now();
			mo.disconnect();
		}).observe(document, { subtree: true, childList: true, characterData: true });`
	});
	await page.goto(baseURL);
	await page.waitForSelector('#cell-basic_subsidy_y2');
	await page.waitForFunction(() => (window as unknown as { __gridAt?: number }).__gridAt !== undefined);
	await page.waitForSelector('[data-kpi="outlay3"] strong');
	await page.waitForTimeout(1000); // every response body read
	const asked = await page.evaluate(() => {
		const at = (window as unknown as { __gridAt: number }).__gridAt;
		return performance
			.getEntriesByType('resource')
			.filter((r) => r.startTime <= at)
			.map((r) => r.name);
	});
	// A worker's own imports are fetched by the worker, not listed in the page's timing: all of them count.
	const beforeCharts = scripts.filter((s) => s.worker || asked.includes(s.url));
	if (process.env.BENCH_DEBUG) for (const s of beforeCharts) console.error(s.gz, s.url.split('/').pop());
	const main = beforeCharts.filter((s) => !s.worker).reduce((a, s) => a + s.gz, 0) / 1024;
	const worker = beforeCharts.filter((s) => s.worker).reduce((a, s) => a + s.gz, 0) / 1024;

	// Each edit: type a value into the cell and time until the three-year KPI shows the new figure.
	const times: number[] = [];
	const durable: number[] = [];
	for (let i = 0; i < 50; i++) {
		await page.click('#cell-basic_subsidy_y2');
		const ms = await page.evaluate(
			async (v) => {
				const kpi = document.querySelector('[data-kpi="outlay3"] strong')!;
				const before = kpi.textContent;
				const grid = document.querySelector('[role="grid"]') as HTMLElement;
				let t0 = 0;
				// Enter → the edit's journal row committed in IndexedDB (the library calls this after the commit).
				const lib = (window as unknown as { __lib: { onJournaled: ((at: number) => void) | null } }).__lib;
				const durable = new Promise<number>((res) => (lib.onJournaled = (at) => res(at - t0)));
				const changed = new Promise<number>((res) => {
					const mo = new MutationObserver(() => {
						if (kpi.textContent !== before) {
							mo.disconnect();
							requestAnimationFrame(() => res(performance.now() - t0));
						}
					});
					mo.observe(kpi, { characterData: true, childList: true, subtree: true });
				});
				grid.dispatchEvent(new KeyboardEvent('keydown', { key: String(v)[0], bubbles: true }));
				await new Promise((r) => requestAnimationFrame(r));
				const input = document.querySelector('.editor') as HTMLInputElement;
				input.value = String(v);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				t0 = performance.now(); // the edit is committed by Enter: from here to the new figure on screen
				input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
				return [await changed, await durable];
			},
			0.06 + i / 1000
		);
		times.push(ms[0]);
		durable.push(ms[1]);
	}
	await browser.close();
	return {
		...(await benchOpen(baseURL)),
		edit_to_kpi_p50_ms: +quantile(times, 0.5).toFixed(1),
		edit_to_kpi_p95_ms: +quantile(times, 0.95).toFixed(1),
		edit_durable_p50_ms: +quantile(durable, 0.5).toFixed(1),
		edit_durable_p95_ms: +quantile(durable, 0.95).toFixed(1),
		initial_js_gzip_kb: +main.toFixed(1),
		initial_worker_js_gzip_kb: +worker.toFixed(1),
		initial_js_files: beforeCharts.length
	};
}

/** `npx tsx bench/browser.ts`: these figures alone, against the built site (build it first: `npx vite build`). */
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	if (!existsSync('build/200.html')) throw new Error('no build/: run `npx vite build` first');
	const port = Number(process.env.BENCH_PORT ?? 4199);
	const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
	await new Promise((r) => setTimeout(r, 800));
	try {
		console.log(JSON.stringify(await benchBrowser(`http://127.0.0.1:${port}/`), null, 2));
	} finally {
		server.kill();
	}
}
