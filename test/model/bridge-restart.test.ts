/**
 * The re-forecast's bridge (model/bridge/restart.ts): what the actuals changed, by restart field. The parts add
 * up to the re-forecast's change in each later year's rate, and equal a Shapley value computed here over all
 * orders of restarting the fields one by one, on project() with a resume built in the test.
 */
import { describe, expect, it } from 'vitest';
import { restartBridge } from '../../src/lib/model/bridge';
import { TIERS } from '../../src/lib/model/catalogue';
import { defaultValues, toModelInputs } from '../../src/lib/model/inputs';
import { project } from '../../src/lib/model/projection';
import { reforecast } from '../../src/lib/model/reforecast';

const START = '2022-01';
const values = defaultValues(3);
const original = project(toModelInputs(values, 3), START);
// Year 1 as a review records it: fewer committees, more compounds at standard, basic and quasi satisfaction lower.
const actuals = {
	committees: [210, null, null],
	standard: [215, null, null],
	'satisfaction.basic': [0.7, null, null],
	'satisfaction.quasi': [0.78, null, null]
};

describe('restartBridge', () => {
	const r = reforecast(values, 3, START, actuals, original)!;
	const b = restartBridge(values, 3, START, r, original);

	it('has the moved restart fields as players and the later years’ rates as outputs', () => {
		expect(b.fields).toEqual(['committees', 'standard', 'satisfaction.quasi', 'satisfaction.basic']);
		expect(b.outputs.map((o) => o.ref.name)).toEqual([
			'y2.committeeRate',
			'y2.standardRate',
			'y2.satisfaction',
			'y3.committeeRate',
			'y3.standardRate',
			'y3.satisfaction'
		]);
	});

	it('sums to the re-forecast’s change and equals a brute-force Shapley over all 4! orders', () => {
		const sk = original.years[0];
		const own: Record<string, number> = { committees: sk.committees, standard: sk.standard };
		const act: Record<string, number> = { committees: r.state.committees, standard: r.state.standard };
		TIERS.forEach((t, i) => {
			own[`satisfaction.${t}`] = original.months.tierSatisfaction[i][11];
			act[`satisfaction.${t}`] = r.state.satisfaction[i];
		});
		const run = (set: string[]) => {
			const pick = (f: string) => (set.includes(f) ? act[f] : own[f]);
			const inp = toModelInputs(values, 3);
			inp.resume = {
				after: 0,
				committees: pick('committees'),
				standard: pick('standard'),
				satisfaction: TIERS.map((t) => pick(`satisfaction.${t}`))
			};
			return project(inp, START);
		};
		const perms = (xs: string[]): string[][] =>
			xs.length <= 1
				? [xs]
				: xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
		const orders = perms(b.fields);
		for (const o of b.outputs) {
			const base = o.ref.base as { year: number; field: 'committeeRate' | 'standardRate' | 'satisfaction' };
			const val = (set: string[]) => run(set).years[base.year - 1][base.field];
			const change = r.projection.years[base.year - 1][base.field] - original.years[base.year - 1][base.field];
			expect(o.parts.reduce((s, x) => s + x, 0)).toBeCloseTo(change, 12);
			const phi = b.fields.map(() => 0);
			for (const ord of orders)
				ord.forEach(
					(f, i) => (phi[b.fields.indexOf(f)] += (val(ord.slice(0, i + 1)) - val(ord.slice(0, i))) / orders.length)
				);
			o.parts.forEach((x, i) => expect(x).toBeCloseTo(phi[i], 12));
		}
	}, 60_000);
});
