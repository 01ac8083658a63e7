import { describe, expect, it } from 'vitest';
import { chineseRuns } from '../e2e/chinese-prose';

describe('the English walk’s detector of Chinese prose', () => {
	it('finds Chinese words left on an English screen', () => {
		expect(chineseRuns('Basic subsidy (第2年): 本情景改动了')).toEqual(['第', '年', '本情景改动了']);
		expect(chineseRuns('No value: 规划原文 Plan as written')).toEqual(['规划原文']);
		expect(chineseRuns('的')).toEqual(['的']);
	});
	it('lets the plan’s units, clause marks, quoted words and named scenarios through', () => {
		expect(chineseRuns('Outlay 3,562.584 万元, 0.1 元/m²/月, 12.5 万 m², 1.50 亿元')).toEqual([]);
		expect(chineseRuns('the plan’s total, “两项合计” (the two items), §七 and §四(四)1')).toEqual([]);
		expect(chineseRuns('Switch to 中文')).toEqual([]);
		expect(chineseRuns('Scenario 补贴不退坡 Subsidies held', ['补贴不退坡 Subsidies held'])).toEqual([]);
	});
});
