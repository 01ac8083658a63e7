import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importRegister } from '../../src/lib/register/import';

async function xlsx(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	build(wb.addWorksheet('台账'));
	wb.addWorksheet('notes').addRow(['ignored: only the first sheet is read']);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const HEADER = [
	'序号',
	'小区名称',
	'镇/街道',
	'社区',
	'物业类型',
	'面积（万平方米）',
	'户数',
	'业主委员会',
	'是否达标',
	'封闭情况'
];

describe('XLSX import', () => {
	it('reads the first sheet under a title row, with numbers, formulas, rich text and a merged street', async () => {
		const bytes = await xlsx((ws) => {
			ws.addRow(['东河区小区台账（示例，synthetic）']);
			ws.mergeCells('A1:J1');
			ws.addRow(HEADER);
			ws.addRow([
				1,
				'示例小区 001 (synthetic)',
				'示例街道 01 (synthetic)',
				'示例社区 01',
				'市场化物业',
				12.5,
				1500,
				'是',
				'是',
				'已封闭'
			]);
			ws.addRow([
				2,
				{ richText: [{ text: '示例小区 ' }, { text: '002 (synthetic)' }] },
				null,
				'示例社区 02',
				'准物业',
				{ formula: '1+2.25', result: 3.25 },
				null,
				true,
				false,
				'未封闭'
			]);
			ws.mergeCells('C3:C4');
		});
		const res = await importRegister(bytes);
		if (!res.ok) throw new Error(res.problems.map((p) => p.message.en).join('\n'));
		expect(res.source).toEqual({ format: 'xlsx' });
		expect(res.headerRow).toBe(2);
		expect(res.register).toEqual([
			{
				name: '示例小区 001 (synthetic)',
				street: '示例街道 01 (synthetic)',
				community: '示例社区 01',
				tier: 'market',
				area: 12.5,
				households: 1500,
				committee: true,
				standard: true,
				enclosure: 'enclosed',
				row: 3
			},
			{
				name: '示例小区 002 (synthetic)',
				street: '示例街道 01 (synthetic)',
				community: '示例社区 02',
				tier: 'quasi',
				area: 3.25,
				households: null,
				committee: true,
				standard: false,
				enclosure: 'unenclosed',
				row: 4
			}
		]);
	});

	it('reports problems with the sheet’s own row numbers', async () => {
		const bytes = await xlsx((ws) => {
			ws.addRow(HEADER);
			ws.addRow([1, '甲 (synthetic)', '街道', '社区', '基础物业', -1, 10, '是', '否', '已封闭']);
			ws.addRow([]);
			ws.addRow([2, '乙 (synthetic)', '街道', '社区', '物业', 2, 10, '是', '否', '已封闭']);
		});
		const res = await importRegister(bytes);
		expect(res.ok).toBe(false);
		if (res.ok) return;
		expect(res.problems.map((p) => [p.row, p.column])).toEqual([
			[2, '面积（万平方米）'],
			[4, '物业类型']
		]);
		expect(res.problems[1].message.en).toBe(
			'Row 4, column "物业类型": "物业" is not a tier. Use 市场化物业 (market), 准物业 (quasi), 基础物业 or 卫生保洁物业 (basic), 居民自治 (self-governed).'
		);
	});

	it('says so when bytes that start like a zip are not one', async () => {
		const res = await importRegister(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect(!res.ok && res.problems[0].message.en).toMatch(
			/^The file: not an XLSX file: an XLSX workbook is a zip archive/
		);
	});
});
