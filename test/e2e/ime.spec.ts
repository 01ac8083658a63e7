/**
 * Chinese input (Pinyin) as the browser receives it from an input method, through the DevTools protocol:
 * `Input.imeSetComposition` (composition start/update: the text being composed, not yet committed) and
 * `Input.insertText` (the commit). On a selected cell the composition starts the edit; Enter while composing
 * picks the IME's candidate, it does not commit the cell; Enter after the commit does.
 */
import { expect, test, type Page } from '@playwright/test';
import { cell, formulaBar, kpi, nameBox, openWorkbench, revision, settled } from './helpers';

async function ime(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	return {
		compose: (text: string) =>
			cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length }),
		commit: (text: string) => cdp.send('Input.insertText', { text })
	};
}
const editor = (page: Page, name: string) => cell(page, name).locator('input.editor');

test('a number composed with full-width input on a selected cell lands in it, and Enter commits it', async ({
	page
}) => {
	await openWorkbench(page);
	const { compose, commit } = await ime(page);
	await cell(page, 'basic_subsidy_y2').click();
	// A Chinese IME in full-width mode sends full-width digits; the first composed characters must not be lost.
	await compose('０');
	await expect(editor(page, 'basic_subsidy_y2')).toHaveValue('０');
	await compose('０．');
	await compose('０．１');
	await expect(editor(page, 'basic_subsidy_y2')).toHaveValue('０．１');
	await page.keyboard.press('Enter'); // the IME's Enter, while composing: not a commit of the cell
	await expect(editor(page, 'basic_subsidy_y2')).toBeVisible();
	await expect(kpi(page, 'outlay3')).toContainText('3,562.584');
	await commit('０．１');
	await expect(editor(page, 'basic_subsidy_y2')).toHaveValue('０．１');
	const r = await revision(page);
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.1');
	// 860.79 万 m² × 0.05 × 12 more in year 2: 3562.584 + 516.474.
	await expect(kpi(page, 'outlay3')).toContainText('4,079.058');
});

test('a formula committed by the IME on a selected cell lands exactly; typing goes on after it', async ({ page }) => {
	await openWorkbench(page);
	const { compose, commit } = await ime(page);
	await cell(page, 'quasi_subsidy_y3').click();
	await compose('=quasi');
	await commit('=quasi_subsidy_y1');
	await page.keyboard.type('/2');
	await expect(editor(page, 'quasi_subsidy_y3')).toHaveValue('=quasi_subsidy_y1/2');
	const r = await revision(page);
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(cell(page, 'quasi_subsidy_y3')).toHaveText('0.1');
	await expect(cell(page, 'quasi_subsidy_y3')).toHaveClass(/formula/);
});

test('text inserted without a composition (a direct commit) starts the edit too', async ({ page }) => {
	await openWorkbench(page);
	const { commit } = await ime(page);
	await cell(page, 'reward_fund_y1').click();
	await commit('200');
	await expect(editor(page, 'reward_fund_y1')).toHaveValue('200');
	const r = await revision(page);
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(kpi(page, 'outlay3')).toContainText('3,662.584');
});

test('Chinese characters composed into a number cell reach the cell and are refused in words', async ({ page }) => {
	await openWorkbench(page);
	const { compose, commit } = await ime(page);
	await cell(page, 'basic_subsidy_y2').click();
	await compose('ling');
	await compose('零点一');
	await commit('零点一');
	await expect(editor(page, 'basic_subsidy_y2')).toHaveValue('零点一');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toContainText('basic_subsidy_y2：“零点一”不是数字');
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.05');
});

test('Esc inside a composition drops it and leaves the cell as it was', async ({ page }) => {
	await openWorkbench(page);
	const { compose } = await ime(page);
	await cell(page, 'basic_subsidy_y2').click();
	await compose('yi');
	await expect(editor(page, 'basic_subsidy_y2')).toHaveValue('yi');
	await compose(''); // what an IME sends when its composition is cancelled
	await expect(editor(page, 'basic_subsidy_y2')).toHaveCount(0);
	await expect(cell(page, 'basic_subsidy_y2')).toHaveText('0.05');
});

test('the formula bar: Enter while composing does not commit; after the commit it does', async ({ page }) => {
	await openWorkbench(page);
	const { compose, commit } = await ime(page);
	await cell(page, 'basic_subsidy_y3').click();
	await formulaBar(page).click();
	await formulaBar(page).selectText();
	await compose('=basic');
	await page.keyboard.press('Enter');
	await expect(cell(page, 'basic_subsidy_y3')).toHaveText('0.05');
	await expect(formulaBar(page)).toBeFocused();
	await commit('=basic_subsidy_y1*2');
	await expect(formulaBar(page)).toHaveValue('=basic_subsidy_y1*2');
	const r = await revision(page);
	await page.keyboard.press('Enter');
	await settled(page, r);
	await expect(cell(page, 'basic_subsidy_y3')).toHaveText('0.2');
});

test('the Name box: Enter while composing does not jump; after the commit it does', async ({ page }) => {
	await openWorkbench(page);
	const { compose, commit } = await ime(page);
	await cell(page, 'market_compounds').click();
	await nameBox(page).click();
	await nameBox(page).selectText();
	await compose('basic_sub');
	await page.keyboard.press('Enter');
	await expect(cell(page, 'market_compounds')).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('alert')).toHaveCount(0); // no "no cell is named basic_sub"
	await commit('basic_subsidy_y2');
	await page.keyboard.press('Enter');
	await expect(cell(page, 'basic_subsidy_y2')).toHaveAttribute('aria-selected', 'true');
	await expect(formulaBar(page)).toHaveValue('0.05');
});
