/**
 * The zh-walk's English counterpart: every screen in English, and the states a planner meets on the
 * workbench (a cell selected, a formula refused, a file refused), with no Chinese prose left on them. The
 * plan's units, clause marks and quoted words, and the bilingual scenario names, may stay Chinese
 * (chinese-prose.ts); any other Chinese fails the test, listed with the screen it was seen on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { chineseRuns } from './chinese-prose';
import { cell } from './helpers';
import { openScreen, SCREENS } from './screens';

const expect = baseExpect.configure({ timeout: 20_000 });
const NAMES = [
	...readdirSync('scenarios').map((f) => JSON.parse(readFileSync(join('scenarios', f), 'utf8')).name as string),
	'名称框 / Name box',
	'编辑栏 / Formula bar'
];
// The synthetic register's street and compound names are data (a real register's are Chinese too), not prose.
const DATA = /示例(?:街道|社区) \d+/g;

async function chineseOn(page: Page, state: string): Promise<string[]> {
	// The plan's clauses are quoted in Chinese on purpose, marked lang="zh-CN": their text is left out.
	const text = await page.evaluate(() => {
		const quoted = (el: Element) => el.closest('[lang^="zh"]') !== null;
		const attrs = [...document.querySelectorAll('[title],[aria-label],[placeholder]')]
			.filter((el) => !quoted(el))
			.flatMap((el) => ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
		let body = document.body.innerText;
		// Longest first: a clause mark alone (§七) must not cut a longer quote (§七 奖励资金) in two.
		const lines = [...document.querySelectorAll('[lang^="zh"]')]
			.flatMap((el) => (el as HTMLElement).innerText.split('\n'))
			.filter((line) => line.trim())
			.sort((x, y) => y.length - x.length);
		for (const line of lines) body = body.split(line).join(' ');
		return [document.title, body, ...attrs].join('\n');
	});
	const found: string[] = [];
	for (const line of new Set(text.split('\n')))
		for (const run of chineseRuns(line.replace(DATA, ' '), NAMES))
			found.push(`${state}: “${run}” in “${line.trim().slice(0, 120)}”`);
	return found;
}

for (const screen of SCREENS)
	test(`the ${screen} screen in English shows no Chinese prose`, async ({ page }) => {
		test.setTimeout(120_000);
		await openScreen(page, screen, 'en');
		const found = await chineseOn(page, screen);
		expect(found, found.join('\n')).toEqual([]);
	});

test('the workbench’s refusals in English show no Chinese prose', async ({ page }) => {
	test.setTimeout(120_000);
	await openScreen(page, 'workbench', 'en');
	const found: string[] = [];
	await cell(page, 'basic_collection_y1').click();
	found.push(...(await chineseOn(page, 'cell selected')));
	// A formula the workbench will not run.
	await cell(page, 'basic_collection_y2').click();
	await page.keyboard.type('=0.25+RAND()*0.1');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert').first()).toBeVisible();
	found.push(...(await chineseOn(page, 'formula refused')));
	await page.keyboard.press('Escape');
	// A scenario file it cannot read.
	await page.getByTestId('import-input').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "donghe-scenario", "version": 1, "years": "three"')
	});
	await expect(page.getByRole('dialog')).toBeVisible();
	found.push(...(await chineseOn(page, 'file refused')));
	expect(found, found.join('\n')).toEqual([]);
});
