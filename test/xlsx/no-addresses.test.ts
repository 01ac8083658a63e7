/**
 * a workbook whose cells (or rows) carry no address — the `r` attribute, left out by some generators —
 * is refused saying what is wrong with the file, not with exceljs's "Cannot read properties of undefined
 * (reading 'col')". Both readers of workbooks: the scenario import and the register import.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { describe as say } from '../../src/lib/io/read-error';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { importRegister } from '../../src/lib/register/import';
import { exported, loadScenario } from './helpers';

const ZH =
	'文件中的工作表缺少单元格地址（r 属性），可能不是由 Excel/WPS 生成：请用 Excel 或 WPS 打开并另存为 .xlsx 后再导入';
const EN =
	'the sheet\u2019s cells have no addresses (the r attribute), so the file was probably not made by Excel or WPS: open it in Excel or WPS, save it as .xlsx and import that';

/** The workbook with `r="…"` taken off every cell (and, with `rows`, every row) of every worksheet. */
async function stripped(bytes: Uint8Array | ArrayBuffer, rows: boolean): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(bytes);
	let cells = 0;
	for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
		let xml = await zip.file(name)!.async('string');
		cells += (xml.match(/<c r="/g) ?? []).length;
		xml = xml.replace(/<c r="[A-Z]+\d+"/g, '<c');
		if (rows) xml = xml.replace(/<row r="\d+"/g, '<row');
		zip.file(name, xml);
	}
	expect(cells).toBeGreaterThan(0); // the fixture really had addresses to take away
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the scenario import', () => {
	const { doc, values } = loadScenario('plan-2022-2024.json');
	for (const rows of [false, true])
		it(`says the cells have no addresses (${rows ? 'rows and cells' : 'cells only'})`, async () => {
			const r = await importXlsx(await stripped((await exported(doc, values)).bytes, rows));
			expect(!r.ok && r.errors.map(say)).toEqual([`(file): ${ZH} — ${EN}`]);
		});
});

describe('the register import', () => {
	it('says the cells have no addresses, in both languages', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('台账');
		ws.addRow(['小区名称', '物业类型', '面积（平方米）', '户数']);
		ws.addRow(['示例小区 01 (synthetic)', '市场化物业', 25000, 300]);
		const r = await importRegister(await stripped(await wb.xlsx.writeBuffer(), false));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems.map((p) => p.message)).toEqual([{ zh: `文件：${ZH}。`, en: `The file: ${EN}.` }]);
	});
});
