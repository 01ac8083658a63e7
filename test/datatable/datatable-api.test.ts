/**
 * The data-table worker's API (what the screen calls): every cell of a two-input table equals a separate
 * deterministic projection of the scenario file with those two cells typed in by hand, read by the app's own
 * reader and projected by the model — not by the table's code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliMonteCarlo } from '../../src/cli/monte-carlo';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { createTableApi } from '../../src/lib/model/montecarlo/datatable-api';
import { outputValue, parseOutput, type OutputRef } from '../../src/lib/model/outputs';
import { runProjection } from '../../src/lib/model/run';
import { propagatorFactory } from '../../src/lib/sheet/propagate';

const PLAN = JSON.parse(readFileSync('scenarios/plan-2022-2024.json', 'utf8'));
const ref = (name: string) => (parseOutput(name, 3) as { ok: true; ref: OutputRef }).ref;

/** The plan file with cells typed in by hand (`basic_subsidy_y2` → parameter basic_subsidy, year 2). */
function byHand(cells: Record<string, number>, edit?: (o: typeof PLAN) => void) {
	const o = structuredClone(PLAN);
	edit?.(o);
	for (const [name, x] of Object.entries(cells)) {
		const [, key, y] = /^(.*)_y(\d)$/.exec(name) as RegExpExecArray;
		o.parameters[key].values[Number(y) - 1] = x;
	}
	const r = readScenarioObject(o);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return { doc: r.doc, values: r.values };
}

describe('the data-table API', { timeout: 60_000 }, () => {
	const api = createTableApi(propagatorFactory);

	it('gives, point by point, the projection with both cells set by hand — formulas that read them following', async () => {
		// Year 3's basic subsidy is a formula of year 2's: a table over year 2 must move year 3 with it.
		const formula = (o: typeof PLAN) => (o.parameters.basic_subsidy.values[2] = '=basic_subsidy_y2*0.5');
		const rows = { cell: 'basic_subsidy_y2', values: [0.03, 0.05, 0.08] };
		const cols = { cell: 'basic_collection_y2', values: [0.5, 0.7, 0.95] };
		const done: number[] = [];
		for (const name of ['total.outlay', 'y3.standardRate', 'y3.satisfaction', 'y2.target.standard']) {
			const r = await api.table({ ...byHand({}, formula), rows, cols, output: name }, (d) => done.push(d));
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			for (const [i, x] of rows.values.entries())
				for (const [j, y] of cols.values.entries()) {
					const s = byHand({ basic_subsidy_y2: x, basic_collection_y2: y }, formula);
					const want = outputValue(ref(name), runProjection(s.values, 3, s.doc.start));
					expect([name, x, y, r.table.values[i][j]]).toEqual([name, x, y, want]);
				}
			expect(r.table.scenario).toEqual({ row: 0.05, col: 0.7 });
		}
		// The formula really moved: year 3's subsidy, half of year 2's, shows in the outlay's spacing.
		const r = await api.table({ ...byHand({}, formula), rows, output: 'y3.subsidy.basic' });
		expect(r.ok && r.table.values.map((v) => v[0] / r.table.values[0][0])).toEqual(
			[1, 0.05 / 0.03, 0.08 / 0.03].map((q) => expect.closeTo(q, 9))
		);
		expect(done.at(-1)).toBe(9); // progress reaches the last of the 3 × 3 points
	});

	it('with runs: per point the probability a separate seeded run gives with the cell set by hand', async () => {
		const FIXTURE = 'test/decide/fixtures/bench-uncertain.json';
		const read = (x?: number) => {
			const o = JSON.parse(readFileSync(FIXTURE, 'utf8'));
			o.parameters.quasi_subsidy ??= structuredClone(PLAN.parameters.quasi_subsidy);
			if (x !== undefined) o.parameters.quasi_subsidy.values[1] = x;
			const r = readScenarioObject(o);
			if (!r.ok) throw new Error(JSON.stringify(r.errors));
			return { doc: r.doc, values: r.values };
		};
		const rows = { cell: 'quasi_subsidy_y2', values: [0, 0.15, 0.3] };
		const r = await api.table({ ...read(), rows, output: 'y3.target.standard', runs: 300, seed: 5 });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		for (const [i, x] of rows.values.entries()) {
			const mc = await runCliMonteCarlo(read(x).doc, { runs: 300, seed: 5, lhs: false });
			expect(mc.ok && mc.result.years[2].targetProbability.standard).toBe(r.table.values[i][0]);
		}
		const p = r.table.values.map((v) => v[0]);
		expect(p[0]).toBeLessThan(p[2]); // more subsidy, more compounds at standard in the same draws
		expect(r.table.runs).toBe(300);
	});

	it('says what is wrong with an unknown output or cell, in both languages', async () => {
		const bad = await api.table({
			...byHand({}),
			rows: { cell: 'basic_subsidy_y2', values: [0.1] },
			output: 'y3.outly'
		});
		expect(!bad.ok && bad.message?.zh).toContain('没有名为“y3.outly”的输出');
		const cell = await api.table({ ...byHand({}), rows: { cell: 'nope_y2', values: [1] }, output: 'total.outlay' });
		expect(!cell.ok && cell.message?.en).toContain('there is no cell "nope_y2"');
	});
});
