import { describe as group, expect, test } from 'vitest';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { resultsJson } from '../../src/lib/io/results-json';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { scenarioToObject } from '../../src/lib/io/write-scenario';
import { runProjection } from '../../src/lib/model/run';
import { exported, loadScenario, SCENARIO_FILES } from './helpers';

group('XLSX export → import', () => {
	test.each(SCENARIO_FILES.flatMap((f) => [[f, 'en'] as const, [f, 'zh'] as const]))(
		'%s (%s) comes back as the same scenario and the same figures',
		async (file, lang) => {
			const { doc, values } = loadScenario(file);
			const { bytes, projection } = await exported(doc, values, lang);
			const back = await importXlsx(bytes);
			if (!back.ok) throw new Error(JSON.stringify(back.errors));
			expect(back.doc).toEqual(doc);
			expect(back.filled).toEqual([]);
			expect(back.values).toEqual(values);
			expect(resultsJson(doc.name, runProjection(back.values, back.doc.years, back.doc.start))).toEqual(
				resultsJson(doc.name, projection)
			);
		}
	);

	test('notes, uncertainty and a five-year horizon survive the trip', async () => {
		const { doc } = loadScenario('plan-2022-2024.json');
		const five = { ...doc, years: 5, params: structuredClone(doc.params) };
		for (const [k, p] of Object.entries(five.params))
			if (p.cells.length === 3) p.cells.push(p.cells[2], k.endsWith('subsidy') ? 0 : p.cells[2]);
		five.params.basic_collection.uncertainty = { dist: 'triangular', low: [0.5, 0.6, 0.6, 0.6, 0.6], high: 0.9 };
		five.params.bond_rate.uncertainty = { dist: 'normal', sd: 0.01 };
		five.params.basic_fee.note = '';
		five.params.quasi_fee.note = "'=not a formula";
		five.params.cover_self.note = '多行\n说明 "quoted"';
		five.params.basic_subsidy.cells[4] = '=basic_subsidy_y4/2';
		const evaluated = readScenarioObject(scenarioToObject(five));
		if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.errors));
		const { bytes } = await exported(five, evaluated.values, 'zh');
		const back = await importXlsx(bytes);
		if (!back.ok) throw new Error(JSON.stringify(back.errors));
		expect(back.doc).toEqual(five);
		expect(back.values).toEqual(evaluated.values);
	});
});
