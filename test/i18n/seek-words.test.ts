import { describe, expect, it } from 'vitest';
import { metricZh, seekZh } from '../../src/lib/model/montecarlo/seek-words';
import { cellLabel, rangeText, valueText } from '../../src/lib/ui/history/change-text';
import { fmtPp } from '../../src/lib/i18n/format';

describe('goal seek refusals in Chinese', () => {
	it('names the cell, the range searched, the output and what it reaches', () => {
		expect(
			seekZh.noValue('basic_collection_y3', 0, 1, { kind: 'year', output: 'satisfaction', year: 3 }, 0.9, '0.7', '0.8')
		).toBe(
			'基础物业收缴率（第3年）在 0 到 1 之间取任何值，第3年居民满意度都不等于 0.9：在此范围内它只在 0.7 到 0.8 之间'
		);
		expect(metricZh({ kind: 'margin', tier: 'basic', year: 2 })).toBe('第2年基础物业企业收支差');
		expect(metricZh({ kind: 'total', output: 'outlay' })).toBe('三年财政支出合计');
		expect(seekZh.noTarget(1, 'coverage')).toBe('第1年没有覆盖率目标，无从计算达成概率');
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
