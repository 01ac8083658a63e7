/**
 * A JSON scenario file carries the fund-use plan's inputs (assessment results, reward shares) when the scenario
 * has any; reading it back gives them as typed; files without them are the same files as before and read as
 * before; a bad value refuses the file, named by street and quarter in English and in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { describeIn } from '../../src/lib/io/read-error';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { loadScenario } from '../xlsx/helpers';

const { doc } = loadScenario('subsidy-held.json');
const typed = {
	assessments: [{ street: '东河街道', quarter: '2023Q2', released: 0.85 }],
	rewardShares: { 东河街道: 0.25, 河东镇: 0.5 }
};

describe('a JSON scenario file and the fund-use inputs', () => {
	it('carries them as a versioned record and reads them back as typed', () => {
		const text = writeScenario(doc, { fundUse: typed });
		expect(JSON.parse(text).fundUse).toEqual({
			format: 'donghe-fund-use',
			version: 1,
			assessments: [{ street: '东河街道', quarter: '2023Q2', released: 0.85 }],
			rewardShares: { 东河街道: 0.25, 河东镇: 0.5 }
		});
		const r = readScenarioText(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.fundUse).toEqual(typed);
		expect(r.doc).toEqual(doc);
	});

	it('without any is the same file as before, and an older file reads with none', () => {
		expect(writeScenario(doc, { fundUse: { assessments: [], rewardShares: {} } })).toBe(writeScenario(doc));
		const r = readScenarioText(writeScenario(doc));
		expect(r.ok).toBe(true);
		expect(r.ok && 'fundUse' in r).toBe(false);
	});

	it('with a bad share is refused, naming the street and quarter in both languages', () => {
		const o = JSON.parse(writeScenario(doc, { fundUse: typed }));
		o.fundUse.assessments[0].released = 85;
		const r = readScenarioText(JSON.stringify(o));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map(describeIn('en'))).toEqual([
			'fundUse.assessments[0].released: street "东河街道", quarter 2023Q2: expected a share from 0 to 1, got 85'
		]);
		expect(r.errors.map((e) => e.zh)).toEqual(['考核结果或奖励资金份额无效（东河街道 2023Q2）']);
	});
});
