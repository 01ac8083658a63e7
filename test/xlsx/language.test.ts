/**
 * the workbook in the language it was exported in — sheet names, the Scenario sheet's labels,
 * the 来源 column and the stock notes — and every workbook, old or new, in either language, read back as the
 * same scenario.
 */
import { readFileSync } from 'node:fs';
import { describe as group, expect, test } from 'vitest';
import type { Workbook } from '../../src/lib/io/xlsx/exceljs';
import { loadExcelJS } from '../../src/lib/io/xlsx/exceljs';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { entryText, exported, loadScenario } from './helpers';

async function book(bytes: Uint8Array): Promise<Workbook> {
	const ExcelJS = await loadExcelJS();
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	return wb;
}
/** Column A → the rest of the row, for a sheet's rows. */
const rows = (wb: Workbook, sheet: string) => {
	const out = new Map<string, unknown[]>();
	wb.getWorksheet(sheet)!.eachRow((r) => {
		const v = (r.values as unknown[]).slice(1);
		if (typeof v[0] === 'string') out.set(v[0], v.slice(1));
	});
	return out;
};
/** The 来源 / source column (after the years) of each parameter row of the Assumptions sheet. */
const sources = (wb: Workbook, sheet: string, years: number) => {
	const out = new Map<string, unknown>();
	wb.getWorksheet(sheet)!.eachRow((r) => void out.set(String(r.getCell(1).value), r.getCell(4 + years).value));
	return out;
};

group('a Chinese export', async () => {
	const { doc, values } = loadScenario('plan-2022-2024.json');
	const edited = structuredClone(doc);
	edited.params.quasi_subsidy.cells = [0.2, 0.2, 0.2];
	const { bytes } = await exported(edited, values, 'zh');
	const wb = await book(bytes);

	test('names its sheets 假设 / 结果 / 情景, and its defined names quote the sheet', () => {
		expect(wb.worksheets.map((w) => w.name)).toEqual(['假设', '结果', '情景']);
		const xml = entryText(bytes, 'xl/workbook.xml');
		expect(xml).toContain('<definedName name="reward_fund_y2">&apos;假设&apos;!$E$');
		expect(xml).not.toContain('Assumptions');
	});

	test('says where each row comes from in Chinese: the plan’s clause, an illustrative default, the planner', () => {
		const src = sources(wb, '假设', 3);
		expect(src.get('key')).toBeUndefined();
		expect(src.get('参数')).toBe('来源');
		expect(src.get('reward_fund')).toBe('规划 §七 奖励资金');
		expect(src.get('basic_collection')).toBe('示例假设');
		expect(src.get('quasi_subsidy')).toBe('规划人员的假设');
		expect([...src.values()].filter((v) => /assumption/i.test(String(v)))).toEqual([]);
	});

	test('labels the Scenario sheet and shows the stock notes in Chinese, naming no development file', () => {
		const sc = rows(wb, '情景');
		expect(sc.get('字段')).toEqual(['值']);
		expect(sc.get('名称')).toEqual([doc.name]);
		expect(sc.get('规划年数')).toEqual([3]);
		expect(sc.get('参数')).toEqual(['备注', '不确定范围（JSON）']);
		expect(sc.get('reward_fund')).toEqual(['规划 §七 奖励资金']);
		expect(sc.get('basic_collection')).toEqual(['示例假设（见“模型说明”），并非规划原文，请替换为本地数据']);
		// The notes (the description is the scenario's own text, passed through as written).
		const notes = [...sc].filter(([k]) => k in doc.params).map(([, v]) => v[0]);
		expect(notes).toHaveLength(54);
		expect(notes.filter((n) => /MODEL\.md|illustrative|\bplan\b/.test(String(n)))).toEqual([]);
	});

	test('reads back as the scenario it was, stock notes in the words the scenario stores', async () => {
		const back = await importXlsx(bytes);
		if (!back.ok) throw new Error(JSON.stringify(back.errors));
		expect(back.doc).toEqual(edited);
		expect(back.doc.params.basic_collection.note).toBe(doc.params.basic_collection.note);
	});
});

test('an English export keeps the English names and labels a workbook always had', async () => {
	const { doc, values } = loadScenario('plan-2022-2024.json');
	const wb = await book((await exported(doc, values, 'en')).bytes);
	expect(wb.worksheets.map((w) => w.name)).toEqual(['Assumptions', 'Results', 'Scenario']);
	const src = sources(wb, 'Assumptions', 3);
	expect(src.get('reward_fund')).toBe('plan §七 奖励资金');
	expect(src.get('basic_collection')).toBe('illustrative assumption');
	const sc = rows(wb, 'Scenario');
	expect(sc.get('name')).toEqual([doc.name]);
	expect(sc.get('parameter')).toEqual(['note', 'uncertainty']);
	expect(sc.get('basic_collection')).toEqual([
		'illustrative assumption (see “How the model works”), not from the plan — replace with local data'
	]);
});

group('a workbook exported before the names were translated (November 2026)', () => {
	// Made by the export as it was at 04486f1: English sheet names and Scenario labels, stored notes verbatim.
	test.each(['plan-2022-2024-zh', 'subsidy-held-en'])('%s imports as the same scenario as then', async (name) => {
		const bytes = new Uint8Array(readFileSync(`test/xlsx/fixtures/${name}-v2026-11.xlsx`));
		expect((await book(bytes)).worksheets.map((w) => w.name)).toEqual(['Assumptions', 'Results', 'Scenario']);
		const back = await importXlsx(bytes);
		if (!back.ok) throw new Error(JSON.stringify(back.errors));
		const then = JSON.parse(readFileSync(`test/xlsx/fixtures/${name}-v2026-11.doc.json`, 'utf8'));
		expect(back.doc).toEqual(then);
		// … and, exported today in Chinese, comes back the same — its notes in today's words (MODEL.md no more).
		const today = await importXlsx((await exported(back.doc, back.values, 'zh')).bytes);
		const reworded = JSON.parse(
			JSON.stringify(back.doc).replaceAll('(MODEL.md)', '(see “How the model works”)')
		) as typeof back.doc;
		expect(today.ok && today.doc).toEqual(reworded);
		expect(today.ok && today.values).toEqual(back.values);
	});
});
