import { describe, expect, it } from 'vitest';
import { csv, EN_HEADER, enRow, problemsOf, ZH_HEADER } from './helpers';

// Columns of enRow: 0 name, 1 street, 2 community, 3 tier, 4 area_m2, 5 households, 6 committee, 7 standard, 8 enclosure.
describe('a bad row is reported with its file row, its column and its value', () => {
	it.each([
		['unknown tier', { 3: 'commercial' }, 'tier', /"commercial" is not a tier/],
		['negative area', { 4: '-120' }, 'area_m2', /-120 is negative/],
		['missing area', { 4: '' }, 'area_m2', /blank; this column is required/],
		['area that is not a number', { 4: '12a' }, 'area_m2', /"12a" is not a number/],
		['unparseable yes/no', { 6: 'maybe' }, 'owners_committee', /"maybe" is not yes or no/],
		['unparseable standard', { 7: '达标中' }, 'meets_standard', /"达标中" is not yes or no/],
		['unknown enclosure', { 8: 'half' }, 'enclosure', /"half" is not an enclosure/],
		['blank name', { 0: '' }, 'name', /blank/],
		['blank street', { 1: '' }, 'street', /blank/],
		['blank community', { 2: '  ' }, 'community', /blank/],
		['fractional households', { 5: '12.5' }, 'households', /"12.5" is not a whole number of households/]
	])('%s', (_, over, column, text) => {
		const problems = problemsOf(csv([EN_HEADER, enRow(1), enRow(2), enRow(3, over)]));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ row: 4, column });
		expect(problems[0].message.en).toMatch(new RegExp(`^Row 4, column "${column}": `));
		expect(problems[0].message.en).toMatch(text);
		expect(problems[0].message.zh).toMatch(new RegExp(`^第 4 行“${column}”列：`));
	});

	it('names both rows of a duplicate name, on each of them', () => {
		const problems = problemsOf(
			csv([EN_HEADER, enRow(1), enRow(2), enRow(3), enRow(4, { 0: 'Compound 2 (synthetic)' })])
		);
		expect(problems.map((p) => p.row)).toEqual([3, 5]);
		for (const p of problems) expect(p.message.en).toMatch(/"Compound 2 \(synthetic\)" is named on rows 3, 5/);
	});

	it('counts rows as a spreadsheet does: blank lines and title rows keep their numbers', () => {
		const problems = problemsOf(
			csv(['Donghe compound register (synthetic)', EN_HEADER, enRow(1), '', enRow(2, { 3: 'x' })])
		);
		expect(problems.map((p) => p.row)).toEqual([5]);
	});

	it('reports every problem of a row and of the file at once, in row order', () => {
		const problems = problemsOf(csv([ZH_HEADER, '示例小区 1,,社区,商业,-5,,也许,是,已封闭', enRow(2, { 8: '?' })]));
		expect(problems.map((p) => [p.row, p.column])).toEqual([
			[2, '镇/街道'],
			[2, '物业类型'],
			[2, '面积（平方米）'],
			[2, '业主委员会'],
			[3, '封闭情况']
		]);
		expect(problems[1].message.zh).toContain('“商业”不是物业类型');
	});

	it('catches an unquoted comma that pushes cells past the header', () => {
		const problems = problemsOf(csv([EN_HEADER, enRow(1, { 0: 'East, block 3' })]));
		expect(problems.some((p) => p.row === 2 && /the row has 10 cells but the header has 9/.test(p.message.en))).toBe(
			true
		);
	});

	it('flags an area that is surely in the other unit', () => {
		const wan = EN_HEADER.replace('area_m2', 'area_wan_m2');
		expect(problemsOf(csv([wan, enRow(1)]))[0].message.en).toMatch(/25000 万 m² is implausible.*area_m2/);
		expect(problemsOf(csv([EN_HEADER, enRow(1, { 4: '2.5' })]))[0].message.en).toMatch(
			/2.5 m² is implausible.*area_wan_m2/
		);
	});
});

describe('headers', () => {
	it('reports a missing required header and an unknown one on row 1', () => {
		const header = EN_HEADER.replace(',enclosure', ',colour');
		const problems = problemsOf(csv([header, enRow(1).replace(/,enclosed$/, ',red')]));
		expect(problems.map((p) => [p.row, p.column])).toEqual([
			[1, 'colour'],
			[1, 'enclosure']
		]);
		expect(problems[0].message.en).toMatch(/"colour" is not a register column/);
		expect(problems[1].message.en).toMatch(/Row 1, column "enclosure": missing/);
	});

	it('ignores unknown columns when asked to, and serial-number columns always', () => {
		const lines = ['序号,' + EN_HEADER + ',colour', '1,' + enRow(1) + ',red'];
		expect(csv(lines).ok).toBe(false);
		expect(csv(lines, { ignoreUnknownColumns: true }).ok).toBe(true);
	});

	it('asks for the unit when the area header has none', () => {
		const problems = problemsOf(csv([EN_HEADER.replace('area_m2', 'Area'), enRow(1)]));
		expect(problems).toHaveLength(1);
		expect(problems[0].message.en).toMatch(/Row 1, column "Area": the header does not say the area's unit/);
	});

	it('accepts case, spacing, width and punctuation variants', () => {
		const header =
			' Name ,Town / Street,COMMUNITY,Tier,Area (m²),Households,Owners’ committee (yes/no),Meets standard,Enclosure';
		const res = csv([header, enRow(1, { 3: 'Cleaning-only', 6: 'Y', 7: 'TRUE', 8: 'Single building' })]);
		expect(res.ok && res.register[0]).toMatchObject({
			tier: 'basic',
			committee: true,
			standard: true,
			enclosure: 'single',
			area: 2.5
		});
		const zh = '小区名称,街道,所属社区,类型,建筑面积（㎡）,总户数,业委会（是/否）,是否达标,是否封闭';
		const r2 = csv([zh, '小区甲,街道,社区,基础物业,１２０００,,有,否,封闭']);
		expect(r2.ok && r2.register[0]).toMatchObject({ tier: 'basic', area: 1.2, committee: true, enclosure: 'enclosed' });
	});
});

describe('excluding rows on purpose', () => {
	it('imports the rest and says which rows were left out', () => {
		const lines = [EN_HEADER, enRow(1), enRow(2, { 3: 'x' }), enRow(3), enRow(4, { 0: 'Compound 1 (synthetic)' })];
		expect(problemsOf(csv(lines)).map((p) => p.row)).toEqual([2, 3, 5]);
		const res = csv(lines, { exclude: [3, 5, 99] });
		expect(res.ok).toBe(true);
		if (res.ok) {
			expect(res.register.map((c) => c.row)).toEqual([2, 4]);
			expect(res.excluded).toEqual([3, 5]);
		}
	});
});

describe('empty files', () => {
	it('refuses a file with nothing in it, and a header with no compound under it', () => {
		expect(problemsOf(csv(['', '']))[0].message.en).toBe('The file is empty.');
		expect(problemsOf(csv([EN_HEADER]))[0].message.en).toBe('Row 1 is the header and no compound follows it.');
	});
});

describe('limits', () => {
	it('refuses a file over 50 MB before reading it', async () => {
		const { importCsv } = await import('../../src/lib/register/import');
		const res = importCsv(new Uint8Array(50 * 1024 * 1024 + 1));
		expect(!res.ok && res.problems[0].message.en).toMatch(/50\.0 MB; the limit is 50\.0 MB/);
	});

	it('refuses more than 200,000 rows', () => {
		const lines = [EN_HEADER, ...Array.from({ length: 200_001 }, () => 'a')];
		expect(problemsOf(csv(lines))[0].message.en).toMatch(/200,002 rows; the limit is 200,000 compounds/);
	});

	it('lists at most maxProblems, then says how many more', () => {
		const lines = [EN_HEADER, ...Array.from({ length: 30 }, (_, i) => enRow(i, { 3: 'x' }))];
		const problems = problemsOf(csv(lines, { maxProblems: 10 }));
		expect(problems).toHaveLength(11);
		expect(problems[10].message.en).toBe('… and 20 more problems.');
	});
});
