import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the workbench fresh in the given language and waits for the plan's figures. */
export async function openWorkbench(page: Page, lang: 'zh' | 'en' = 'zh') {
	await page.addInitScript((l) => localStorage.getItem('lang') || localStorage.setItem('lang', l), lang);
	await page.goto('/');
	await expect(page.locator('[data-kpi="outlay3"] strong')).toContainText('3,562.584', { timeout: 20_000 });
}

export const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] strong`);
export const cell = (page: Page, name: string) => page.locator(`#cell-${name}`);
export const nameBox = (page: Page) => page.getByRole('textbox', { name: /名称框 \/ Name box/ });
export const formulaBar = (page: Page) => page.getByRole('textbox', { name: /编辑栏 \/ Formula bar/ });

/** Waits until the worker's reply for the last edit has been applied. */
export async function settled(page: Page, after: number) {
	await page.waitForFunction((r) => (window as unknown as { __wb: { revision: number } }).__wb.revision > r, after);
}
export const revision = (page: Page) =>
	page.evaluate(() => (window as unknown as { __wb: { revision: number } }).__wb.revision);

/**
 * After an import: a file named like a scenario already in the library first asks 替换 / 保留两份 (issue 16
 * item 6); this keeps both, as a planner importing a second copy would, and waits for the import's report.
 */
export async function keepBothIfAsked(page: Page, report: Locator) {
	const ask = page.getByTestId('name-clash');
	await expect(ask.or(report)).toBeVisible();
	if (await ask.isVisible()) await ask.getByRole('button', { name: /保留两份|Keep both/ }).click();
	await expect(report).toBeVisible();
}

/**
 * Where a README screenshot goes: `docs/NAME` when asked for (`npm run screenshots`, SHOTS=1), else the ignored
 * test-results/ folder — the picture is still taken, so a screen that fails to draw still fails the run, but an
 * ordinary `npm test` leaves the tracked tree clean.
 */
export const shotPath = (name: string) => (process.env.SHOTS === '1' ? `docs/${name}` : `test-results/shots/${name}`);
