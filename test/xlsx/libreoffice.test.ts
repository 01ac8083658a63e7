import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe as group, expect, it, test } from 'vitest';
import { loadExcelJS } from '../../src/lib/io/xlsx/exceljs';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { SHEETS, type Lang } from '../../src/lib/io/xlsx/layout';
import { RESULT_COLUMNS } from '../../src/lib/io/xlsx/results-columns';
import { PARAM } from '../../src/lib/model/catalogue';
import type { Projection } from '../../src/lib/model/projection';
import type { ParamValues } from '../../src/lib/model/inputs';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { exported, loadScenario, SCENARIO_FILES } from './helpers';
import { convert, CSV_FILTER, csvNumber, hasSoffice, readCsv, workDir } from './soffice';

it('soffice is installed in CI', () => {
	// Outside CI a missing LibreOffice shows as skipped tests below; in CI it must fail, never pass silently.
	if (process.env.CI)
		expect(hasSoffice, 'LibreOffice is required in CI: apt-get install -y libreoffice-calc-nogui').toBe(true);
});

const HOSTILE = '=HYPERLINK("http://x","y")';
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

group.runIf(hasSoffice)('LibreOffice, recalculating the exported workbook', () => {
	const dir = hasSoffice ? workDir() : '';
	// The plan goes out in Chinese (sheets 假设 / 结果 / 情景, defined names as '假设'!$D$5), the rest in English.
	const cases: { file: string; lang: Lang; doc: ScenarioDoc; values: ParamValues; projection: Projection }[] = [];

	beforeAll(async () => {
		mkdirSync(join(dir, 'in'));
		for (const file of SCENARIO_FILES) {
			const { doc, values } = loadScenario(file);
			const lang = file.startsWith('plan') ? 'zh' : 'en';
			const { bytes, projection } = await exported(doc, values, lang);
			writeFileSync(join(dir, 'in', file.replace('.json', '.xlsx')), bytes);
			cases.push({ file: file.replace('.json', ''), lang, doc, values, projection });
		}
		// The same workbook with a wrong cached value: proves that LibreOffice recalculated rather than echoed.
		const ExcelJS = await loadExcelJS();
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(
			(await exported(loadScenario('subsidy-held.json').doc, loadScenario('subsidy-held.json').values))
				.bytes as unknown as ArrayBuffer
		);
		const ws = wb.getWorksheet('Assumptions')!;
		ws.eachRow((row) =>
			row.eachCell((c) => {
				if (c.formula) c.value = { formula: c.formula, result: 999 } as never;
			})
		);
		writeFileSync(join(dir, 'in', 'tampered.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
		const plan = loadScenario('plan-2022-2024.json');
		writeFileSync(join(dir, 'in', 'hostile.xlsx'), (await exported({ ...plan.doc, name: HOSTILE }, plan.values)).bytes);
		const inputs = [...cases.map((c) => `${c.file}.xlsx`), 'tampered.xlsx', 'hostile.xlsx'].map((f) =>
			join(dir, 'in', f)
		);
		convert(dir, CSV_FILTER, inputs, join(dir, 'csv'));
		convert(
			dir,
			'xlsx',
			[join(dir, 'in', 'plan-2022-2024.xlsx'), join(dir, 'in', 'subsidy-held.xlsx')],
			join(dir, 'resaved')
		);
	}, 180_000);

	test('every Assumptions cell, formulas included, shows the app\u2019s value', () => {
		for (const { file, lang, doc, values } of cases) {
			let formulas = 0;
			for (const row of readCsv(join(dir, 'csv', `${file}-${SHEETS.assumptions[lang]}.csv`))) {
				const def = PARAM.get(row[0]);
				if (!def) continue;
				const n = def.shape === 'scalar' ? 1 : doc.years;
				for (let y = 0; y < n; y++) {
					const want = def.shape === 'scalar' ? (values[def.key] as number) : (values[def.key] as (number | null)[])[y];
					const got = row[3 + y];
					if (typeof doc.params[def.key].cells[y] === 'string') formulas++;
					if (want === null) expect(got, `${file} ${def.key} y${y + 1}`).toBe('');
					else expect(close(csvNumber(got), want), `${file} ${def.key} y${y + 1}: ${got} vs ${want}`).toBe(true);
				}
			}
			if (/subsidy-held|collection-stagnates/.test(file)) expect(formulas, file).toBe(4);
		}
	});

	test('a wrong cached value is recalculated, not echoed', () => {
		const row = readCsv(join(dir, 'csv', 'tampered-Assumptions.csv')).find((r) => r[0] === 'quasi_subsidy')!;
		expect(row.slice(3, 6).map(csvNumber)).toEqual([0.2, 0.2, 0.2]);
	});

	test('a scenario named like a formula stays text: LibreOffice does not evaluate it', () => {
		const row = readCsv(join(dir, 'csv', 'hostile-Scenario.csv')).find((r) => r[0] === 'name')!;
		expect(row[1]).toBe(`'${HOSTILE}`);
	});

	test('the Results sheet shows the app\u2019s yearly figures', () => {
		for (const { file, lang, projection } of cases) {
			const rows = readCsv(join(dir, 'csv', `${file}-${SHEETS.results[lang]}.csv`));
			projection.years.forEach((r, j) =>
				RESULT_COLUMNS.forEach((c, i) => {
					const want = c.get(r);
					const got = rows[j + 1][i];
					const what = `${file} year ${r.year} ${c.head.en}: ${got} vs ${want}`;
					if (typeof want === 'number') expect(close(csvNumber(got), want), what).toBe(true);
					else if (typeof want === 'boolean') expect(got, what).toBe(want ? 'TRUE' : 'FALSE');
					else expect(got, what).toBe(want ?? '');
				})
			);
		}
	});

	test('a workbook re-saved by LibreOffice imports as the same scenario', async () => {
		for (const file of ['plan-2022-2024', 'subsidy-held']) {
			const back = await importXlsx(new Uint8Array(readFileSync(join(dir, 'resaved', `${file}.xlsx`))));
			if (!back.ok) throw new Error(JSON.stringify(back.errors));
			expect(back.doc).toEqual(cases.find((c) => c.file === file)!.doc);
		}
	});
});
