import { expect, test } from 'vitest';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { loadExcelJS } from '../../src/lib/io/xlsx/exceljs';
import { RESULT_COLUMNS } from '../../src/lib/io/xlsx/results-columns';
import { allCells } from '../../src/lib/sheet/layout';
import { entryText, exported, loadScenario, SCENARIO_FILES } from './helpers';

/** `<c r="D5" …><f>…</f><v>…</v></c>` → { D5: { f, v } }, read from the file's XML, not through exceljs. */
function cellsOf(xml: string): Map<string, { f?: string; v?: string }> {
	const out = new Map<string, { f?: string; v?: string }>();
	for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) {
		out.set(m[1], { f: /<f>(.*?)<\/f>/.exec(m[2] ?? '')?.[1], v: /<v>(.*?)<\/v>/.exec(m[2] ?? '')?.[1] });
	}
	return out;
}

test.each(SCENARIO_FILES)(
	'%s: every parameter cell has its defined name, formulas keep their cached values',
	async (file) => {
		const { doc, values } = loadScenario(file);
		const { bytes } = await exported(doc, values);
		const names = new Map(
			[...entryText(bytes, 'xl/workbook.xml').matchAll(/<definedName name="([^"]+)">([^<]+)<\/definedName>/g)].map(
				(m) => [m[1], m[2]]
			)
		);
		const sheet = cellsOf(entryText(bytes, 'xl/worksheets/sheet1.xml'));
		expect([...names.keys()].sort()).toEqual(
			allCells(doc.years)
				.map((c) => c.name)
				.sort()
		);
		let formulas = 0;
		for (const { def, y, name } of allCells(doc.years)) {
			const ref = /^Assumptions!\$([A-Z]+)\$(\d+)$/.exec(names.get(name)!);
			expect(ref, name).not.toBeNull();
			const xml = sheet.get(ref![1] + ref![2]);
			const cell = doc.params[def.key].cells[y];
			const value = def.shape === 'scalar' ? values[def.key] : (values[def.key] as (number | null)[])[y];
			if (typeof cell === 'string') {
				formulas++;
				expect(xml?.f, name).toBe(cell.slice(1));
				expect(Number(xml?.v), name).toBe(value);
			} else if (cell === null) expect(xml?.v, name).toBeUndefined();
			else expect(Number(xml?.v), name).toBe(cell);
		}
		if (/subsidy-held|collection-stagnates/.test(file)) expect(formulas).toBeGreaterThan(0);
	}
);

test('the Results sheet holds the yearly table as numbers', async () => {
	const { doc, values } = loadScenario('plan-2022-2024.json');
	const { bytes, projection } = await exported(doc, values);
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	const ws = wb.getWorksheet('Results')!;
	expect(ws.getRow(1).getCell(8).value).toBe('Subsidy, total (万元)');
	projection.years.forEach((r, j) =>
		RESULT_COLUMNS.forEach((c, i) => expect(ws.getRow(j + 2).getCell(i + 1).value, c.head.en).toBe(c.get(r)))
	);
	expect(ws.getRow(2).getCell(11).value).toBeCloseTo(projection.years[0].outlay, 12);
});

test('a workbook re-saved with a title row inserted above the grid still imports (names follow the cells)', async () => {
	const { doc, values } = loadScenario('subsidy-held.json');
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await exported(doc, values)).bytes as unknown as ArrayBuffer);
	wb.getWorksheet('Assumptions')!.spliceRows(1, 0, ['Donghe 2022–2024'], []);
	const back = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
	if (!back.ok) throw new Error(JSON.stringify(back.errors));
	expect(back.doc).toEqual(doc);
});
