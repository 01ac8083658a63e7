/**
 * Actuals typed into the grid and imported from CSV/XLSX: a rate typed as the main grid reads
 * a share; the template round-trips (download → fill → import → the same actuals); every bad actual is refused
 * with its field, year (and file row), and nothing changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { actualsContext, parseActual, withActualEdits, docWithActuals } from '../../src/lib/io/read-actuals-input';
import {
	actualsFromTable,
	readActualsFile,
	templateCsv,
	templateRows,
	templateXlsx
} from '../../src/lib/io/read-actuals-table';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { ACTUAL_FIELDS } from '../../src/lib/model/actuals';
import { withHorizon } from '../../src/lib/model/horizon';

const read = readScenarioText(readFileSync('scenarios/plan-2022-2024.json', 'utf8'));
if (!read.ok) throw new Error('the plan file reads');
const doc = read.doc;
const values: Record<string, number | null> = {};
for (const [k, v] of Object.entries(read.values)) if (typeof v === 'number') values[k] = v;
const ctx = actualsContext(doc, values);
const enc = (s: string) => new TextEncoder().encode(s);

/** Filled template cells as a planner types them in Excel: rates in percent, money with decimals. */
function filled(): { rows: string[][]; expected: Record<string, (number | null)[]> } {
	const rows = templateRows(doc);
	const expected: Record<string, (number | null)[]> = {};
	ACTUAL_FIELDS.forEach((f, i) => {
		const list: (number | null)[] = [0, 1, 2].map((y) => {
			if (y === 2 && i % 3 === 0) return null; // some of 2024 not known yet
			if (f.kind === 'rate') return Math.round((0.6 + 0.01 * ((i + y) % 30)) * 100) / 100;
			if (f.kind === 'count') return 100 + i + y;
			return 10 + i * 3.25 + y;
		});
		expected[f.name] = list;
	});
	// Parts within wholes, as the reader checks: the subsidy total above its tiers, the outlay above both.
	for (let y = 0; y < 3; y++) {
		const parts = ['market', 'quasi', 'basic', 'self'].reduce((s, t) => s + (expected[`subsidy.${t}`][y] ?? 0), 0);
		expected['subsidy.total'][y] = parts + 5;
		expected.outlay[y] = parts + 5 + (expected.rewardFund[y] ?? 0) + 100;
	}
	rows.slice(1).forEach((r) => {
		const f = ACTUAL_FIELDS.find((x) => x.name === r[0])!;
		expected[f.name].forEach((v, y) => {
			r[3 + y] = v === null ? '' : f.kind === 'rate' ? `${Math.round(v * 100)}%` : String(v);
		});
	});
	return { rows, expected };
}

describe('a typed actual', () => {
	it('reads a rate as the main grid reads a share: 55, 55 % and 0.55 are all 0.55', () => {
		for (const s of ['55', '55 %', '55%', '0.55', '５５'])
			expect(parseActual('collection.basic', s)).toEqual({ ok: true, value: 0.55 });
		expect(parseActual('outlay', '55')).toEqual({ ok: true, value: 55 });
		expect(parseActual('outlay', '')).toEqual({ ok: true, value: null });
		expect(parseActual('outlay', '=1+1').ok).toBe(false);
		expect(parseActual('outlay', 'abc').ok).toBe(false);
	});

	const refused: [string, { field: string; year: number; value: number }, RegExp, RegExp][] = [
		[
			'negative money',
			{ field: 'outlay', year: 1, value: -5 },
			/区级财政支出合计（outlay），第2年（2023-01至2023-12）：-5 为负数/,
			/District outlay, total \(outlay\), year 2/
		],
		[
			'a rate above 1',
			{ field: 'coverage', year: 2, value: 1.2 },
			/物业覆盖率（年末）（coverage），第3年.*大于 1/,
			/coverage\), year 3 .*above 1/
		],
		[
			'more committees than compounds',
			{ field: 'committees', year: 0, value: 317 },
			/committees），第1年.*多于四类小区合计 316 个/,
			/more than the 316 compounds/
		],
		[
			'a year outside the horizon',
			{ field: 'satisfaction', year: 3, value: 0.8 },
			/居民满意度.*第4年：不在规划期内/,
			/year 4: outside the horizon/
		]
	];
	for (const [what, edit, zh, en] of refused)
		it(`refuses ${what}, naming field and year, and keeps the actuals as they were`, () => {
			const before = { rewardFund: [100, null, null] };
			const frozen = structuredClone(before);
			const r = withActualEdits(before, [{ field: 'rewardFund', year: 1, value: 120 }, edit], ctx);
			expect(r.ok).toBe(false);
			if (r.ok) return;
			expect(r.problems.map((p) => p.zh).join('\n')).toMatch(zh);
			expect(r.problems.map((p) => p.en).join('\n')).toMatch(en);
			expect(before).toEqual(frozen);
		});

	it('accepts good edits; clearing the last value removes "actuals", so the file reads as one without', () => {
		const r = withActualEdits(undefined, [{ field: 'outlay', year: 0, value: 1200 }], ctx);
		expect(r).toEqual({ ok: true, actuals: { outlay: [1200, null, null] } });
		const back = readScenarioText(writeScenario(docWithActuals(doc, r.ok ? r.actuals : undefined)));
		expect(back.ok && back.doc.actuals).toEqual({ outlay: [1200, null, null] });
		const cleared = withActualEdits(r.ok ? r.actuals : undefined, [{ field: 'outlay', year: 0, value: null }], ctx);
		expect(cleared).toEqual({ ok: true, actuals: undefined });
		expect(writeScenario(docWithActuals(doc, undefined))).toBe(writeScenario(doc));
	});
});

describe('the actuals template', () => {
	it('has Chinese headers, a row per field and a column per plan year', () => {
		const rows = templateRows(doc);
		expect(rows[0]).toEqual(['字段', '指标', '单位', '2022', '2023', '2024']);
		expect(rows.slice(1).map((r) => r[0])).toEqual(ACTUAL_FIELDS.map((f) => f.name));
		expect(rows[1].slice(0, 3)).toEqual(['outlay', '区级财政支出合计', '万元']);
		const later = templateRows({ ...doc, start: '2025-07', years: 2 });
		expect(later[0].slice(3)).toEqual(['2025-07', '2026-07']);
	});

	it('round-trips through CSV: download, fill, import gives the same actuals', async () => {
		const { rows, expected } = filled();
		const csv = '\uFEFF' + rows.map((r) => r.join(',')).join('\r\n');
		const r = await readActualsFile(enc(csv), doc, undefined, ctx);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		for (const f of ACTUAL_FIELDS)
			expect(r.actuals![f.name].map((x) => (x === null ? null : Math.round(x * 1e9) / 1e9))).toEqual(expected[f.name]);
		// …and writing it out again gives the same file.
		const again = await readActualsFile(enc(templateCsv(doc, r.actuals)), doc, undefined, ctx);
		expect(again.ok && again.actuals).toEqual(r.actuals);
	});

	it('round-trips through XLSX (numbers stay numbers)', async () => {
		const { rows, expected } = filled();
		const first = actualsFromTable(
			rows.map((cells, i) => ({ row: i + 1, cells })),
			doc,
			undefined,
			ctx
		);
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		const bytes = await templateXlsx(doc, first.actuals);
		const r = await readActualsFile(bytes, doc, undefined, ctx);
		expect(r.ok && r.actuals).toEqual(first.actuals);
		expect(r.ok && r.count).toBe(
			Object.values(expected)
				.flat()
				.filter((x) => x !== null).length
		);
		const blank = await readActualsFile(await templateXlsx(doc), doc, { outlay: [1, null, null] }, ctx);
		// An empty template clears the fields it lists.
		expect(blank).toEqual({ ok: true, actuals: undefined, count: 0 });
	});

	it('keeps the fields a file does not list', () => {
		const r = actualsFromTable(
			[
				{ row: 1, cells: ['字段', '2022'] },
				{ row: 2, cells: ['committees', '150'] }
			],
			doc,
			{ outlay: [1000, null, null] },
			ctx
		);
		expect(r).toEqual({
			ok: true,
			actuals: { outlay: [1000, null, null], committees: [150, null, null] },
			count: 1
		});
	});
});

describe('a bad file is refused whole, naming row, field and year; nothing changes', () => {
	const current = { outlay: [1000, null, null] };
	const cases: [string, string, RegExp][] = [
		[
			'negative money',
			'字段,指标,2022,2023\nwaiverCompensation,,100,-3',
			/Row 2: Fee waiver compensation \(waiverCompensation\), year 2 \(2023-01–2023-12\): -3 is negative/
		],
		[
			'a rate above 1 (150 %)',
			'字段,2022\ncoverage,150%',
			/Row 2: Coverage \(year end\) \(coverage\), year 1 .*1\.5 is above 1/
		],
		[
			'more committees than compounds',
			'字段,2024\ncommittees,400',
			/Row 2: .*\(committees\), year 3 .*more than the 316 compounds/
		],
		[
			'a year outside the horizon',
			'字段,2022,2025\noutlay,1,2',
			/Row 1: the year column "2025" lies outside the horizon \(2022-01–2024-12\)/
		],
		['an unknown field', '字段,2022\nout_lay,1', /Row 2: "out_lay" is not an actuals field/],
		[
			'text for a number',
			'字段,2022\n\nsatisfaction,good',
			/Row 3, Satisfaction \(year end, area-weighted\), year 1 .*"good" is not a number/
		],
		['no year columns', '字段,指标\noutlay,x', /Row 1 of the file has no plan-year columns/],
		['a field twice', '字段,2022\noutlay,1\noutlay,2', /Row 3: field outlay already appears in row 2/]
	];
	for (const [what, csv, message] of cases)
		it(what, async () => {
			const frozen = structuredClone(current);
			const r = await readActualsFile(enc(`${csv}\nrewardFund,50`), doc, current, ctx);
			expect(r.ok).toBe(false);
			if (r.ok) return;
			expect(r.problems.map((p) => p.en).join('\n')).toMatch(message);
			expect(r.problems.every((p) => p.zh.length > 0 && p.zh !== p.en)).toBe(true);
			expect(current).toEqual(frozen);
		});

	it('says it in Chinese too', async () => {
		const r = await readActualsFile(enc('字段,2022,2023\noutlay,1,-3'), doc, current, ctx);
		expect(!r.ok && r.problems[0].zh).toBe(
			'第 2 行：区级财政支出合计（outlay），第2年（2023-01至2023-12）：-3 为负数，金额不能小于 0'
		);
	});

	it('a horizon of five years takes 2025 and 2026', async () => {
		const five = withHorizon(doc, 5);
		const r = await readActualsFile(enc('字段,2025,2026\noutlay,1,2'), five, undefined, { ...ctx, years: 5 });
		expect(r.ok && r.actuals).toEqual({ outlay: [null, null, null, 1, 2] });
	});
});
