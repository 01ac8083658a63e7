/**
 * a refused file is explained in the planner's language. Each bad file below, JSON or XLSX,
 * is described in Chinese with no English prose left (parameter keys, JSON keys, formulas and cell addresses
 * may stay), and in English as before.
 */
import { describe as group, expect, test } from 'vitest';
import { englishRuns } from '../e2e/english-prose';
import { describe, describeIn } from '../../src/lib/io/read-error';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { loadExcelJS, type Workbook } from '../../src/lib/io/xlsx/exceljs';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { exported, loadScenario } from '../xlsx/helpers';

/** English runs left in a line once the file's own words are set aside: quoted values and lists of keys. */
const prose = (line: string) =>
	englishRuns(line.replace(/"[^"]*"/g, '""').replace(/\b[a-z][A-Za-z_]*(?:, [a-z][A-Za-z_]*)+\b/g, 'keys'));

const HEAD = { format: 'property-plan-scenario', version: 1, name: 't', years: 3 };
const file = (o: Record<string, unknown>) => JSON.stringify({ ...HEAD, ...o });

function refused(text: string) {
	const r = readScenarioText(text);
	if (r.ok) throw new Error('expected the file to be refused');
	return { zh: r.errors.map(describeIn('zh')), en: r.errors.map(describe) };
}

const FILES: [string, string, string][] = [
	[
		'malformed JSON',
		'{\n  "format": "property-plan-scenario",\n  oops\n}',
		'（文件）：JSON 格式有误：第 3 行第 3 列附近，请检查该处的括号、引号和逗号'
	],
	[
		'another format',
		JSON.stringify({ format: 'x', version: 1 }),
		'format：应为 "property-plan-scenario"，实为 "x"：这不是情景文件'
	],
	[
		'a newer version',
		JSON.stringify({ format: 'property-plan-scenario', version: 2 }),
		'文件版本 2 比本工作台能读取的版本（1）新：请更新工作台'
	],
	['not an object', '[1, 2]', '（文件）：应为 JSON 对象'],
	['an unknown key', file({ colour: 'red', parameters: {} }), 'colour：未知字段 "colour"（可用：format, version'],
	['a typo', file({ parameters: { basic_aera: { value: 1 } } }), '未知参数 "basic_aera"，是否应为 "basic_area"？'],
	['a bad name', file({ name: 3, parameters: {} }), 'name：应为文字，实为 3'],
	['too few years', file({ parameters: { basic_fee: { values: [0.3, 0.3] } } }), '有 2 个值，但情景有 3 个规划年'],
	['one value where three', file({ parameters: { basic_fee: { value: 0.3 } } }), 'basic_fee 每个规划年一个值'],
	[
		'text in a cell',
		file({ parameters: { basic_area: { value: 'lots' } } }),
		'应为数、null 或以 "=" 开头的公式，实为文字 "lots"'
	],
	[
		'a rate out of range',
		file({ parameters: { basic_collection: { values: [1.5, 0.7, 0.8] } } }),
		'parameters.basic_collection.values[0]（basic_collection，第1年）：'
	],
	['a cycle', file({ parameters: { basic_fee: { values: ['=basic_fee_y2', '=basic_fee_y1', 0.3] } } }), '#CYCLE!'],
	[
		'a bad distribution',
		file({ parameters: { basic_fee: { values: [0.3, 0.3, 0.3], uncertainty: { dist: 'cauchy' } } } }),
		'应为 triangular, uniform, pert, normal 之一'
	],
	[
		'a correlation without ranges',
		file({ correlations: [{ a: 'basic_collection', b: 'quasi_collection', rho: 0.5 }], parameters: {} }),
		'correlations[0]：“basic_collection”没有取值范围：只有带范围的参数才能相关'
	],
	['an actual that is text', file({ actuals: { outlay: ['x', null, null] }, parameters: {} }), '应为数值或 null'],
	[
		'no compounds',
		file({
			parameters: {
				market_compounds: { value: 0 },
				quasi_compounds: { value: 0 },
				basic_compounds: { value: 0 },
				self_compounds: { value: 0 }
			}
		}),
		'四类小区的数量都为 0'
	]
];

group('a refused JSON file, in Chinese', () => {
	test.each(FILES)('%s', (_, text, words) => {
		const { zh, en } = refused(text);
		expect(zh.join('\n')).toContain(words);
		expect(zh.flatMap(prose)).toEqual([]);
		expect(en.join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
	});
});

test('the English stays as files and the CLI have always said it', () => {
	expect(refused(file({ parameters: { basic_aera: { value: 1 } } })).en).toEqual([
		'parameters.basic_aera: unknown parameter "basic_aera" — did you mean "basic_area"?'
	]);
});

group('a refused XLSX workbook, in Chinese', () => {
	async function importEdited(edit: (wb: Workbook) => void, lang: 'zh' | 'en' = 'zh') {
		const { doc, values } = loadScenario('plan-2022-2024.json');
		const ExcelJS = await loadExcelJS();
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await exported(doc, values, lang)).bytes as unknown as ArrayBuffer);
		edit(wb);
		const r = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
		if (r.ok) throw new Error('expected the workbook to be refused');
		return r.errors.map(describeIn('zh'));
	}
	const keyRow = (wb: Workbook, sheet: string, key: string) => {
		let row = 0;
		wb.getWorksheet(sheet)!.eachRow((r, n) => void (r.getCell(1).value === key && (row = n)));
		return row;
	};

	test('a cell with a boolean, a formula stored as text, a bad years field: each named by its cell', async () => {
		const got = await importEdited((wb) => {
			const ws = wb.getWorksheet('假设')!;
			ws.getCell(keyRow(wb, '假设', 'grace_months'), 4).value = true;
			ws.getCell(keyRow(wb, '假设', 'quasi_subsidy'), 6).value = '=quasi_subsidy_y1';
			wb.getWorksheet('情景')!.getCell(keyRow(wb, '情景', '规划年数'), 2).value = 'three';
		});
		expect(got).toContainEqual(expect.stringMatching(/^假设!D\d+ \(grace_months\)：应为数或公式，实为值 TRUE$/));
		expect(got).toContainEqual(
			expect.stringMatching(/^假设!F\d+（quasi_subsidy，第3年）："=quasi_subsidy_y1" 存为文字而不是公式/)
		);
		expect(got).toContainEqual(expect.stringMatching(/^情景!B\d+ \(years\)：应为整数，实为 "three"$/));
		expect(got.flatMap(prose)).toEqual([]);
	});

	test('a workbook without its sheets says which, in the planner’s words', async () => {
		const got = await importEdited((wb) => wb.removeWorksheet(wb.getWorksheet('情景')!.id));
		expect(got).toEqual([
			'（文件）：此工作簿没有「情景」工作表，不是由本工作台导出的：请先导出一个情景的 XLSX，查看可读取的格式'
		]);
	});
});
