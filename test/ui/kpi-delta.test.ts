import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { runProjection } from '../../src/lib/model/run';
import { deltaText, kpiValue, missedText, targetCounts } from '../../src/lib/ui/results/kpi-delta';

const plan = () => {
	const r = readScenarioText(readFileSync('scenarios/plan-2022-2024.json', 'utf8'));
	if (!r.ok) throw new Error('plan unreadable');
	return runProjection(r.values, r.doc.years, r.doc.start);
};

describe('KPI cards against a baseline', () => {
	it('names the five targets the plan misses, by calendar year', () => {
		const p = plan();
		expect(targetCounts(p)).toEqual({ met: 5, of: 10 });
		expect(missedText('zh', p)).toBe('未达成：2023 年 达标率、满意度；2024 年 达标率、满意度、物业覆盖率');
		expect(missedText('en', p)).toBe(
			'Missed: 2023 Standard rate, Satisfaction; 2024 Standard rate, Satisfaction, Coverage'
		);
	});
	it('says the change in 万元 to the shown precision, and nothing for no change', () => {
		const p = plan();
		expect(kpiValue(p, 'outlay3')).toBeCloseTo(3562.584, 6);
		expect(deltaText('zh', 'outlay3', 4079.058, 3562.584)).toBe('+516.474 万元');
		expect(deltaText('en', 'outlay-y2', 900, 915.646)).toBe('−15.646 万元');
		expect(deltaText('zh', 'outlay3', 3562.5842, 3562.584)).toBeNull();
		expect(deltaText('zh', 'targets', 8, 5)).toBe('+3 项');
		expect(deltaText('en', 'targets', 4, 5)).toBe('−1');
	});
});
