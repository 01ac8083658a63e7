/**
 * formulas with cell addresses or ranges, and functions that make results irreproducible, are refused
 * — at the keyboard (the grid and the formula bar go through parseCellInput), in a JSON file and in an XLSX
 * file — with a message naming what is wrong, in both languages. A scenario with legitimate formulas reads as
 * before, and the tokenizer agrees with HyperFormula's own parse on which formulas refer to cells.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { describe as say } from '../../src/lib/io/read-error';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { ASSUMPTIONS } from '../../src/lib/io/xlsx/layout';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { parseCellInput } from '../../src/lib/sheet/cell-input';
import { HF_CONFIG } from '../../src/lib/sheet/engine';
import { formulaProblem, REFUSED_FUNCTIONS } from '../../src/lib/sheet/formula-check';
import { namedExpressions, SHEET } from '../../src/lib/sheet/layout';
import { SheetSession } from '../../src/lib/sheet/session';
import { exported, loadScenario } from '../xlsx/helpers';

const ADDRESS_ZH = (ref: string) => `不能使用单元格地址（如 ${ref}），请使用参数名，如 basic_fee_y2`;
const ADDRESS_EN = (ref: string) => `cell addresses are not allowed (${ref}): use names, such as basic_fee_y2`;
const VOLATILE_ZH = (fn: string) =>
	`不能使用 ${fn}：结果将无法复现。数值不确定时，请用「不确定性」中的范围代替 ${fn}（在表格下方为该参数设定范围）`;
const VOLATILE_EN = (fn: string) =>
	`${fn} is not allowed: results would not be reproducible. For an uncertain value, use a range on the Uncertainty tab instead of ${fn} (set the parameter\u2019s range below the grid)`;

const file = (parameters: Record<string, unknown>) =>
	JSON.stringify({ format: 'property-plan-scenario', version: 1, parameters });

describe('typed into a cell (grid or formula bar)', () => {
	const addresses: [string, string][] = [
		['=SUM(A1:C60)', 'A1:C60'],
		['=INDEX(A1:Z100,5,2)', 'A1:Z100'],
		['=A1*2', 'A1'],
		['=$B$3+1', '$B$3'],
		['=SUM(A:C)', 'A:C'],
		['=SUM(1:3)', '1:3'],
		['=Params!A1', 'Params!A1']
	];
	for (const [text, ref] of addresses)
		it(`refuses ${text}, naming ${ref}`, () => {
			expect(parseCellInput('reward_fund_y1', text)).toEqual({ ok: false, zh: ADDRESS_ZH(ref), en: ADDRESS_EN(ref) });
		});

	const functions: [string, string][] = [
		['=0.25+RAND()*0.1', 'RAND'],
		['=rand()', 'RAND'],
		['=RANDBETWEEN(1,3)/10', 'RANDBETWEEN'],
		['=RAND.ARRAY(1)', 'RAND.ARRAY'],
		['=_xlfn.RANDARRAY(1)', 'RANDARRAY'],
		['=YEAR(NOW())-2000', 'NOW'],
		['=Today()', 'TODAY'],
		['=INDIRECT("basic_fee_y1")', 'INDIRECT'],
		['=OFFSET(basic_fee_y1,0,1)', 'OFFSET']
	];
	for (const [text, fn] of functions)
		it(`refuses ${text}, naming ${fn}`, () => {
			expect(parseCellInput('basic_collection_y2', text)).toEqual({
				ok: false,
				zh: VOLATILE_ZH(fn),
				en: VOLATILE_EN(fn)
			});
		});

	const fine = [
		'=basic_subsidy_y2*2',
		'=market_compounds+quasi_compounds',
		'=ROUND(basic_area*0.1,2)',
		'=LOG10(100)+ATAN2(1,1)',
		'=1e3*basic_fee_y1',
		'=IF(basic_fee_y1>0.3,"A1:C60 RAND()",0.1)',
		'=quasi_subsidy_y1/2'
	];
	for (const text of fine)
		it(`takes ${text} as typed`, () => {
			expect(parseCellInput('reward_fund_y1', text)).toEqual({ ok: true, cell: text });
		});
});

describe('in a scenario file', () => {
	it('refuses a range, naming the parameter and the year', () => {
		const r = readScenarioText(file({ basic_fee: { values: [0.3, '=SUM(A1:C60)', 0.3] } }));
		expect(!r.ok && r.errors.map(say)).toEqual([
			`parameters.basic_fee.values[1] (basic_fee, year 2): ${ADDRESS_ZH('A1:C60')} — ${ADDRESS_EN('A1:C60')}`
		]);
	});

	it('refuses RAND, naming the parameter and the year', () => {
		const r = readScenarioText(file({ reward_fund: { values: [100, 100, '=100+RAND()*10'] } }));
		expect(!r.ok && r.errors.map(say)).toEqual([
			`parameters.reward_fund.values[2] (reward_fund, year 3): ${VOLATILE_ZH('RAND')} — ${VOLATILE_EN('RAND')}`
		]);
	});

	it('still reads a scenario whose formulas use names', () => {
		const r = readScenarioText(
			file({ quasi_subsidy: { values: [0.2, '=quasi_subsidy_y1/2', '=ROUND(quasi_subsidy_y2*0.5,4)'] } })
		);
		expect(r.ok && r.values.quasi_subsidy).toEqual([0.2, 0.1, 0.05]);
	});
});

describe('in an XLSX file', () => {
	it('refuses the workbook, naming the cell, the parameter and the year', async () => {
		const { doc, values } = loadScenario('plan-2022-2024.json');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await exported(doc, values)).bytes as unknown as ArrayBuffer);
		const ws = wb.getWorksheet(ASSUMPTIONS)!;
		// The reward fund's year-2 cell, found the way a colleague would: by its defined name.
		const ref = wb.definedNames.getRanges('reward_fund_y2').ranges[0].split('!')[1].replace(/\$/g, '');
		ws.getCell(ref).value = { formula: 'INDEX(A1:Z100,5,2)', result: 100 } as ExcelJS.CellFormulaValue;
		const r = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(!r.ok && r.errors.map(say)).toEqual([
			`${ASSUMPTIONS}!${ref} (reward_fund, year 2): ${ADDRESS_ZH('A1:Z100')} — ${ADDRESS_EN('A1:Z100')}`
		]);
	});
});

describe('a formula saved before these checks (the library, History)', () => {
	it('shows in its cell as refused, not as #CYCLE!', () => {
		const doc = planScenario();
		doc.params.reward_fund.cells[0] = '=SUM(A1:C60)';
		doc.params.reward_fund.cells[1] = '=100+RAND()';
		const s = new SheetSession(doc);
		const issues = s.evaluate().issues.map((i) => [i.name, i.zh, i.en]);
		s.destroy();
		expect(issues).toEqual([
			['reward_fund_y1', ADDRESS_ZH('A1:C60'), ADDRESS_EN('A1:C60')],
			['reward_fund_y2', VOLATILE_ZH('RAND'), VOLATILE_EN('RAND')]
		]);
	});
});

describe('agreement with HyperFormula', () => {
	it('refuses every function HyperFormula marks volatile', () => {
		const volatile = HyperFormula.getRegisteredFunctionNames('enGB').filter((n) => {
			const plugin = HyperFormula.getFunctionPlugin(n) as unknown as {
				implementedFunctions?: Record<string, { isVolatile?: boolean }>;
			};
			return plugin?.implementedFunctions?.[n]?.isVolatile;
		});
		expect(volatile.length).toBeGreaterThan(0);
		expect(volatile.filter((n) => !REFUSED_FUNCTIONS.has(n))).toEqual([]);
	});

	// The names as the app defines them, over an empty sheet: one formula at a time recalculates nothing else.
	const hf = HyperFormula.buildFromSheets({ [SHEET]: [] }, HF_CONFIG, namedExpressions(3));
	afterAll(() => hf.destroy());
	const at = { sheet: hf.getSheetId(SHEET)!, row: 500, col: 5 };
	/** Whether HyperFormula reads the formula as referring to a cell or range (not a named expression). */
	function hfRefersToCells(formula: string): boolean | 'unparsed' {
		hf.setCellContents(at, [[formula]]);
		const v = hf.getCellValue(at) as { type?: string };
		if (v && typeof v === 'object' && v.type === 'ERROR') return 'unparsed';
		return hf.getCellPrecedents(at).some((p) => ('start' in p ? p.start.sheet : p.sheet) !== -1);
	}

	const name = fc.constantFrom(
		'basic_subsidy_y2',
		'market_compounds',
		'basic_fee_y1',
		'quasi_subsidy_y3',
		'reward_fund_y1',
		'basic_area'
	);
	const address = fc.constantFrom('A1', 'b7', '$C$3', 'Z100', 'AA12', 'x1', 'LOG10', 'Params!B2');
	const range = fc.constantFrom('A1:C60', 'A:C', '1:2', 'b2:$D$9');
	const number = fc.constantFrom('2', '0.5', '1e3', '.25', '12E-1');
	const text = fc.constantFrom('"A1"', '"A1:C60"', '"RAND()"', '"x"');
	const leaf = fc.oneof(name, name, address, number, number);
	const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
		e: fc.oneof(
			{ depthSize: 'small', withCrossShrink: true },
			leaf,
			fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '>'), tie('e')).map(([a, o, b]) => `${a}${o}${b}`),
			tie('e').map((e) => `ROUND(${e},2)`),
			tie('e').map((e) => `LOG10(ABS(${e})+1)`),
			range.map((r) => `SUM(${r})`),
			fc.tuple(tie('e'), text).map(([e, t]) => `IF(${e}>0,LEN(${t}),1)`)
		)
	})).e;

	it('says a formula refers to cells exactly when HyperFormula does (1,000 generated formulas)', () => {
		let compared = 0;
		fc.assert(
			fc.property(expr, (e) => {
				const formula = `=${e}`;
				const hfSays = hfRefersToCells(formula);
				if (hfSays === 'unparsed') return true;
				compared++;
				expect(formulaProblem(formula)?.kind === 'address', formula).toBe(hfSays);
			}),
			{ numRuns: 1000, seed: 12 }
		);
		expect(compared).toBeGreaterThan(900);
	}, 60_000);
});
