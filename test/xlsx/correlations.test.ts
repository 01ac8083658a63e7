/** A scenario's correlations and per-year rule travel through XLSX like the rest of the scenario. */
import { expect, test } from 'vitest';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { scenarioToObject } from '../../src/lib/io/write-scenario';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { exported, loadScenario } from './helpers';

test('correlations and uncertainty.years survive export → import; a bad matrix in the sheet is refused', async () => {
	const { doc } = loadScenario('plan-2022-2024.json');
	const d = structuredClone(doc);
	d.params.basic_collection.uncertainty = { dist: 'uniform', low: 0.5, high: 0.9, years: 0.6 };
	d.params.quasi_collection.uncertainty = { dist: 'uniform', low: 0.6, high: 0.95, years: 'independent' };
	d.params.basic_cost.uncertainty = { dist: 'uniform', low: 0.5, high: 0.8 };
	d.correlations = [
		{ a: 'basic_collection', b: 'quasi_collection', rho: 0.7 },
		{ a: 'basic_cost', b: 'basic_collection', rho: -0.25 }
	];
	const evaluated = readScenarioObject(scenarioToObject(d));
	if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.errors));
	const back = await importXlsx((await exported(evaluated.doc, evaluated.values, 'zh')).bytes);
	if (!back.ok) throw new Error(JSON.stringify(back.errors));
	expect(back.doc.correlations).toEqual(d.correlations);
	expect(back.doc.params.basic_collection.uncertainty).toEqual(d.params.basic_collection.uncertainty);
	expect(back.doc.params.quasi_collection.uncertainty?.years).toBe('independent');
	// Without correlations the workbook has no such row and the scenario comes back without the key.
	const plain = await importXlsx((await exported(doc, loadScenario('plan-2022-2024.json').values)).bytes);
	expect(plain.ok && 'correlations' in plain.doc).toBe(false);
	// An impossible matrix is refused on import with the reader's message.
	d.correlations = [
		{ a: 'basic_collection', b: 'quasi_collection', rho: 0.9 },
		{ a: 'quasi_collection', b: 'basic_cost', rho: 0.9 },
		{ a: 'basic_collection', b: 'basic_cost', rho: -0.9 }
	];
	const bad = await importXlsx((await exported(d, evaluated.values)).bytes);
	expect(bad.ok).toBe(false);
	if (!bad.ok)
		expect(bad.errors.map((e) => e.message).join('\n')).toContain('these correlations contradict each other');
});
