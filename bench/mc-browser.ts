/**
 * The Monte Carlo budget in the real screen, in Debian's chromium against the built site: the bench
 * scenario (bench/montecarlo.ts's plainDoc) imported, the Uncertainty tab open, 10,000 iterations; from the
 * click on Run to the answer line, the probability table and the three fan charts drawn and painted.
 *   mc10k_browser_cold_ms: the first run after a page load (starting the workers, their code, chart.js's first
 *     charts), median over fresh pages;
 *   mc10k_browser_ms: later runs on the same page (workers warm), median, each with its own seed so every
 *     figure and chart changes.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeScenario } from '../src/lib/io/write-scenario';
import { plainDoc } from './montecarlo';

const COLD = 5;
const WARM = 7;
const NAME = 'Bench: plan with the benchmark ranges';

export async function benchMcBrowser(
	baseURL: string
): Promise<{ mc10k_browser_ms: number; mc10k_browser_cold_ms: number }> {
	const file = Buffer.from(writeScenario({ ...plainDoc(), name: NAME }), 'utf8');
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox']
	});
	try {
		const cold: number[] = [];
		const warm: number[] = [];
		for (let k = 0; k < COLD; k++) {
			const { page, close } = await openBench(browser, baseURL, file);
			cold.push(await once(page, 1));
			// The last fresh page carries on warm: a few runs to settle the workers' JIT, then the measured ones.
			if (k === COLD - 1) {
				for (let s = 2; s <= 5; s++) await once(page, s);
				for (let s = 0; s < WARM; s++) warm.push(await once(page, 10 + s));
			}
			await close();
		}
		return { mc10k_browser_ms: median(warm), mc10k_browser_cold_ms: median(cold) };
	} finally {
		await browser.close();
	}
}

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** A fresh context (empty storage), the bench scenario imported and opened, the Uncertainty tab shown, idle. */
async function openBench(browser: Browser, baseURL: string, file: Buffer) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	await context.addInitScript(() => localStorage.setItem('lang', 'zh'));
	const page = await context.newPage();
	await page.goto(baseURL);
	await page.waitForSelector('[data-kpi="outlay3"] strong');
	await page
		.getByTestId('import-input')
		.setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: file });
	await page.getByRole('dialog').getByRole('button').click();
	await page.locator('header .scenario', { hasText: NAME }).waitFor();
	await page.getByRole('tab', { name: '不确定性' }).click();
	await page.getByRole('spinbutton', { name: '迭代次数', exact: true }).fill('10000');
	// A planner reads the tab before pressing Run: let the lazy chunks (chart.js) load and the page go idle.
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	return { page, close: () => context.close() };
}

// Plain JavaScript as a string: tsx would wrap named functions in a helper that does not exist in the page.
// The clock starts when the Run button's click reaches the page and stops a frame after the new results are
// in the DOM (the section's data-seq moves on, with the answer line and the probability table) and each fan
// chart has drawn them. Chart.js clears its canvas at the start of every draw and paints the rest in the same
// task, so a clearRect on a fan chart's canvas after the results arrived marks that chart's new drawing.
const WATCH = `(prev) => {
	window.__mcDone = new Promise((resolve) => {
		const FANS = ['mc-outlay', 'mc-cumulative', 'mc-satisfaction'];
		let t0 = 0, shown = 0, stopped = false;
		const drawn = new Set();
		const proto = CanvasRenderingContext2D.prototype;
		const clearRect = proto.clearRect;
		const finish = () => {
			if (stopped || !shown || drawn.size < FANS.length) return;
			stopped = true;
			proto.clearRect = clearRect;
			const drew = performance.now() - t0;
			requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, shown: shown - t0, drew })));
		};
		proto.clearRect = function (...args) {
			const id = this.canvas.closest && this.canvas.closest('[data-chart]')?.getAttribute('data-chart');
			if (shown && FANS.includes(id)) drawn.add(id);
			const r = clearRect.apply(this, args);
			finish();
			return r;
		};
		const onClick = (e) => {
			if (!e.target.closest?.('section.mc .controls button.primary')) return;
			t0 = performance.now();
			document.removeEventListener('click', onClick, true);
		};
		document.addEventListener('click', onClick, true);
		const mo = new MutationObserver(() => {
			const mc = document.querySelector('section.mc');
			if (!t0 || !mc || Number(mc.getAttribute('data-seq')) <= prev) return;
			if (!mc.querySelector('[data-testid="mc-answer"]')) return;
			if (!mc.querySelector('table[data-table="probability"] td strong')) return;
			mo.disconnect();
			shown = performance.now();
			finish();
		});
		mo.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-seq'] });
	});
}`;

/** One run with `seed`, timed in the page; checks that the screen shows 10,000 iterations of that seed. */
async function once(page: Page, seed: number): Promise<number> {
	const section = page.locator('section.mc');
	const seq = Number(await section.getAttribute('data-seq'));
	await page.getByRole('spinbutton', { name: '随机种子', exact: true }).fill(String(seed));
	await page.evaluate(`(${WATCH})(${seq})`);
	await page.getByRole('button', { name: '运行', exact: true }).click();
	const t = (await page.evaluate('window.__mcDone')) as { ms: number; shown: number; drew: number };
	const status = await page.locator('[data-phase="done"]').textContent();
	if (process.env.BENCH_DEBUG)
		console.error(
			`seed ${seed}: ${t.ms.toFixed(0)} ms; results in the DOM at ${t.shown.toFixed(0)}, charts drawn at ${t.drew.toFixed(0)}; ${status}`
		);
	if (!status?.includes(`10,000 次迭代，种子 ${seed}`))
		throw new Error(`benchMcBrowser: the status line says "${status}", expected 10,000 iterations with seed ${seed}`);
	for (const id of ['mc-outlay', 'mc-cumulative', 'mc-satisfaction'])
		if ((await painted(page, id)) < 2000) throw new Error(`benchMcBrowser: the ${id} chart is blank`);
	return t.ms;
}

/** Pixels a chart has painted (as test/e2e/montecarlo.spec.ts counts them): a blank canvas has none. */
const painted = (page: Page, id: string) =>
	page.locator(`[data-chart="${id}"] canvas`).evaluate((c: HTMLCanvasElement) => {
		const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
		return n;
	});
