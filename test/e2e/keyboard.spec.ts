/**
 * The keyboard alone reaches every control of every screen (item 10). Tab walks the page; inside the
 * grid Tab moves between cells as in Excel, and F6 leaves it (Shift+F6 goes back before it), as documented in
 * the README. Every visible control counted before the walk must have had focus once by its end.
 */
import { expect, test, type Page } from '@playwright/test';
import { cell, nameBox, openWorkbench } from './helpers';
import { openScreen, type Lang, type Screen } from './screens';

const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Numbers every visible control (the grid counts as one: its cells are reached with the arrows). */
const tagControls = (page: Page) =>
	page.evaluate((sel) => {
		const els = [...document.querySelectorAll<HTMLElement>(sel)].filter(
			(el) =>
				el.getClientRects().length > 0 &&
				!el.closest('[hidden], [inert]') &&
				// inside the grid: its cells and its keyboard field (the sink) are reached with the arrows
				!(el.getAttribute('role') !== 'grid' && el.closest('[role="grid"]')) &&
				// a radio group is one tab stop (arrows choose within it): its checked button stands for it
				!(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked)
		);
		els.forEach((el, i) => (el.dataset.kb = String(i)));
		return els.map(
			(el) =>
				`${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`
		);
	}, FOCUSABLE);

/** Where focus is: the control's number, or "grid" anywhere inside the grid. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const a = document.activeElement as HTMLElement | null;
		if (!a || a === document.body) return null;
		const g = a.closest('[role="grid"]') as HTMLElement | null;
		return (g ?? a).dataset.kb ?? `untagged ${a.tagName}`;
	});

async function walk(page: Page, controls: string[]) {
	const seen = new Set<string>();
	await page.locator('body').focus();
	for (let i = 0; i < controls.length * 2 + 20 && seen.size < controls.length; i++) {
		const at = await focused(page);
		const inGrid = await page.evaluate(() => !!document.activeElement?.closest('[role="grid"]'));
		await page.keyboard.press(inGrid ? 'F6' : 'Tab');
		if (at !== null) seen.add(at);
	}
	return controls.filter((_, i) => !seen.has(String(i)));
}

const SCREENS: Screen[] = ['workbench', 'uncertainty', 'register', 'history', 'compare'];
for (const lang of ['zh', 'en'] as Lang[])
	for (const screen of SCREENS)
		test(`the keyboard alone reaches every control: ${screen}, ${lang}`, async ({ page }) => {
			test.setTimeout(150_000);
			await openScreen(page, screen, lang);
			const controls = await tagControls(page);
			expect(controls.length).toBeGreaterThan(5);
			expect(await walk(page, controls), `of ${controls.length} controls`).toEqual([]);
		});

test('F6 leaves the grid forward to the range editor, Shift+F6 back to the formula bar; focus is plain to see', async ({
	page
}) => {
	await openWorkbench(page);
	await cell(page, 'basic_subsidy_y2').click();
	await page.keyboard.press('Tab'); // Tab keeps its spreadsheet meaning: the next cell
	await expect(nameBox(page)).toHaveValue('basic_subsidy_y3');
	const active = cell(page, 'basic_subsidy_y3');
	// Focused, the active cell has a 3 px ring and a yellow fill; unfocused, a thin dashed frame.
	await expect(active).toHaveCSS('outline-width', '3px');
	await expect(active).toHaveCSS('background-color', 'rgb(255, 243, 176)');
	await page.keyboard.press('F6');
	await expect(page.locator('[data-range="basic_subsidy"] select')).toBeFocused();
	await expect(active).toHaveCSS('outline-style', 'dashed');
	await page.keyboard.press('Shift+Tab'); // back into the grid, where the selection was
	// Focus is in the grid: in the active cell's text field, where an input method can compose.
	await expect(page.getByRole('grid').locator(':focus')).toHaveClass(/sink/);
	await expect(nameBox(page)).toHaveValue('basic_subsidy_y3');
	await page.keyboard.press('Shift+F6');
	await expect(page.getByRole('textbox', { name: /编辑栏/ })).toBeFocused();
});
