/**
 * The CLI: `simulate FILE --cashflow [--register R] --json`. Expected figures are the plan's own
 * (§七, docs/model.md § 规划核对): quasi subsidy 598.344 · 299.172 · 299.172, basic 1032.948 · 516.474 · 516.474
 * 万元, reward fund 100 a year; the fixture register puts market + quasi in street 01 and basic + self in 02.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const PLAN = 'scenarios/plan-2022-2024.json';
const REGISTER = 'test/register/fixtures/register-zh.utf8.csv';
const tmp = mkdtempSync(join(tmpdir(), 'simulate-cashflow-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const simulate = (...args: string[]) =>
	spawnSync(TSX, ['src/cli/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

interface Cashflow {
	streets: {
		street: string;
		months: { month: string; subsidy: number; waiverCompensation: number; total: number }[];
		total: number;
	}[];
	unallocated: { month: string; rewardFund: number }[];
}
const SLOW = 60_000;

describe('simulate --cashflow', () => {
	it(
		'splits the plan’s subsidy between the register’s streets, month by month',
		() => {
			const r = simulate(PLAN, '--cashflow', '--register', REGISTER, '--json');
			expect(r.status, r.stderr).toBe(0);
			const cf = JSON.parse(r.stdout).cashflow as Cashflow;
			expect(cf.streets.map((s) => s.street)).toEqual(['示例街道 01 (synthetic)', '示例街道 02 (synthetic)']);
			const [s1, s2] = cf.streets;
			expect(s1.months).toHaveLength(36);
			expect(s1.months[0]).toEqual({
				month: '2022-01',
				subsidy: expect.closeTo(249.31 * 0.2, 9),
				waiverCompensation: 0,
				total: expect.closeTo(49.862, 9)
			});
			expect(s1.months[12].month).toBe('2023-01');
			expect(s1.total).toBeCloseTo(598.344 + 299.172 * 2, 6);
			expect(s2.total).toBeCloseTo(1032.948 + 516.474 * 2, 6);
			expect(cf.unallocated.filter((u) => u.rewardFund !== 0)).toEqual([
				{ month: '2022-01', rewardFund: 100 },
				{ month: '2023-01', rewardFund: 100 },
				{ month: '2024-01', rewardFund: 100 }
			]);
		},
		SLOW
	);

	it(
		'reads an XLSX register as the CSV: the same streets and totals',
		async () => {
			// The fixture's rows typed into a workbook, areas as numbers (万 m²).
			const wb = new ExcelJS.Workbook();
			const ws = wb.addWorksheet('台账');
			for (const line of readFileSync(join(ROOT, REGISTER), 'utf8').trim().split(/\r?\n/))
				ws.addRow(line.split(',').map((x, i) => (i === 4 && /^[\d.]+$/.test(x) ? Number(x) : x)));
			const file = join(tmp, 'register.xlsx');
			writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
			const r = simulate(PLAN, '--cashflow', '--register', file, '--json');
			expect(r.status, r.stderr).toBe(0);
			const cf = JSON.parse(r.stdout).cashflow as Cashflow;
			expect(cf.streets.map((s) => s.street)).toEqual(['示例街道 01 (synthetic)', '示例街道 02 (synthetic)']);
			expect(cf.streets[0].total).toBeCloseTo(598.344 + 299.172 * 2, 6);
			expect(cf.streets[1].total).toBeCloseTo(1032.948 + 516.474 * 2, 6);
		},
		SLOW
	);

	it(
		'reads the register the scenario file carries',
		() => {
			const scenario = JSON.parse(readFileSync(join(ROOT, PLAN), 'utf8'));
			const compound = (street: string, tier: string, area: number, row: number) => ({
				name: `小区${row} (synthetic)`,
				street,
				community: '社区',
				tier,
				area,
				households: null,
				committee: false,
				standard: false,
				enclosure: 'enclosed',
				row
			});
			scenario.register = {
				format: 'donghe-compound-register',
				version: 1,
				savedAt: '2026-01-01T00:00:00Z',
				register: [
					compound('甲街道', 'basic', 3, 2),
					compound('乙街道', 'basic', 1, 3),
					compound('乙街道', 'quasi', 1, 4)
				],
				source: null,
				areaUnit: null,
				fileName: 'carried.csv',
				synthetic: true,
				seed: null,
				excluded: []
			};
			const file = join(tmp, 'carried.json');
			writeFileSync(file, JSON.stringify(scenario));
			const r = simulate(file, '--cashflow', '--json');
			expect(r.status, r.stderr).toBe(0);
			const cf = JSON.parse(r.stdout).cashflow as Cashflow;
			// 甲 holds ¾ of basic: 0.75 × 2065.896; 乙 ¼ of basic and all of quasi.
			expect(cf.streets[0]).toMatchObject({ street: '甲街道', total: expect.closeTo(0.75 * 2065.896, 6) });
			expect(cf.streets[1].total).toBeCloseTo(0.25 * 2065.896 + 1196.688, 6);
		},
		SLOW
	);

	it(
		'refuses a register that does not import, exit 2, naming the file row',
		() => {
			const bad = readFileSync(join(ROOT, REGISTER), 'utf8').split('\n');
			bad[2] = bad[2].replace(',3.25,', ',三点二五,');
			const file = join(tmp, 'bad.csv');
			writeFileSync(file, bad.join('\n'));
			const r = simulate(PLAN, '--cashflow', '--register', file, '--json');
			expect(r.status).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(/bad\.csv: row 3, 面积（万平方米）: /);
		},
		SLOW
	);

	it(
		'without a register, or --register alone, exits 2 and says what is missing',
		() => {
			const none = simulate(PLAN, '--cashflow', '--json');
			expect(none.status).toBe(2);
			expect(none.stderr).toMatch(/--cashflow needs a compound register/);
			const alone = simulate(PLAN, '--register', REGISTER, '--json');
			expect(alone.status).toBe(2);
			expect(alone.stderr).toMatch(/--register is read by --cashflow only/);
		},
		SLOW
	);
});
