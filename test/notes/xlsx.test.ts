/**
 * Notes (批注) in XLSX: written as the cell's comment (what Excel, WPS and LibreOffice show), read back whole;
 * a comment a colleague added in a spreadsheet reads back unsigned; a bad one is refused naming the sheet cell.
 * Lineage rides on the Scenario sheet as in a JSON file.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { describeIn } from '../../src/lib/io/read-error';
import { exportXlsx } from '../../src/lib/io/xlsx/export-xlsx';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { scenarioToObject } from '../../src/lib/io/write-scenario';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { runProjection } from '../../src/lib/model/run';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { entryText } from '../xlsx/helpers';

const at = '2026-12-07T06:20:00.000Z';
async function xlsxOf(doc: ScenarioDoc, lang: 'zh' | 'en', lineage?: { id: string; rev: number }) {
	const r = readScenarioObject(scenarioToObject(doc));
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return exportXlsx(doc, r.values, runProjection(r.values, doc.years, doc.start), lang, undefined, lineage);
}
/** The Assumptions cell exceljs finds under a defined name, independently of the app's reader. */
async function named(bytes: Uint8Array, name: string) {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	const [ref] = wb.definedNames.getRanges(name).ranges;
	const [sheet, addr] = ref.split('!');
	return { wb, cell: wb.getWorksheet(sheet.replace(/'/g, ''))!.getCell(addr.replace(/\$/g, '')) };
}

describe('notes in XLSX', () => {
	const doc = planScenario();
	doc.notes = {
		basic_fee_y2: { by: '王芳', at, text: '按物价局 2025 年批复\n待复核' },
		market_compounds: { by: '', at, text: 'includes two new estates' }
	};

	for (const lang of ['zh', 'en'] as const)
		it(`are the cells' comments and read back whole (${lang}), with the lineage`, async () => {
			const bytes = await xlsxOf(doc, lang, { id: 'sc-9', rev: 7 });
			// In the archive as a spreadsheet comment (legacy note: what every spreadsheet shows on hover).
			const xml = entryText(bytes, 'xl/comments1.xml');
			expect(xml).toContain('按物价局 2025 年批复');
			const { cell } = await named(bytes, 'basic_fee_y2');
			expect(cell.note).toBe(`王芳 · ${at}\n按物价局 2025 年批复\n待复核`);
			const back = await importXlsx(bytes);
			if (!back.ok) throw new Error(JSON.stringify(back.errors));
			expect(back.doc.notes).toEqual(doc.notes);
			expect(back.lineage).toEqual({ id: 'sc-9', rev: 7 });
		});

	it('a workbook without notes or lineage reads as before', async () => {
		const back = await importXlsx(await xlsxOf(planScenario(), 'zh'));
		expect(back.ok && back.doc).toEqual(planScenario());
		expect(back.ok && back.lineage).toBeUndefined();
	});

	it('a comment written in a spreadsheet reads back unsigned, dated when the workbook was saved', async () => {
		const { wb, cell } = await named(await xlsxOf(planScenario(), 'zh'), 'quasi_fee_y3');
		cell.note = { texts: [{ text: '同事：' }, { text: '建议下调' }] } as never;
		wb.modified = new Date('2026-12-06T09:00:00Z');
		const back = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
		if (!back.ok) throw new Error(JSON.stringify(back.errors));
		expect(back.doc.notes).toEqual({
			quasi_fee_y3: { by: '', at: '2026-12-06T09:00:00.000Z', text: '同事：建议下调' }
		});
	});

	it('a comment too long is refused naming the sheet cell and the parameter, in Chinese and English', async () => {
		const { wb, cell } = await named(await xlsxOf(planScenario(), 'zh'), 'basic_fee_y2');
		cell.note = '长'.repeat(1200);
		const back = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(back.ok).toBe(false);
		if (back.ok) return;
		const zh = back.errors.map(describeIn('zh'));
		expect(zh).toHaveLength(1);
		expect(zh[0]).toContain(`假设!${cell.address}`);
		expect(zh[0]).toMatch(/（2023 年）的批注有 1200 个字符，最多 1000 个/);
		expect(back.errors.map(describeIn('en'))[0]).toMatch(/\(2023\) has 1200 characters; at most 1000/);
	});
});
