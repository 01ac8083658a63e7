/** A file's lineage: written when given, read back, optional (older files read as before), checked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { planScenario } from '../../src/lib/model/plan-scenario';

describe('lineage in scenario files', () => {
	it('is written when given and read back', () => {
		const text = writeScenario(planScenario(), { lineage: { id: 'sc-1', rev: 4 } });
		expect(JSON.parse(text).lineage).toEqual({ id: 'sc-1', rev: 4 });
		const r = readScenarioText(text);
		expect(r.ok && r.lineage).toEqual({ id: 'sc-1', rev: 4 });
	});

	it('is optional: a file without it reads as before, with none', () => {
		const r = readScenarioText(readFileSync('scenarios/subsidy-held.json', 'utf8'));
		expect(r.ok).toBe(true);
		expect(r.ok && r.lineage).toBeUndefined();
		expect(writeScenario(planScenario())).not.toContain('lineage');
	});

	it('is refused when malformed, saying what it should be', () => {
		const o = JSON.parse(writeScenario(planScenario()));
		o.lineage = { id: '', rev: -1 };
		const r = readScenarioText(JSON.stringify(o));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual([
			{
				path: 'lineage',
				message:
					'expected { "id": text, "rev": a whole number ≥ 0 }: the scenario and revision the file was exported from',
				zh: '应为 { "id": 情景编号, "rev": 修订号（非负整数） }，记录文件导出自哪个情景'
			}
		]);
	});
});
