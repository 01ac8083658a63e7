/**
 * Opening the workbench, as a planner does: navigation → the three-year outlay on screen, in a fresh browser
 * profile each trial (cold: nothing cached, an empty library) and then again in that profile (warm: the service
 * worker's cache and the scenario left open). Medians of `BENCH_OPEN_TRIALS` (default 5) fresh profiles, and the
 * trace of the median cold open: document ready, grid filled, sheet worker's script requested, figures shown.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Trace = { document: number; grid: number; worker: number | null; figures: number };

/**
 * Runs in the page before its scripts: notes when the grid and the figures first reach a painted frame. A string,
 * not a function: tsx would wrap a function's inner functions in a helper the page does not have.
 */
const MARKS = `(() => {
	const marks = (window.__open = {});
	const note = (k) => {
		if (k in marks) return;
		marks[k] = -1; // pending: the frame that paints it
		requestAnimationFrame(() => (marks[k] = performance.now()));
	};
	new MutationObserver(() => {
		if (document.querySelector('#cell-basic_subsidy_y2')?.textContent?.trim()) note('grid');
		// The outlay on screen: the live page's, or the first paint's picture of it (its attributes are data-fp-*).
		const outlay = document.querySelector('[data-kpi="outlay3"] strong, #first-paint [data-fp-kpi="outlay3"] strong');
		if (/\\d/.test(outlay?.textContent ?? '')) note('figures');
	}).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

async function openOnce(ctx: BrowserContext, url: string): Promise<Trace> {
	const page = await ctx.newPage();
	await page.goto(url);
	await page.waitForFunction(() => {
		const m = (window as unknown as { __open?: Record<string, number> }).__open;
		return !!m && m.figures > 0 && m.grid > 0;
	});
	const t = await page.evaluate(() => {
		const m = (window as unknown as { __open: Record<string, number> }).__open;
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const w = performance.getEntriesByType('resource').find((r) => /sheet\.worker/.test(r.name));
		return { document: nav.domContentLoadedEventEnd, grid: m.grid, worker: w?.startTime ?? null, figures: m.figures };
	});
	await page.close();
	return t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const round = (t: Trace) =>
	Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v === null ? null : Math.round(v)])) as Trace;

export async function benchOpen(baseURL: string) {
	const trials = Number(process.env.BENCH_OPEN_TRIALS ?? 5);
	const cold: Trace[] = [];
	const warm: Trace[] = [];
	for (let i = 0; i < trials; i++) {
		const dir = mkdtempSync(join(tmpdir(), 'open-bench-'));
		const ctx = await chromium.launchPersistentContext(dir, {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
			viewport: { width: 1366, height: 768 }
		});
		try {
			await ctx.addInitScript({ content: MARKS });
			cold.push(await openOnce(ctx, baseURL));
			// The service worker installs after the first open; the second open is served from its cache.
			const sw = await ctx.newPage();
			await sw.goto(baseURL);
			await sw.evaluate(async () => {
				const reg = await navigator.serviceWorker.ready;
				while (!navigator.serviceWorker.controller || reg.active?.state !== 'activated')
					await new Promise((r) => setTimeout(r, 50));
			});
			await sw.close();
			warm.push(await openOnce(ctx, baseURL));
		} finally {
			await ctx.close();
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const byFigures = (a: Trace, b: Trace) => a.figures - b.figures;
	const mid = (xs: Trace[]) => round([...xs].sort(byFigures)[Math.floor((xs.length - 1) / 2)]);
	if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ cold: cold.map(round), warm: warm.map(round) }));
	return {
		open_cold_ms: Math.round(median(cold.map((t) => t.figures))),
		open_warm_ms: Math.round(median(warm.map((t) => t.figures))),
		open_trials: trials,
		open_cold_trace_ms: mid(cold),
		open_warm_trace_ms: mid(warm)
	};
}
