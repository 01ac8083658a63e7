import { describe, expect, it } from 'vitest';
import { englishRuns } from '../e2e/english-prose';

describe('the zh-CN walk’s detector of English prose', () => {
	it('finds runs of two or more English words', () => {
		expect(englishRuns('第1年：the cell’s value 0.6 is outside low–high')).toEqual([
			'cell’s value is outside low–high'
		]);
		expect(englishRuns('± uniform')).toEqual([]);
		expect(englishRuns('Illustrative assumption (MODEL.md), not from the plan')).not.toEqual([]);
	});
	it('lets parameter keys, formulas, units, numbers and named scenarios through', () => {
		expect(englishRuns('basic_collection_y1：60 % → =quasi_subsidy_y1/2（元/m²/月）')).toEqual([]);
		expect(englishRuns('导出 CSV · UTF-8 BOM · Ctrl+Z 撤销 · 万 m²')).toEqual([]);
		expect(
			englishRuns('补贴不退坡 Subsidies held at year-1 rates', ['补贴不退坡 Subsidies held at year-1 rates'])
		).toEqual([]);
	});
});
