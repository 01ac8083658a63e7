import { describe, expect, it } from 'vitest';
import { seekWords } from '../../src/lib/model/montecarlo/seek-words';
import { cellLabel, rangeText, valueText } from '../../src/lib/ui/history/change-text';
import { fmtPp } from '../../src/lib/i18n/format';

describe('goal seek refusals in both languages', () => {
	it('names the cell and the output by label and calendar year, shares as %, never a code', () => {
		const w = seekWords('2022-01', 3);
		expect(
			w.noValue('basic_collection_y3', 0, 1, { kind: 'year', output: 'satisfaction', year: 3 }, 0.9, 0.7, 0.8)
		).toEqual({
			zh: '基础物业收缴率（2024 年）在 0 % 到 100 % 之间取任何值，2024 年居民满意度都不等于 90 %：在此范围内它只在 70 % 到 80 % 之间',
			en: 'No value of Basic collection rate (2024) between 0 % and 100 % makes Satisfaction, 2024 equal 90 %: over that range it only goes from 70 % to 80 %'
		});
		expect(w.noTarget(1, 'coverage').zh).toBe('2022 年没有覆盖率目标，无从计算达成概率');
		expect(w.badYear(4)).toEqual({
			zh: '2025 年不在规划期内（2022 年–2024 年）',
			en: "2025 is outside the plan's 2022–2024"
		});
	});

	it('says 第2年 / year 2 only when the plan does not start in January', () => {
		const w = seekWords('2022-07', 3);
		expect(w.noFormulas('basic_subsidy_y2')).toEqual({
			zh: '引用基础物业补贴（第2年）的公式无法在此计算',
			en: 'The formulas that read Basic subsidy (year 2) cannot be evaluated here'
		});
	});
});

describe('history lines and rate differences as a planner reads them', () => {
	it('gives label, year and unit instead of the raw cell name and fraction', () => {
		expect(cellLabel('zh', 'reward_fund_y2')).toBe('物业管理奖励资金（第2年）');
		expect(valueText('zh', 'reward_fund_y2', 150)).toBe('150 万元/年');
		expect(valueText('zh', 'basic_collection_y1', 0.55)).toBe('55 %');
		expect(valueText('zh', 'waiver_covered', 1)).toBe('是');
		expect(rangeText('zh', 'basic_collection', { dist: 'uniform', low: 0.5, high: 0.8 })).toBe('均匀分布 50 %–80 %');
	});
	it('states a difference of rates in percentage points', () => {
		expect(fmtPp('zh', -0.0093)).toBe('-0.93 个百分点');
		expect(fmtPp('en', 0.05)).toBe('5.00 percentage points');
	});
});
