import { describe, expect, it } from 'vitest';
import { diffAssumptions } from '../../src/lib/compare';
import { bare, loadRun, planWith } from './helpers';

const plan = loadRun('plan-2022-2024.json');

describe('the assumption diff', () => {
	it('names exactly the cells that differ, old → new, with what a formula stands for', () => {
		const d = diffAssumptions(plan, loadRun('collection-stagnates.json'));
		expect(d.count).toBe(4);
		expect(d.sections.map((s) => s.section)).toEqual(['collection']);
		const [quasi, basic] = d.sections[0].params;
		expect(quasi.def.key).toBe('quasi_collection');
		expect(quasi.cells).toEqual([
			{ year: 2, old: 0.8, new: '=quasi_collection_y1', oldValue: 0.8, newValue: 0.75 },
			{ year: 3, old: 0.85, new: '=quasi_collection_y1', oldValue: 0.85, newValue: 0.75 }
		]);
		expect(basic.cells.map((c) => [c.year, c.old, c.new])).toEqual([
			[2, 0.7, '=basic_collection_y1'],
			[3, 0.8, '=basic_collection_y1']
		]);
	});

	it('groups by the catalogue\u2019s sections, in its order', () => {
		const d = diffAssumptions(
			plan,
			planWith({ reward_fund: [0, 0, 0], basic_area: [870], target_coverage: [null, 1, 1] })
		);
		expect(d.sections.map((s) => [s.section, s.params.map((p) => p.def.key)])).toEqual([
			['start', ['basic_area']],
			['subsidies', ['reward_fund']],
			['targets', ['target_coverage']]
		]);
		expect(d.sections[0].params[0].cells).toEqual([
			{ year: null, old: 860.79, new: 870, oldValue: 860.79, newValue: 870 }
		]);
		expect(d.sections[2].params[0].cells).toEqual([{ year: 2, old: null, new: 1, oldValue: null, newValue: 1 }]);
		expect(d.count).toBe(5);
	});

	it('shows a formula that gives the same value as a change: it is one a reviewer must see', () => {
		const d = diffAssumptions(plan, planWith({ quasi_subsidy: [0.2, '=quasi_subsidy_y1/2', 0.1] }));
		expect(d.sections[0].params[0].cells).toEqual([
			{ year: 2, old: 0.1, new: '=quasi_subsidy_y1/2', oldValue: 0.1, newValue: 0.1 }
		]);
	});

	it('reports a longer horizon and a different start, with the cells one side lacks', () => {
		const d = diffAssumptions(plan, bare({ years: 4, start: '2022-07' }));
		expect(d.meta).toEqual([
			{ field: 'start', old: '2022-01', new: '2022-07' },
			{ field: 'years', old: 3, new: 4 }
		]);
		const params = d.sections.flatMap((s) => s.params);
		// Year 4 exists on one side only; the plan funds subsidies and the reward fund for three years (docs/model.md).
		expect(params.find((p) => p.def.key === 'reward_fund')!.cells).toEqual([
			{ year: 4, old: undefined, new: 0, oldValue: undefined, newValue: 0 }
		]);
		expect(params.find((p) => p.def.key === 'basic_collection')!.cells).toEqual([
			{ year: 4, old: undefined, new: 0.8, oldValue: undefined, newValue: 0.8 }
		]);
		expect(params.every((p) => p.cells.every((c) => c.year === 4))).toBe(true);
	});

	it('reports a changed uncertainty range, and nothing for identical scenarios', () => {
		const u = planWith({}, {});
		u.doc.params.basic_cost = {
			...u.doc.params.basic_cost,
			uncertainty: { dist: 'triangular', low: 0.25, high: 0.35 }
		};
		const d = diffAssumptions(plan, u);
		expect(d.sections[0].params[0]).toMatchObject({
			cells: [],
			uncertainty: { old: undefined, new: { dist: 'triangular', low: 0.25, high: 0.35 } }
		});
		expect(diffAssumptions(plan, loadRun('plan-2022-2024.json'))).toEqual({ meta: [], sections: [], count: 0 });
	});
});
