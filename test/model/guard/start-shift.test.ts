/** The register's ask (docs/model.md § Guard rails), against the plan's §二 figures worked by hand. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, PARAM, defaultCell, cellName } from '../../../src/lib/model/catalogue';
import { asksFirst, startShift, valuesWith } from '../../../src/lib/model/guard/start-shift';
import { runProjection } from '../../../src/lib/model/run';
import { defaultValues } from '../../../src/lib/model/inputs';

const plan = (key: string) => defaultCell(PARAM.get(key)!, 0) ?? 0;

describe('register start shift', () => {
	it('10 compounds of 1 万 m² each in place of the plan’s 316 and 2,356.1965 万 m²: asks', () => {
		const ten = { market_compounds: 4, quasi_compounds: 3, basic_compounds: 3, self_compounds: 0 };
		const area = { market_area: 4, quasi_area: 3, basic_area: 3, self_area: 0 };
		const s = startShift(plan, { ...ten, ...area });
		expect(s.before.compounds).toBe(100 + 37 + 176 + 3);
		expect(s.before.area).toBeCloseTo(1244.045 + 249.31 + 860.79 + 2.0515, 9);
		expect(s.after).toEqual({ compounds: 10, area: 10 });
		expect(s.share).toBeCloseTo(1 - 10 / 2356.1965, 9);
		expect(asksFirst(s)).toBe(true);
	});

	it('a register correcting the plan by a few compounds does not ask', () => {
		const s = startShift(plan, { basic_compounds: 180, basic_area: 870 });
		expect(s.after.compounds).toBe(320);
		expect(s.share).toBeCloseTo(4 / 316, 9);
		expect(asksFirst(s)).toBe(false);
	});

	it('the values with the register in place give the outlay a fresh projection gives', () => {
		const cells: Record<string, number | null> = {};
		for (const def of CATALOGUE)
			for (let y = 0; y < (def.shape === 'scalar' ? 1 : 3); y++) cells[cellName(def, y)] = defaultCell(def, y);
		const v = valuesWith(cells, 3, { basic_area: 0 })!;
		const fresh = { ...defaultValues(3), basic_area: 0 };
		expect(runProjection(v, 3, '2022-01').totals.outlay).toBe(runProjection(fresh, 3, '2022-01').totals.outlay);
		const plan3 = runProjection(defaultValues(3), 3, '2022-01').totals.outlay;
		expect(plan3).toBeCloseTo(3562.584, 3);
		expect(valuesWith({ ...cells, basic_area: null }, 3, {})).toBeNull();
	});
});
