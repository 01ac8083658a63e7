import { describe, expect, it } from 'vitest';
import { outputNames, parseOutput } from '../../src/lib/model/outputs';
import { allCells } from '../../src/lib/sheet/layout';
import {
	cellLabel,
	metricLabel,
	outputLabel,
	outputPhrase,
	unitWords,
	yearWords
} from '../../src/lib/model/vocabulary';

const CJK = /[\u4e00-\u9fff]/;
// An internal code: a dotted name (y2.target) or a snake_case key (basic_subsidy).
const CODE = /\b[a-z]+[._][a-z0-9_.]+\b|\by\d+\b/;
const label = (name: string, start = '2022-01', years = 3) => {
	const r = parseOutput(name, years);
	if (!r.ok) throw new Error(name);
	return outputLabel(r.ref, start, years);
};

describe('the one vocabulary of outputs and cells', () => {
	it('labels every output name outputs.ts accepts, in both languages, without a code', () => {
		const names = outputNames(3);
		expect(names.length).toBeGreaterThan(150);
		for (const n of names) {
			const w = label(n);
			expect(w.zh, n).toMatch(CJK);
			expect(w.en, n).not.toMatch(CJK);
			expect(w.zh, n).not.toMatch(CODE);
			expect(w.en, n).not.toMatch(CODE);
			const p = parseOutput(n, 3);
			const ph = p.ok ? outputPhrase(p.ref, '2022-01', 3) : null;
			expect(ph?.zh, n).toMatch(CJK);
			expect(ph?.en, n).not.toMatch(CJK);
		}
		// Each name has words of its own: two outputs never read the same.
		expect(new Set(names.map((n) => label(n).zh)).size).toBe(names.length);
		expect(new Set(names.map((n) => label(n).en)).size).toBe(names.length);
	});

	it('labels every parameter cell with its year, in both languages', () => {
		const cells = allCells(3);
		for (const { name, def } of cells) {
			const w = cellLabel(name, '2022-01');
			expect(w.zh, name).toMatch(CJK);
			expect(w.en, name).not.toMatch(CODE);
			if (def.shape === 'yearly') expect(w.zh, name).toMatch(/（202[234] 年）$/);
		}
		expect(new Set(cells.map((c) => cellLabel(c.name, '2022-01').zh)).size).toBe(cells.length);
	});

	it('reads as the golden list written here', () => {
		expect(label('total.outlay')).toEqual({ zh: '三年财政支出合计', en: 'Total district outlay' });
		expect(label('total.subsidy', '2022-01', 5).zh).toBe('5年补贴合计');
		expect(label('y2.satisfaction')).toEqual({ zh: '2023 年居民满意度', en: 'Satisfaction, 2023' });
		expect(label('y3.target.standard')).toEqual({ zh: '2024 年达标率目标达成', en: 'Standard target met, 2024' });
		expect(label('y1.subsidy.quasi')).toEqual({ zh: '2022 年准物业补贴', en: 'Quasi subsidies, 2022' });
		expect(label('y2.subsidy')).toEqual({ zh: '2023 年补贴合计', en: 'Subsidies, 2023' });
		expect(label('y2.bond.forfeited').zh).toBe('2023 年保证金没收');
		expect(label('targetsMet')).toEqual({ zh: '全部目标', en: 'Every target' });
		expect(label('y3.satisfaction>=85%')).toEqual({
			zh: '2024 年居民满意度不低于 85 %',
			en: 'Satisfaction, 2024 at least 85 %'
		});
		expect(label('y2.satisfaction', '2022-07')).toEqual({ zh: '第2年居民满意度', en: 'Satisfaction, year 2' });
		const p = parseOutput('y2.target.satisfaction', 3);
		expect(p.ok && outputPhrase(p.ref, '2022-01', 3)).toEqual({
			zh: '2023 年满意度目标',
			en: 'the 2023 satisfaction target'
		});
		expect(cellLabel('basic_subsidy_y2', '2022-01')).toEqual({
			zh: '基础物业补贴（2023 年）',
			en: 'Basic subsidy (2023)'
		});
		expect(cellLabel('grace_months', '2022-01').zh).not.toMatch(/年）/);
		expect(metricLabel({ kind: 'margin', tier: 'basic', year: 2 }, '2022-01', 3)).toEqual({
			zh: '2023 年基础物业企业收支差',
			en: 'Basic firms’ margin, 2023'
		});
		expect(metricLabel({ kind: 'total', output: 'outlay' }, null, 3).zh).toBe('三年财政支出合计');
		expect(yearWords(null, 2)).toEqual({ zh: '第2年', en: 'year 2' });
		expect(unitWords('count')).toEqual({ zh: '个小区', en: 'compounds' });
	});
});
