/**
 * Fuzzing the register importer: 10,000 registers made by mutating the importer's own export of the
 * synthetic register — flipped bytes, cut and duplicated lines, renamed headers, swapped cells, other
 * encodings — and a few hundred damaged XLSX workbooks. None may throw, hang or pollute a prototype; a
 * refusal names rows, an import yields well-formed compounds. Seeded: a failure reproduces.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { TIERS } from '../../src/lib/model/catalogue';
import { registerCsv } from '../../src/lib/register/export';
import { importRegister } from '../../src/lib/register/import';
import { sampleRegister } from '../../src/lib/register/sample';
import { ENCLOSURES, type ImportResult } from '../../src/lib/register/types';
import { expectUnpolluted } from '../hostile/helpers';
import { expectSurvived } from './survived';
import { applyBytes, applyText, byteOpsArb, Tally, textOpArb } from './mutate';

const RUNS = 10_000;
const XLSX_RUNS = 300;
const CASE_BUDGET_MS = 1000;

// Small registers make the bulk (~1 ms each); the plan's 316 compounds come up now and then.
const small = [6, 12, 25].flatMap((n) =>
	(['zh', 'en'] as const).map((lang) =>
		registerCsv(sampleRegister({ n, seed: n }), { lang, areaUnit: n === 12 ? 'wan_m2' : 'm2' })
	)
);
const plan = registerCsv(sampleRegister());
const baseArb = fc.oneof(
	{ weight: 49, arbitrary: fc.constantFrom(...small) },
	{ weight: 1, arbitrary: fc.constant(plan) }
);

/** Cell-level edits: a register's typical mistakes and a hostile file's tricks. */
const cellArb = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'0',
		'-5',
		'1e309',
		'NaN',
		'１２３',
		'12,345',
		'3.5万',
		'是',
		'否',
		'yes',
		'maybe',
		'市场化',
		'准物业',
		'self',
		'unknown',
		'单体独栋',
		'=1+1',
		'+1',
		'@x',
		'"',
		'""',
		'"a,b"',
		'__proto__',
		'constructor',
		'\t',
		'\r',
		'\u0000',
		'𠀋'
	),
	fc.string({ maxLength: 12 })
);
/** A new value for a cell, or (`from`) the same column's value from another row: plausible data, often valid. */
const editArb = fc.record({ row: fc.nat(), col: fc.nat(), to: cellArb, from: fc.option(fc.nat(), { freq: 2 }) });
const hostile = fc.tuple(
	baseArb,
	fc.array(editArb, { maxLength: 4 }),
	fc.array(textOpArb, { maxLength: 3 }),
	fc.constantFrom('utf-8', 'utf-8', 'utf-8', 'no-bom', 'utf-16le', 'latin1'),
	fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: byteOpsArb })
);
/** Shuffled rows and cells moved between rows, no damage: exercises the path that imports. */
const plausible = fc.tuple(
	baseArb,
	fc.array(
		editArb.map((e) => ({ ...e, from: e.from ?? e.row + 1 })),
		{ maxLength: 3 }
	),
	fc.constant([]),
	fc.constantFrom('utf-8', 'no-bom', 'utf-16le'),
	fc.constant(null)
);
const csvArb = fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: plausible });

function encode(text: string, how: string): Uint8Array {
	if (how === 'utf-16le') return new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
	if (how === 'latin1') return new Uint8Array(Buffer.from(text, 'latin1'));
	return new TextEncoder().encode(how === 'no-bom' ? text.replace(/^\uFEFF/, '') : text);
}

function edit(csv: string, edits: { row: number; col: number; to: string; from: number | null }[]): string {
	const lines = csv.split('\r\n');
	const rows = lines.length - 1; // the last line is empty
	for (const e of edits) {
		const i = e.row % rows;
		const cells = lines[i].split(',');
		const c = e.col % cells.length;
		cells[c] = e.from === null ? e.to : (lines[1 + (e.from % (rows - 1))].split(',')[c] ?? e.to);
		lines[i] = cells.join(',');
	}
	return lines.join('\r\n');
}

function check(r: ImportResult) {
	if (r.ok) {
		for (const c of r.register) {
			expect(TIERS).toContain(c.tier);
			expect(ENCLOSURES).toContain(c.enclosure);
			expect(Number.isFinite(c.area) && c.area > 0, `area ${c.area}`).toBe(true);
			expect(c.households === null || Number.isInteger(c.households)).toBe(true);
			expect(c.name.length).toBeGreaterThan(0);
		}
		return;
	}
	expect(r.problems.length).toBeGreaterThan(0);
	for (const p of r.problems) {
		expect(p.row).toBeGreaterThanOrEqual(0);
		expect(p.message.en.length * p.message.zh.length).toBeGreaterThan(0);
	}
}

async function run(tally: Tally, bytes: Uint8Array, label: () => string) {
	const t0 = performance.now();
	let r: ImportResult;
	try {
		r = await importRegister(bytes);
	} catch (e) {
		tally.crashed.push(`${String(e).slice(0, 120)} ← ${label()}`);
		return;
	}
	const ms = performance.now() - t0;
	if (ms > tally.slowest) [tally.slowest, tally.slowestCase] = [ms, label()];
	check(r);
	if (r.ok) tally.accepted++;
	else tally.refused++;
}

test(`the register importer survives ${RUNS.toLocaleString('en')} mutated CSV registers (seed 8)`, async () => {
	const tally = new Tally('register importer (CSV)');
	try {
		await fc.assert(
			fc.asyncProperty(csvArb, async ([base, edits, ops, how, bytesOps]) => {
				const text = applyText(edit(base, edits), ops);
				const bytes = bytesOps ? applyBytes(encode(text, how), bytesOps) : encode(text, how);
				await run(
					tally,
					bytes,
					() => `${how} ${JSON.stringify(edits)} ${JSON.stringify(ops)} ${JSON.stringify(bytesOps)}`
				);
			}),
			{ seed: 8, numRuns: RUNS }
		);
	} finally {
		console.log(tally.line()); // the counts, even when a case failed
	}
	expectSurvived(tally, RUNS, CASE_BUDGET_MS);
}, 120_000);

test(`the register importer survives ${XLSX_RUNS} damaged XLSX registers (seed 8)`, async () => {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('台账');
	for (const line of registerCsv(sampleRegister({ n: 12, seed: 3 }))
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n'))
		ws.addRow(line.split(','));
	const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
	expect((await importRegister(xlsx)).ok).toBe(true);
	const tally = new Tally('register importer (XLSX)');
	try {
		await fc.assert(
			fc.asyncProperty(
				byteOpsArb,
				fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
				async (ops, cut) => {
					const bytes = applyBytes(cut === null ? xlsx : xlsx.subarray(0, cut % xlsx.length), ops);
					await run(tally, bytes, () => `${JSON.stringify(ops)} cut ${cut}`);
				}
			),
			{ seed: 8, numRuns: XLSX_RUNS }
		);
	} finally {
		console.log(tally.line()); // the counts, even when a case failed
	}
	expect(tally.crashed).toEqual([]);
	expect(tally.slowest, `slowest case: ${tally.slowestCase}`).toBeLessThan(CASE_BUDGET_MS);
	expectUnpolluted();
}, 120_000);
