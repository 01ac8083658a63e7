/**
 * Every screen of the app brought into the state a planner sees it in, through the UI: the workbench, the
 * uncertainty tab with results, the register with its synthetic sample, the history with two edits, the
 * comparison of the plan and two alternatives, and the brief in its print view. Shared by the accessibility
 * and keyboard suites and the screenshots.
 */
import { join } from 'node:path';
import { expect as baseExpect, type Page } from '@playwright/test';
import { cell, openWorkbench, revision, settled } from './helpers';

const expect = baseExpect.configure({ timeout: 30_000 });
export type Lang = 'zh' | 'en';
export type Screen = 'workbench' | 'uncertainty' | 'register' | 'history' | 'compare' | 'brief';
export const SCREENS: Screen[] = ['workbench', 'uncertainty', 'register', 'history', 'compare', 'brief'];

const TAB: Record<'uncertainty' | 'register' | 'history' | 'workbench', Record<Lang, string>> = {
	workbench: { zh: '工作台', en: 'Workbench' },
	uncertainty: { zh: '不确定性', en: 'Uncertainty' },
	register: { zh: '小区登记册', en: 'Compound register' },
	history: { zh: '修改历史', en: 'History' }
};
export const openTab = (page: Page, tab: keyof typeof TAB, lang: Lang) =>
	page.getByRole('tab', { name: TAB[tab][lang], exact: true }).click();

/** Types a value into a cell and waits for the worker's reply. */
export async function edit(page: Page, name: string, value: string) {
	await cell(page, name).click();
	const r = await revision(page);
	await page.keyboard.type(value);
	await page.keyboard.press('Enter');
	await settled(page, r);
}

/** A triangular range on the year-1 basic collection rate, set in the range editor below the grid. */
export async function addRange(page: Page, lang: Lang) {
	await cell(page, 'basic_collection_y1').click();
	const editor = page.locator('[data-range="basic_collection"]');
	await editor.getByRole('combobox').selectOption('triangular');
	await editor.getByRole('textbox').nth(0).fill('50%, 60%, 70%');
	await editor.getByRole('textbox').nth(1).fill('0.7, 0.8, 0.9');
	await editor.getByRole('button', { name: lang === 'zh' ? '应用' : 'Apply' }).click();
	await expect(page.locator('[data-key="basic_collection"] .range-mark')).toBeVisible();
}

export async function runMonteCarlo(page: Page, lang: Lang, runs = 1000) {
	await openTab(page, 'uncertainty', lang);
	const before = await page.locator('section.mc').getAttribute('data-seq');
	await page.getByRole('spinbutton').first().fill(String(runs));
	await page.getByRole('button', { name: lang === 'zh' ? '运行' : 'Run', exact: true }).click();
	await expect(page.locator('section.mc')).not.toHaveAttribute('data-seq', String(before));
	await expect(page.locator('[data-phase="done"]')).toBeVisible();
}

const SCENARIOS = ['plan-2022-2024.json', 'cover-self-governed.json', 'subsidy-held.json'];
/** The plan and two alternatives imported through the library bar, then /compare. */
export async function openCompare(page: Page, lang: Lang) {
	await openWorkbench(page, lang);
	for (const file of SCENARIOS) {
		await page.getByTestId('import-input').setInputFiles(join('scenarios', file));
		const report = page.getByRole('dialog', { name: new RegExp(file.replace('.', '\\.')) });
		// The plan's own file is named like the plan the library began with: kept beside it, as "(2)".
		const ask = page.getByTestId('name-clash');
		await expect(ask.or(report)).toBeVisible();
		if (await ask.isVisible()) await ask.getByRole('button', { name: /保留两份|Keep both/ }).click();
		await expect(report).toBeVisible();
		await report.getByRole('button').click();
		await expect(report).toBeHidden();
	}
	await page.goto('/compare');
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('table.compare').first()).toBeVisible();
	await expect(page.locator('.sheet canvas[data-drawn="true"]')).toHaveCount(2);
}

/** Brings a fresh page to the screen, in the state it is used in. */
export async function openScreen(page: Page, screen: Screen, lang: Lang) {
	if (screen === 'compare' || screen === 'brief') {
		await openCompare(page, lang);
		if (screen === 'brief') await page.emulateMedia({ media: 'print' });
		return;
	}
	await openWorkbench(page, lang);
	if (screen === 'uncertainty') {
		await addRange(page, lang);
		await runMonteCarlo(page, lang);
	} else if (screen === 'register') {
		await openTab(page, 'register', lang);
		await page
			.getByRole('button', { name: lang === 'zh' ? '生成示例登记册（合成数据）' : 'Generate synthetic sample' })
			.click();
		await expect(page.locator('[data-summary="by-tier"]')).toBeVisible();
	} else if (screen === 'history') {
		await edit(page, 'reward_fund_y1', '150');
		await edit(page, 'reward_fund_y2', '150');
		await openTab(page, 'history', lang);
		await expect(page.locator('[data-history]').first()).toBeVisible();
	} else {
		await page.waitForSelector('[data-chart="outlay"] canvas');
	}
}
