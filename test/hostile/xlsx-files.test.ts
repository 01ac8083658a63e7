/**
 * Hostile XLSX files, for both readers of workbooks — the scenario import and the register import:
 * zip bombs are refused from the archive's directory before anything is unpacked; formula cells are read
 * as their cached values or as formulas for the scenario reader, never run; deep formulas are refused.
 */
import ExcelJS from 'exceljs';
import { afterEach, expect, test } from 'vitest';
import { describe as say } from '../../src/lib/io/read-error';
import { importXlsx as importScenarioXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { ASSUMPTIONS, COL } from '../../src/lib/io/xlsx/layout';
import { importRegister } from '../../src/lib/register/import';
import { deflated, exported, loadScenario, zipOf } from '../xlsx/helpers';
import { contained, expectReadable, expectUnpolluted, zeros } from './helpers';

afterEach(expectUnpolluted);

/** 100 MB of zeros in a ~100 KB archive, with the entries a workbook has. */
async function bomb(): Promise<Uint8Array> {
	const sheet = await zeros('xl/worksheets/sheet1.xml', 100);
	return zipOf([deflated('[Content_Types].xml', '<Types/>'), deflated('xl/workbook.xml', '<workbook/>'), sheet]);
}

test('[register-zip-bomb.xlsx]: the register import refuses a zip bomb before unpacking it', async () => {
	const bytes = await bomb();
	expect(bytes.length).toBeLessThan(200_000);
	const r = await contained(() => importRegister(bytes), 1000); // unpacking 100 MB would take seconds
	expect(r.ok).toBe(false);
	if (r.ok) return;
	expect(r.problems).toHaveLength(1);
	expectReadable(r.problems[0].message.en);
	expect(r.problems[0].message.en).toMatch(/zip bomb|compressed \d+:1|unpack/i);
});

test('[scenario-zip-bomb.xlsx]: the scenario import refuses the same bomb before unpacking it', async () => {
	const bytes = await bomb();
	const r = await contained(() => importScenarioXlsx(bytes), 1000);
	expect(r.ok).toBe(false);
	if (!r.ok) expect(say(r.errors[0])).toMatch(/zip bomb/);
});

test('[register-formula-cells.xlsx]: formulas give their cached values, formula-looking text stays text', async () => {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('台账');
	ws.addRow([
		'小区名称',
		'镇/街道',
		'社区',
		'物业类型',
		'面积（平方米）',
		'户数',
		'业主委员会',
		'是否达标',
		'封闭情况'
	]);
	ws.addRow([
		"=cmd|' /C calc'!A0",
		'示例街道 01 (synthetic)',
		'@SUM(1)',
		'市场化物业',
		25000,
		300,
		'是',
		'否',
		'已封闭'
	]);
	ws.addRow([
		{ formula: 'HYPERLINK("http://example.invalid","示例小区 02 (synthetic)")', result: '示例小区 02 (synthetic)' },
		'+1',
		'-1',
		'市场化物业',
		{ formula: '20000+5000', result: 25000 },
		300,
		'是',
		'否',
		'已封闭'
	]);
	const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
	const r = await contained(() => importRegister(bytes));
	if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('; '));
	expect(r.register.map((c) => [c.name, c.street, c.community, c.area])).toEqual([
		["=cmd|' /C calc'!A0", '示例街道 01 (synthetic)', '@SUM(1)', 2.5],
		['示例小区 02 (synthetic)', '+1', '-1', 2.5]
	]);
});

test('[scenario-deep-formula.xlsx]: a workbook whose assumption holds a 200-deep formula is refused with a message', async () => {
	const { doc, values } = loadScenario('plan-2022-2024.json');
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await exported(doc, values)).bytes as unknown as ArrayBuffer);
	const ws = wb.getWorksheet(ASSUMPTIONS)!;
	let row = 0;
	ws.eachRow((r, n) => void (r.getCell(COL.key).value === 'reward_fund' && (row = n)));
	ws.getCell(row, COL.firstYear).value = { formula: `${'('.repeat(200)}100${')'.repeat(200)}`, result: 100 };
	const r = await contained(async () => importScenarioXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
	expect(r.ok).toBe(false);
	if (!r.ok) for (const e of r.errors) expectReadable(say(e));
});
