/**
 * Notes (批注) through LibreOffice, a neutral spreadsheet: the exported workbook opened and re-saved by Calc still
 * holds each note as the cell's comment (read from the re-saved archive's bytes), and imports back whole.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { scenarioToObject } from '../../src/lib/io/write-scenario';
import { exportXlsx } from '../../src/lib/io/xlsx/export-xlsx';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { runProjection } from '../../src/lib/model/run';
import { entryText } from '../xlsx/helpers';
import { convert, hasSoffice, workDir } from '../xlsx/soffice';

const at = '2026-12-07T06:20:00.000Z';

describe.runIf(hasSoffice)('notes in a workbook re-saved by LibreOffice', () => {
	it('are still the cells’ comments, and import back whole', async () => {
		const doc = planScenario();
		doc.notes = {
			basic_fee_y2: { by: '王芳', at, text: '按物价局 2025 年批复\n待复核' },
			market_compounds: { by: 'Li', at, text: 'two new estates' }
		};
		const r = readScenarioObject(scenarioToObject(doc));
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		const bytes = await exportXlsx(doc, r.values, runProjection(r.values, doc.years, doc.start), 'zh');
		const dir = workDir();
		writeFileSync(join(dir, 'notes.xlsx'), bytes);
		convert(dir, 'xlsx:Calc MS Excel 2007 XML', [join(dir, 'notes.xlsx')], join(dir, 'resaved'));
		const resaved = new Uint8Array(readFileSync(join(dir, 'resaved', 'notes.xlsx')));
		// Calc splits a comment into runs by font: the text is what is left once the tags are gone.
		const shown = entryText(resaved, 'xl/comments1.xml')
			.replace(/<[^>]+>/g, '')
			.replace(/&#10;/g, '\n');
		expect(shown).toContain(`王芳 · ${at}\n按物价局 2025 年批复\n待复核`);
		const back = await importXlsx(resaved);
		if (!back.ok) throw new Error(JSON.stringify(back.errors));
		expect(back.doc.notes).toEqual(doc.notes);
	}, 120_000);
});
