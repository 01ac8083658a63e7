import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/lib/register/import';
import { isTotalsRow } from '../../src/lib/register/totals-row';
import { ZH_HEADER } from './helpers';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');

describe('a WPS-style totals row', () => {
	it('is recognised, skipped and noted once instead of one "required" error per empty column', () => {
		const r = importCsv(
			csv([
				ZH_HEADER,
				'甲小区,河东街道,一社区,准物业,12000,100,是,否,已封闭',
				'乙小区,河东街道,一社区,基础物业,8000,80,否,否,未封闭',
				'合计,,,,20000,180,,,'
			])
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.register.map((c) => c.name)).toEqual(['甲小区', '乙小区']);
		expect(r.totals).toEqual([4]);
	});
	it('knows 合计, 总计, 小计 and Total, and not a compound whose name merely contains them', () => {
		expect(isTotalsRow(['合计', '', ''])).toBe(true);
		expect(isTotalsRow(['', '总 计：'])).toBe(true);
		expect(isTotalsRow(['Total', '12'])).toBe(true);
		expect(isTotalsRow(['合计小区', '河东街道'])).toBe(false);
	});
});
