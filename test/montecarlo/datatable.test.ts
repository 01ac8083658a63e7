/** Data tables (模拟运算表): each cell is what a separate run with the cell set by hand gives. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliMonteCarlo } from '../../src/cli/monte-carlo';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { dataTable, parseAxis } from '../../src/lib/model/montecarlo/datatable';
import { outputValue, parseOutput, type OutputRef } from '../../src/lib/model/outputs';
import { runProjection } from '../../src/lib/model/run';
import { planOf } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';
const ref = (name: string) => (parseOutput(name, 3) as { ok: true; ref: OutputRef }).ref;
/** The fixture with some cells typed in by hand (`basic_subsidy_y2` → parameter basic_subsidy, year 2). */
function byHand(cells: Record<string, number>) {
	const o = JSON.parse(readFileSync(FIXTURE, 'utf8'));
	const plan = JSON.parse(readFileSync('scenarios/plan-2022-2024.json', 'utf8'));
	for (const [name, x] of Object.entries(cells)) {
		const [, key, y] = /^(.*)_y(\d)$/.exec(name) as RegExpExecArray;
		o.parameters[key] ??= structuredClone(plan.parameters[key]);
		o.parameters[key].values[Number(y) - 1] = x;
	}
	const r = readScenarioObject(o);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return { doc: r.doc, values: r.values };
}

describe('data tables', { timeout: 60_000 }, () => {
	it('give, cell by cell, the projection of the scenario with those cells set by hand (formulas following)', async () => {
		const plan = await planOf(byHand({}));
		const rows = { cell: 'quasi_subsidy_y1', values: [0.15, 0.2, 0.25] }; // year 2 and 3 are =quasi_subsidy_y1/2
		const cols = { cell: 'basic_collection_y3', values: [0.6, 0.75, 0.9] };
		for (const name of ['total.outlay', 'y3.satisfaction', 'y3.standardRate', 'y3.target.satisfaction']) {
			const r = await dataTable(plan, { rows, cols, output: ref(name) });
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			rows.values.forEach((x, i) =>
				cols.values.forEach((y, j) => {
					const s = byHand({ quasi_subsidy_y1: x, basic_collection_y3: y });
					const want = outputValue(ref(name), runProjection(s.values, 3, s.doc.start));
					expect([name, x, y, r.table.values[i][j]]).toEqual([name, x, y, want]);
				})
			);
			expect(r.table.scenario).toEqual({ row: 0.2, col: 0.8 });
		}
	});

	it('with runs, give per point the probability a separate seeded run gives, never falling as the subsidy rises (common random numbers)', async () => {
		const plan = await planOf(byHand({}));
		const rows = { cell: 'basic_subsidy_y3', values: [0.02, 0.06, 0.1] };
		const r = await dataTable(plan, { rows, output: ref('y3.target.satisfaction'), runs: 400, seed: 3 });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		for (const [i, x] of rows.values.entries()) {
			const mc = await runCliMonteCarlo(byHand({ basic_subsidy_y3: x }).doc, { runs: 400, seed: 3, lhs: false });
			expect(mc.ok && mc.result.years[2].targetProbability.satisfaction).toBe(r.table.values[i][0]);
		}
		const col = r.table.values.map((v) => v[0]);
		expect(col[0]).toBeLessThanOrEqual(col[1]);
		expect(col[1]).toBeLessThanOrEqual(col[2]); // a higher subsidy never lowers satisfaction in a run
	});

	it('refuse a bad axis, an unknown cell, a value out of range', async () => {
		expect(parseAxis('0.1:0.3:0.1')).toEqual({ ok: true, values: [0.1, 0.2, 0.3] });
		const bad = parseAxis('1:0:0.1');
		expect(!bad.ok && bad.message.en).toBe('"1:0:0.1": the step must be above 0 and TO at least FROM');
		const many = parseAxis('0:1:0.001');
		expect(!many.ok && many.message.en).toContain('has 1001 values; at most 201');
		const plan = await planOf(byHand({}));
		const r = await dataTable(plan, { rows: { cell: 'basic_subsidy_y9', values: [1] }, output: ref('total.outlay') });
		expect(!r.ok && r.message.en).toContain('there is no cell "basic_subsidy_y9"');
		const o = await dataTable(plan, {
			rows: { cell: 'basic_collection_y1', values: [0.5, 1.5] },
			output: ref('total.outlay')
		});
		expect(!o.ok && o.message.en).toBe('basic_collection_y1: 1.5 is outside the valid range 0–1');
	});

	it('print the issue\u2019s shape from the CLI, and say what is wrong with a bad flag', () => {
		const out = JSON.parse(
			execFileSync(
				'npx',
				[
					'tsx',
					'src/cli/simulate.ts',
					'scenarios/plan-2022-2024.json',
					'--table',
					'basic_subsidy_y2=0.05:0.07:0.01',
					'--output',
					'y2.subsidy.basic',
					'--json'
				],
				{ encoding: 'utf8' }
			)
		);
		expect(Object.keys(out)).toEqual(['output', 'rows', 'values']);
		expect(out.rows).toEqual({ key: 'basic_subsidy_y2', values: [0.05, 0.06, 0.07] });
		expect(out.values[1][0] / out.values[0][0]).toBeCloseTo(0.06 / 0.05, 9); // subsidy is area × rate
		const bad = spawnSync(
			'npx',
			[
				'tsx',
				'src/cli/simulate.ts',
				'scenarios/plan-2022-2024.json',
				'--table',
				'basic_subsidy_y2=0.05:0.07',
				'--output',
				'y2.outly'
			],
			{ encoding: 'utf8' }
		);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('"0.05:0.07" should be FROM:TO:STEP');
		expect(bad.stderr).toContain('did you mean y2.outlay?');
	});
});
