import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/lib/register/csv';
import { summarise, summaryColumns } from '../../src/lib/register/summary';
import { csv, EN_HEADER, enRow } from './helpers';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function register() {
	const res = csv([
		EN_HEADER,
		enRow(1, { 1: 'East', 2: 'E1', 3: 'market', 4: '100000', 6: 'yes', 7: 'yes', 8: 'enclosed' }),
		enRow(2, { 1: 'East', 2: 'E2', 3: 'basic', 4: '30000', 6: 'no', 7: 'yes', 8: 'unenclosed' }),
		enRow(3, { 1: 'West', 2: 'W1', 3: 'basic', 4: '20000', 6: 'yes', 7: 'no', 8: 'single' }),
		enRow(4, { 1: 'West', 2: 'W1', 3: 'quasi', 4: '50000', 6: 'no', 7: 'no', 8: 'enclosed' })
	]);
	if (!res.ok) throw new Error(res.problems[0].message.en);
	return res.register;
}

describe('summarise', () => {
	it('counts, sums area in 万 m² and gives committee and standard shares by tier, street, community, enclosure', () => {
		const s = summarise(register());
		expect(s.total).toEqual({
			compounds: 4,
			area: 20,
			committees: 2,
			committee_share: 0.5,
			at_standard: 2,
			standard_share: 0.5
		});
		expect(s.byTier.map((r) => [r.tier, r.compounds, round(r.area), r.committee_share])).toEqual([
			['market', 1, 10, 1],
			['quasi', 1, 5, 0],
			['basic', 2, 5, 0.5],
			['self', 0, 0, 0]
		]);
		expect(s.byStreet.map((r) => [r.street, r.compounds, round(r.area), r.standard_share])).toEqual([
			['East', 2, 13, 1],
			['West', 2, 7, 0]
		]);
		expect(s.byCommunity.map((r) => [r.street, r.community, r.compounds])).toEqual([
			['East', 'E1', 1],
			['East', 'E2', 1],
			['West', 'W1', 2]
		]);
		expect(s.byEnclosure.map((r) => [r.enclosure, r.compounds, round(r.area)])).toEqual([
			['single', 1, 2],
			['unenclosed', 1, 3],
			['enclosed', 2, 15]
		]);
	});

	it('handles an empty register', () => {
		expect(summarise([]).total.compounds).toBe(0);
	});
});

describe('writeCsv', () => {
	it('writes UTF-8 with a BOM and Chinese labels', () => {
		const text = writeCsv(summarise(register()).byTier, summaryColumns(['tier'], 'zh'));
		expect(text.startsWith('\uFEFF物业类型,小区数,面积（万 m²）,')).toBe(true);
		expect(text.split('\r\n')[1]).toBe('市场化物业,1,10,1,1,1,1');
		expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('neutralises text that a spreadsheet would run as a formula, and quotes where needed', () => {
		const rows = [
			{ s: '=HYPERLINK("x")', n: -3 },
			{ s: '+1', n: 0 },
			{ s: '-x', n: 1 },
			{ s: '@SUM(A1)', n: 2 },
			{ s: 'a,b', n: 3 }
		];
		const text = writeCsv(rows, [
			{ header: 'text', value: (r) => r.s },
			{ header: 'number', value: (r) => r.n }
		]);
		expect(text.slice(1).split('\r\n')).toEqual([
			'text,number',
			`"'=HYPERLINK(""x"")",-3`,
			"'+1,0",
			"'-x,1",
			"'@SUM(A1),2",
			'"a,b",3',
			''
		]);
	});
});
