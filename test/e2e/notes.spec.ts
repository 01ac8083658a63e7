/**
 * Notes (批注) in the browser, in Chinese and English: a note added with Shift+F2 shows a corner mark, hover text
 * and the note under the grid; it survives a reload (IndexedDB), rides an XLSX export as the cell's comment (read
 * here with exceljs, not the app's reader) and is listed in History. A colleague's copy with a different note
 * merges with the conflict shown and chosen; the merge is one History entry naming the file, keeps the losing
 * note readable there, and one undo takes it all back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { t, type Lang } from '../../src/lib/i18n';
import { SHEETS } from '../../src/lib/io/xlsx/layout';
import { cell, openWorkbench } from './helpers';

const HELD = '补贴不退坡 Subsidies held at year-1 rates';

async function importHeld(page: Page, L: Lang) {
	await page.getByTestId('import-input').setInputFiles('scenarios/subsidy-held.json');
	await expect(page.getByRole('dialog')).toContainText(t(L, 'library.importedAs', { name: HELD }));
	await page.getByRole('button', { name: t(L, 'library.close') }).click();
}

async function shot(page: Page, name: string) {
	if (process.env.SHOTS !== '1') return;
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.waitForTimeout(600);
	await page.screenshot({ path: `docs/${name}.png` });
}

const noteLine = (page: Page) => page.locator('[data-note-line]');

for (const L of ['zh', 'en'] as const) {
	test(`a note added with Shift+F2 is marked, shown, kept, exported as a comment and in History (${L})`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await openWorkbench(page, L);
		await importHeld(page, L);
		const text = L === 'zh' ? '按物价局 2025 年批复，待复核' : 'per the 2025 price bureau ruling; to recheck';
		await cell(page, 'basic_fee_y2').click();
		await page.keyboard.press('Shift+F2');
		const editor = page.getByRole('dialog');
		await expect(editor).toBeVisible();
		// Too long: refused in the planner's language, naming the cell by label and year; nothing changes.
		await editor.getByRole('textbox', { name: t(L, 'notes.text') }).fill('x'.repeat(1001));
		await editor.getByRole('button', { name: t(L, 'notes.save') }).click();
		await expect(editor.getByRole('alert')).toHaveText(
			L === 'zh'
				? '基础物业物业费（2023 年）的批注有 1001 个字符，最多 1000 个'
				: 'the note on Basic fee (2023) has 1001 characters; at most 1000'
		);
		await expect(cell(page, 'basic_fee_y2').locator('.note-mark')).toHaveCount(0);
		await editor.getByRole('textbox', { name: t(L, 'notes.text') }).fill(text);
		await editor.getByRole('textbox', { name: t(L, 'notes.by') }).fill('王芳');
		await editor.getByRole('button', { name: t(L, 'notes.save') }).click();
		await expect(editor).toHaveCount(0);

		const c = cell(page, 'basic_fee_y2');
		await expect(c.locator('.note-mark')).toBeVisible();
		await expect(c).toHaveAttribute('title', new RegExp(`王芳.*${text}`));
		await expect(c).toHaveAttribute('aria-label', new RegExp(t(L, 'notes.has')));
		await expect(noteLine(page)).toContainText(text);
		await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

		// Kept in the browser's library: a reload shows it again.
		await page.reload();
		await expect(cell(page, 'basic_fee_y2').locator('.note-mark')).toBeVisible({ timeout: 20_000 });
		await cell(page, 'basic_fee_y2').click();
		await expect(noteLine(page)).toContainText(`王芳`);
		await shot(page, `notes-cell-${L}`);

		// Exported to XLSX: the cell's comment, as Excel, WPS and LibreOffice show it.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t(L, 'library.exportXlsx') }).click();
		const xlsxPath = await (await download).path();
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(readFileSync(xlsxPath) as unknown as ArrayBuffer);
		const [ref] = wb.definedNames.getRanges('basic_fee_y2').ranges;
		const [sheet, addr] = ref.split('!');
		const comment = wb.getWorksheet(sheet.replace(/'/g, ''))!.getCell(addr.replace(/\$/g, '')).note;
		expect(String(comment)).toMatch(new RegExp(`^王芳 · \\d{4}-\\d\\d-\\d\\dT.*Z\\n${text}$`));
		// The workbook carries its lineage as a JSON export does: importing it back offers the merge.
		const lineage = wb.getWorksheet(SHEETS.scenario[L])!;
		let carried = '';
		lineage.eachRow((row) => {
			if (String(row.getCell(1).value) === t(L, 'xlsx.lineage')) carried = String(row.getCell(2).value);
		});
		const { rev } = JSON.parse(carried);
		await page.getByTestId('import-input').setInputFiles({
			name: 'copy.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: readFileSync(xlsxPath)
		});
		const ask = page.getByTestId('name-clash');
		await expect(ask).toContainText(t(L, 'share.mergeOffer', { name: HELD, rev }));
		await ask.getByRole('button', { name: t(L, 'library.cancelImport') }).click();

		// History lists it.
		await page.getByRole('tab', { name: t(L, 'tabHistory') }).click();
		await expect(page.locator('tr[data-history]').first().locator('[data-note-change="basic_fee_y2"]')).toContainText(
			text
		);
	});

	test(`a colleague's copy with a different note merges with the conflict chosen, in History, undone in one step (${L})`, async ({
		page
	}, info) => {
		test.setTimeout(120_000);
		await openWorkbench(page, L);
		await importHeld(page, L);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t(L, 'library.exportJson') }).click();
		const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
		const quasiBefore = await cell(page, 'quasi_fee_y3').innerText();

		// Mine, after the export: a note on basic_fee_y2, through the button beside undo/redo.
		await cell(page, 'basic_fee_y2').click();
		await page.getByRole('button', { name: t(L, 'notes.edit'), exact: true }).click();
		await page.getByRole('textbox', { name: t(L, 'notes.text') }).fill('mine: keep 0.35');
		await page.getByRole('textbox', { name: t(L, 'notes.by') }).fill('王芳');
		await page.getByRole('button', { name: t(L, 'notes.save') }).click();
		await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

		// Theirs: a different note on the same cell, and a cell of their own.
		const theirs = structuredClone(exported);
		theirs.notes = { basic_fee_y2: { by: '李明', at: '2026-12-06T08:00:00.000Z', text: 'theirs: raise to 0.4' } };
		theirs.parameters.quasi_fee.values[2] = 0.7;
		const path = info.outputPath('colleague.json');
		writeFileSync(path, JSON.stringify(theirs));
		await page.getByTestId('import-input').setInputFiles(path);
		await page
			.getByTestId('name-clash')
			.getByRole('button', { name: t(L, 'share.merge') })
			.click();
		const panel = page.getByRole('dialog', { name: t(L, 'share.mergeTitle', { file: 'colleague.json' }) });
		await expect(panel).toContainText(t(L, 'share.taken', { n: 1 }));
		await expect(panel).toContainText('mine: keep 0.35');
		await expect(panel).toContainText('theirs: raise to 0.4');
		await expect(panel).toContainText('李明');
		await expect(panel).not.toContainText('basic_fee');
		await shot(page, `notes-merge-${L}`);
		await panel.getByRole('radio', { name: new RegExp(`: ${t(L, 'share.theirs')}$`) }).check();
		await panel.getByRole('button', { name: t(L, 'share.apply'), exact: true }).click();

		await expect(cell(page, 'quasi_fee_y3')).toHaveText('0.7');
		await cell(page, 'basic_fee_y2').click();
		await expect(noteLine(page)).toContainText('theirs: raise to 0.4');
		await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

		// One History entry naming the file; my losing note readable there.
		await page.getByRole('tab', { name: t(L, 'tabHistory') }).click();
		const newest = page.locator('tr[data-history]').first();
		await expect(newest.locator('[data-merge]')).toContainText('colleague.json');
		await expect(newest.locator('[data-lost="cellnote:basic_fee_y2"]')).toContainText('mine: keep 0.35');
		await expect(newest.locator('[data-cell="quasi_fee_y3"]')).toBeVisible();

		// One undo takes the whole merge back: their cell and their note both.
		await page.getByRole('tab', { name: t(L, 'tabWorkbench') }).click();
		await page.getByRole('button', { name: `↶ ${t(L, 'undo')}` }).click();
		await expect(cell(page, 'quasi_fee_y3')).toHaveText(quasiBefore);
		await cell(page, 'basic_fee_y2').click();
		await expect(noteLine(page)).toContainText('mine: keep 0.35');
	});
}
