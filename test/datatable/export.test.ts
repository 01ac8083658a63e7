/**
 * What a planner gets from the data table's exports: the CSV (BOM, corner naming output and inputs with units,
 * values in the headers' units) and the XLSX (sheet 模拟运算表, notes, headers in the user's language, own point
 * marked, formula-like text neutralised), and file names a file system accepts.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../src/lib/model/montecarlo/datatable';
import { parseOutput, type OutputRef } from '../../src/lib/model/outputs';
import { tableCsv, tableXlsx } from '../../src/lib/ui/datatable/export';
import type { Shown } from '../../src/lib/ui/datatable/screen.svelte';
import { fileName } from '../../src/lib/ui/datatable/sheet';

const ref = (name: string) => (parseOutput(name, 3) as { ok: true; ref: OutputRef }).ref;
function shown(output: string, table: Partial<DataTable>, scenario = '规划原文'): Shown {
	return {
		table: {
			output,
			rows: { key: 'basic_subsidy_y2', values: [0.04, 0.05] },
			cols: { key: 'basic_collection_y2', values: [0.6, 0.7, 0.8] },
			values: [
				[0.81, 0.82, 0.83],
				[0.84, 0.85, 0.86]
			],
			scenario: { row: 0.05, col: 0.7 },
			runs: 0,
			...table
		},
		ref: ref(output),
		start: '2022-01',
		years: 3,
		scenario,
		seed: 1,
		sources: [
			{ cell: 'basic_subsidy_y2', clause: '§七' },
			{ cell: 'basic_collection_y2', clause: null }
		]
	};
}
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1).trim()).data;

describe('data-table exports', () => {
	it('CSV: a matrix with the output and both inputs named with units, shares and rates in %', () => {
		const csv = tableCsv('zh', shown('y3.standardRate', {}));
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parse(csv);
		expect(rows[0][0]).toBe(
			'2024 年达标率（%）｜行：基础物业补贴（2023 年）（元/m²/月）；列：基础物业收缴率（2023 年）（%）'
		);
		expect(rows[0].slice(1)).toEqual(['60', '70', '80']);
		expect(rows.slice(1)).toEqual([
			['0.04', '81', '82', '83'],
			['0.05', '84', '85', '86']
		]);
		const en = parse(tableCsv('en', shown('y3.standardRate', {})));
		expect(en[0][0]).toBe(
			'Standard rate, 2024 (%) | rows: Basic subsidy (2023) (元/m²/month); columns: Basic collection rate (2023) (%)'
		);
	});

	it('CSV: one input is two columns; a probability is in %; a target without runs is 1 or 0', () => {
		const one = shown('y2.target.standard', { cols: undefined, values: [[0.25], [0.5]], runs: 200 });
		expect(parse(tableCsv('en', one))).toEqual([
			['Basic subsidy (2023) (元/m²/month)', 'Probability: Standard target met, 2023 (probability, %)'],
			['0.04', '25'],
			['0.05', '50']
		]);
		const det = shown('y2.target.standard', { cols: undefined, values: [[0], [1]] });
		expect(parse(tableCsv('zh', det))).toEqual([
			['基础物业补贴（2023 年）（元/m²/月）', '2023 年达标率目标达成（1 = 达成，0 = 未达成）'],
			['0.04', '0'],
			['0.05', '1']
		]);
	});

	it('XLSX: sheet 模拟运算表 with the notes, Chinese headers, numbers as numbers, the own point marked, text neutralised', async () => {
		const buf = await tableXlsx(
			'zh',
			shown(
				'total.outlay',
				{
					values: [
						[3500, 3510, 3520],
						[3550, 3562.584, 3580]
					]
				},
				'=HYPERLINK("x")'
			)
		);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(buf);
		const ws = wb.getWorksheet('模拟运算表');
		expect(ws).toBeDefined();
		if (!ws) return;
		expect(ws.getCell('A1').value).toBe('三年财政支出合计（万元）');
		expect(ws.getCell('A2').value).toBe('方案：=HYPERLINK("x")'); // a string cell: never a formula
		expect(ws.getCell('A3').value).toBe('确定性计算：每个取值组合一次方案测算（不抽样）');
		expect(String(ws.getCell('A4').value)).toContain('模型说明“六、区财政支出”');
		expect(String(ws.getCell('A4').value)).toContain('本方案取值为规划数字，见规划 §七');
		expect(String(ws.getCell('A6').value)).toContain('行：基础物业补贴（2023 年）（元/m²/月）');
		expect([ws.getCell('B6').value, ws.getCell('C6').value, ws.getCell('D6').value]).toEqual([60, 70, 80]);
		expect([ws.getCell('A7').value, ws.getCell('A8').value]).toEqual([0.04, 0.05]);
		const own = ws.getCell('C8');
		expect(own.value).toBe(3562.584);
		expect(own.font?.bold).toBe(true);
		expect(ws.getCell('B7').font?.bold).not.toBe(true);
		for (let r = 1; r <= ws.rowCount; r++)
			ws.getRow(r).eachCell((c) => expect(typeof c.value === 'object' && c.value && 'formula' in c.value).toBe(false));
	});

	it('file names keep the scenario name but none of the characters a file system refuses', () => {
		const s = shown('total.outlay>3600', {}, '../方案:A*B?<1>|"x"\u0007');
		expect(fileName('zh', s, 'csv')).toBe('_方案_A_B__1___x_-模拟运算表-total.outlay_3600.csv');
		expect(fileName('en', shown('total.outlay', {}, '.hidden'), 'xlsx')).toBe('hidden-data-table-total.outlay.xlsx');
		expect(fileName('en', shown('total.outlay', {}, 'CON'), 'csv')).toBe('_CON-data-table-total.outlay.csv');
	});
});
