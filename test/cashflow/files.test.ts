/**
 * The treasury's table, its CSV and its XLSX: the rows add up to the district column by column, the files carry
 * the notes above the table, 万元 to three decimals, and a street named like a formula stays text.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cashflowCsv } from '../../src/lib/io/cashflow-csv';
import { cashflowXlsx } from '../../src/lib/io/xlsx/cashflow-sheet';
import { cashflowPlan, cashflowTable, deductions } from '../../src/lib/model/cashflow';
import { stackedChart } from '../../src/lib/ui/cashflow/chart';
import { BASIC, QUASI, tiny } from '../model/tiny';

// Two streets, one named like a formula; the plan starts in July, so calendar years are split.
function plan() {
	const inp = tiny(2);
	inp.area = [0, 10, 30, 0];
	inp.subsidy[QUASI] = [0.2, 0.1];
	inp.subsidy[BASIC] = [0.1, 0.05];
	inp.rewardFund = [100, 100];
	return cashflowPlan(inp, '2022-07', [
		{ street: '=东街', tier: 'quasi', area: 1 },
		{ street: '西街', tier: 'basic', area: 1 }
	]);
}

describe('the fund-use table', () => {
	const p = plan();
	const d = deductions(p, [{ street: '西街', quarter: '2022Q3', released: 0.5 }]);
	const table = cashflowTable(p, { deductions: d });

	it('has each quarter after its months and each calendar year after its quarters', () => {
		// 2022-07 … 2024-06: 2022 has Q3, Q4; 2023 all four; 2024 Q1, Q2.
		const keys = table.columns.map((c) => c.key);
		expect(keys.slice(0, 5)).toEqual(['2022-07', '2022-08', '2022-09', '2022Q3', '2022-10']);
		expect(keys.filter((k) => /^\d{4}$/.test(k))).toEqual(['2022', '2023', '2024']);
		expect(keys).toHaveLength(24 + 8 + 3);
	});

	it('adds up: streets + reward + withheld = the district (model) in every column; paid = district − withheld', () => {
		const row = (kind: string) => table.rows.find((r) => r.kind === kind)!;
		table.columns.forEach((_, j) => {
			const parts = table.rows.filter((r) => ['street', 'reward', 'withheld'].includes(r.kind));
			const sum = parts.reduce((x, r) => x + r.values[j], 0);
			expect(sum).toBeCloseTo(row('district').values[j], 9);
			expect(row('paid').values[j]).toBeCloseTo(row('district').values[j] - row('withheld').values[j], 9);
		});
		// 西街 2022Q3: 30 × 0.1 × 3 = 9 万元, half withheld = 4.5, taken off October (its subsidy is 3 a month: 3, then 1.5).
		const west = table.rows.find((r) => r.street === '西街')!;
		const col = (k: string) => table.columns.findIndex((c) => c.key === k);
		expect(west.values[col('2022-10')]).toBeCloseTo(0, 12);
		expect(west.values[col('2022-11')]).toBeCloseTo(1.5, 12);
		expect(west.values[col('2022-12')]).toBeCloseTo(3, 12);
		// The district's 2022 (July–December): quasi 10 × 0.2 × 6 + basic 30 × 0.1 × 6 + 100 = 130.
		expect(row('district').values[col('2022')]).toBeCloseTo(130, 9);
	});

	it('writes a CSV with a BOM, notes above, three decimals, and a formula-like name as text', () => {
		const csv = cashflowCsv(table, ['分月用款计划（按镇、街道）', '情景：测试'], 'zh', '镇/街道');
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('\uFEFF分月用款计划（按镇、街道）');
		expect(lines[1]).toBe('情景：测试');
		expect(lines[3].startsWith('镇/街道,2022年7月,2022年8月,2022年9月,2022年第3季度,')).toBe(true);
		expect(lines.find((l) => l.startsWith("'=东街"))).toBeDefined();
		// July 2022: quasi 10 × 0.2 = 2, basic 30 × 0.1 = 3, reward fund 100 → 105.
		expect(lines.find((l) => l.startsWith('全区合计（模型）'))!.split(',')[1]).toBe('105.000');
	});

	it('writes one XLSX sheet with the notes, the header row and figures as numbers in 万元', async () => {
		const bytes = await cashflowXlsx(table, ['Monthly fund-use plan', 'Scenario: test'], 'en', {
			sheet: 'Fund-use plan',
			street: 'Town or street'
		});
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(bytes.buffer as ArrayBuffer);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Fund-use plan']);
		const ws = wb.worksheets[0];
		expect(ws.getCell('A1').value).toBe('Monthly fund-use plan');
		expect(ws.getCell('A4').value).toBe('Town or street');
		expect(ws.getCell('B4').value).toBe('Jul 2022');
		expect(ws.getCell('E4').value).toBe('2022 Q3');
		const district = ws.getRow(4 + table.rows.findIndex((r) => r.kind === 'district') + 1);
		expect(district.getCell(1).value).toBe('District total (model)');
		expect(district.getCell(2).value).toBeCloseTo(105, 9);
		expect(district.getCell(2).numFmt).toBe('#,##0.000');
		expect(ws.getCell('A5').value).toBe("'=东街");
	});
});

describe('the stacked chart', () => {
	it('stacks one bar part per street and the unallocated reward fund; each month’s stack is the district’s need', () => {
		// 2022 is July–December. Each month: 东街 holds all quasi, 10 × 0.2 = 2; 西街 all basic, 30 × 0.1 = 3;
		// July also carries the 100 万元 reward fund, unallocated. So the stacks are 105, then 5 a month.
		const t = cashflowTable(plan(), { year: 2022 });
		const chart = stackedChart(t, { row: (i) => t.rows[i].street ?? t.rows[i].kind, month: [] });
		const sets = chart.data.datasets;
		expect(sets.map((d) => d.label)).toEqual(['=东街', '西街', 'reward']);
		expect(sets.every((d) => d.stack === 'need')).toBe(true);
		const stack = (j: number) => sets.reduce((a, d) => a + (d.data[j] as number), 0);
		expect(Array.from({ length: 6 }, (_, j) => stack(j))).toEqual(
			[105, 5, 5, 5, 5, 5].map((x) => expect.closeTo(x, 12))
		);
		expect(sets[0].data).toEqual([2, 2, 2, 2, 2, 2].map((x) => expect.closeTo(x, 12)));
	});
});
