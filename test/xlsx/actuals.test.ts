/** A scenario's actuals travel through XLSX like the rest of the scenario: nothing entered is lost. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readScenarioObject, readScenarioText } from '../../src/lib/io/read-scenario';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { exported, loadScenario } from './helpers';

test('actuals survive export → import exactly; a workbook without them comes back without the key', async () => {
	const r = readScenarioText(readFileSync('test/e2e/fixtures/plan-with-actuals.json', 'utf8'));
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	expect(Object.keys(r.doc.actuals ?? {}).length).toBeGreaterThan(3);
	const back = await importXlsx((await exported(r.doc, r.values, 'zh')).bytes);
	if (!back.ok) throw new Error(JSON.stringify(back.errors));
	expect(back.doc.actuals).toEqual(r.doc.actuals);
	const { doc, values } = loadScenario('plan-2022-2024.json');
	const plain = await importXlsx((await exported(doc, values)).bytes);
	expect(plain.ok && 'actuals' in plain.doc).toBe(false);
});

test('an impossible actual in the sheet is refused with the reader’s message naming field and year', async () => {
	const r = readScenarioText(readFileSync('test/e2e/fixtures/plan-with-actuals.json', 'utf8'));
	if (!r.ok) throw new Error('fixture');
	const d = structuredClone(r.doc);
	d.actuals = { ...d.actuals, satisfaction: [0.83, 1.4, null] };
	const evaluated = readScenarioObject({
		...JSON.parse(readFileSync('test/e2e/fixtures/plan-with-actuals.json', 'utf8')),
		actuals: undefined
	});
	if (!evaluated.ok) throw new Error('fixture without actuals');
	const bad = await importXlsx((await exported(d, evaluated.values)).bytes);
	expect(bad.ok).toBe(false);
	if (!bad.ok)
		expect(bad.errors.map((e) => `${e.path} ${e.message}`).join('\n')).toMatch(/satisfaction[\s\S]*(2023|year 2|第2)/);
});
