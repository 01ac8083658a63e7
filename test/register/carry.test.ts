/**
 * The register travels with its scenario: JSON and XLSX exports carry it, importing restores
 * it, files without it read exactly as before, and a totals row (合计) added to the register sheet is skipped
 * and noted once.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { exportXlsx } from '../../src/lib/io/xlsx/export-xlsx';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { runProjection } from '../../src/lib/model/run';
import { sampleRegister } from '../../src/lib/register/sample';
import { envelope, type Kept } from '../../src/lib/register/stored';
import { loadScenario } from '../xlsx/helpers';

const { doc, values } = loadScenario('subsidy-held.json');
const kept: Kept = {
	register: sampleRegister().slice(0, 40),
	source: { format: 'csv', encoding: 'utf-8' },
	areaUnit: 'm2',
	fileName: '登记册.csv',
	synthetic: true,
	seed: 2022,
	excluded: []
};
const projection = runProjection(values, doc.years, doc.start);
const names = (k: Kept | undefined) => k?.register.map((c) => c.name);

describe('a JSON scenario file', () => {
	it('carries the register when asked, and importing restores it whole', () => {
		const r = readScenarioText(writeScenario(doc, { register: envelope(kept) }));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.register).toEqual(kept);
		expect(r.doc).toEqual(doc);
	});
	it('without a register is the same file as before and reads with no register', () => {
		const text = writeScenario(doc);
		expect(JSON.parse(text)).not.toHaveProperty('register');
		const r = readScenarioText(text);
		expect(r.ok && 'register' in r).toBe(false);
	});
	it('with a damaged register is refused, saying so, as any bad part of a file', () => {
		const o = JSON.parse(writeScenario(doc, { register: envelope(kept) }));
		o.register.register[3].area = -1;
		const r = readScenarioText(JSON.stringify(o));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['register']);
	});
});

describe('an XLSX workbook', () => {
	it('carries the register on its own sheet (小区登记册), and importing restores its compounds', async () => {
		const bytes = await exportXlsx(doc, values, projection, 'zh', kept);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytes as unknown as ArrayBuffer);
		const ws = book.getWorksheet('小区登记册')!;
		expect(ws.getRow(1).getCell(1).value).toBe('小区名称');
		expect(ws.rowCount).toBe(41);
		const r = await importXlsx(bytes);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(names(r.register)).toEqual(names(kept));
		expect(r.register!.register.map((c) => [c.tier, c.area, c.committee])).toEqual(
			kept.register.map((c) => [c.tier, c.area, c.committee])
		);
		expect(r.registerTotals).toEqual([]);
	});
	it('without the sheet imports as before, with no register', async () => {
		const r = await importXlsx(await exportXlsx(doc, values, projection, 'en'));
		expect(r.ok && 'register' in r).toBe(false);
	});
	it('with a 合计 row a colleague added in WPS: skipped and noted once, not one error per empty column', async () => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await exportXlsx(doc, values, projection, 'zh', kept)) as unknown as ArrayBuffer);
		book.getWorksheet('小区登记册')!.addRow(['合计', '', '', '', 123456, 7890, '', '', '']);
		const r = await importXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.register!.register).toHaveLength(40);
		expect(r.registerTotals).toEqual([42]);
	});
});
