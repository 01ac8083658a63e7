import { expect, test } from 'vitest';
import { describe } from '../../src/lib/io/read-error';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { scenarioToObject } from '../../src/lib/io/write-scenario';
import { loadExcelJS, type Workbook } from '../../src/lib/io/xlsx/exceljs';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { exported, loadScenario } from './helpers';

/** The plan exported, edited as a colleague would in a spreadsheet, and imported back: the messages it gets. */
async function importEdited(
	edit: (wb: Workbook, at: (name: string) => import('exceljs').Cell) => void
): Promise<string[]> {
	const { doc, values } = loadScenario('plan-2022-2024.json');
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await exported(doc, values)).bytes as unknown as ArrayBuffer);
	const names = new Map(wb.definedNames.model.map((n) => [n.name, n.ranges[0]]));
	edit(wb, (name) => wb.getWorksheet('Assumptions')!.getCell(names.get(name)!.split('!')[1].replace(/\$/g, '')));
	const r = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
	return r.ok ? [] : r.errors.map(describe);
}

/** What the JSON reader says about the same change, so the XLSX message can be compared word for word. */
function jsonMessages(change: (o: any) => void): string[] {
	const o = scenarioToObject(loadScenario('plan-2022-2024.json').doc) as any;
	change(o.parameters);
	const r = readScenarioObject(o);
	return r.ok ? [] : r.errors.map((e) => e.message);
}

test('a bad value names its sheet, cell, parameter and year, with the JSON reader\u2019s words', async () => {
	const got = await importEdited((_, at) => (at('basic_fee_y2').value = 150));
	const [message] = jsonMessages((p) => (p.basic_fee.values[1] = 150));
	expect(got).toEqual([`Assumptions!E16 (basic_fee, year 2): ${message}`]);
});

test('text in a scalar cell and a formula cycle are reported at their cells', async () => {
	const got = await importEdited((_, at) => {
		at('basic_area').value = 'lots';
		at('quasi_fee_y1').value = { formula: 'basic_fee_y1' } as never;
		at('basic_fee_y1').value = { formula: 'quasi_fee_y1*1' } as never;
	});
	expect(got[0]).toMatch(
		/^Assumptions!D9 \(basic_area\): expected a number, null or a formula starting with "=", got text "lots"$/
	);
	expect(got.some((m) => m.startsWith('Assumptions!D15 (quasi_fee, year 1): #CYCLE!'))).toBe(true);
	expect(got.some((m) => m.startsWith('Assumptions!D16 (basic_fee, year 1): #CYCLE!'))).toBe(true);
});

test('what a scenario file cannot hold — a boolean, text that only looks like a formula — is named', async () => {
	const got = await importEdited((_, at) => {
		at('grace_months').value = true;
		at('quasi_subsidy_y3').value = '=quasi_subsidy_y1';
	});
	expect(got).toContain('Assumptions!D18 (grace_months): expected a number or a formula, got the value TRUE');
	expect(got).toContain(
		'Assumptions!F27 (quasi_subsidy, year 3): "=quasi_subsidy_y1" is stored as text, not as a formula: remove the leading apostrophe or the Text cell format'
	);
});

test('the envelope on the Scenario sheet is checked as in a JSON file', async () => {
	const row = (wb: Workbook, field: string) =>
		wb
			.getWorksheet('Scenario')!
			.getRows(1, 10)!
			.find((r) => r.getCell(1).value === field)!;
	expect(await importEdited((wb) => (row(wb, 'years').getCell(2).value = 'three'))).toEqual([
		'Scenario!B7 (years): expected a whole number, got "three"'
	]);
	expect(await importEdited((wb) => (row(wb, 'version').getCell(2).value = 2))).toEqual([
		'Scenario!B3 (version): version 2 is newer than this workbench reads (version 1): update the workbench'
	]);
	const bad = await importEdited((wb) => wb.getWorksheet('Scenario')!.addRow(['basic_fee', 'n', '{"dist":"cauchy"}']));
	expect(bad[0]).toMatch(
		/^Scenario!C\d+ \(basic_fee, uncertainty\.dist\): expected one of triangular, uniform, pert, normal/
	);
});

test('an unknown parameter row gets the same "did you mean" as in JSON', async () => {
	const got = await importEdited((wb) =>
		wb.getWorksheet('Assumptions')!.addRow(['basic_fees', 'typo', '', 0.3, 0.3, 0.3])
	);
	expect(got).toEqual([
		expect.stringMatching(
			/^Assumptions!A\d+ \(basic_fees\): unknown parameter "basic_fees" — did you mean "basic_fee"\?$/
		)
	]);
});

test('a workbook without the Scenario sheet is not one of ours', async () => {
	const got = await importEdited((wb) => wb.removeWorksheet(wb.getWorksheet('Scenario')!.id));
	expect(got).toEqual([
		'(file): this workbook has no Scenario sheet, so it was not exported by the workbench: export a scenario as XLSX to see the layout it reads'
	]);
});
