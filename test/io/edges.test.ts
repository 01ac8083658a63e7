/** The edges of the scenario reader: a flood of errors is cut short, and `start` is a real month. */
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { unknownKeysFile } from '../../bench/reader';

const file = (extra: Record<string, unknown>) =>
	JSON.stringify({ format: 'property-plan-scenario', version: 1, ...extra });

describe('a file with tens of thousands of errors', () => {
	it('lists the first 100 and counts the rest', () => {
		const text = unknownKeysFile(80_000);
		expect(text.length).toBeGreaterThan(1_600_000);
		const r = readScenarioText(text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toHaveLength(101);
		expect(r.errors[0].message).toBe('unknown parameter "u00000"');
		expect(r.errors[100]).toEqual({
			path: '(file)',
			message:
				'另有 79,900 个问题未列出，这可能不是情景文件 — and 79,900 more problems not listed: is this the right file?',
			zh: '另有 79,900 个问题未列出，这可能不是情景文件'
		});
	});

	it('lists every problem when there are 100 or fewer', () => {
		const r = readScenarioText(unknownKeysFile(100));
		expect(!r.ok && r.errors.length).toBe(100);
	});
});

describe('the start month', () => {
	for (const start of ['0000-01', '1999-12', '2101-01', '2022-00', '2022-13'])
		it(`refuses ${start}, saying which months are allowed`, () => {
			const r = readScenarioText(file({ start }));
			expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
				`应为 2000-01 至 2100-12 之间的月份（YYYY-MM，如 "2022-01"） — expected a month "YYYY-MM" from 2000-01 to 2100-12, e.g. "2022-01", got "${start}"`
			]);
		});
	for (const start of ['2000-01', '2022-07', '2100-12'])
		it(`accepts ${start}`, () => {
			const r = readScenarioText(file({ start }));
			expect(r.ok && r.doc.start).toBe(start);
		});
});
