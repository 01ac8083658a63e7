import { describe, expect, it } from 'vitest';
import { paramOfName, parseName, referencedNames } from '../../src/lib/model/cell-names';
import { parseName as sheetParseName } from '../../src/lib/sheet/layout';

describe('cell names (one parser for the grid, the sheet, files and the Monte Carlo)', () => {
	it('reads yearly and scalar names, any case, within the horizon', () => {
		expect(parseName('basic_fee_y2', 3)).toEqual({ key: 'basic_fee', y: 1 });
		expect(parseName(' Basic_Area ', 3)).toEqual({ key: 'basic_area', y: 0 });
		expect(parseName('basic_fee_y4', 3)).toBeNull();
		expect(parseName('basic_fee_y4')).toEqual({ key: 'basic_fee', y: 3 });
		expect(parseName('basic_fee_y0', 3)).toBeNull();
		expect(parseName('basic_fee', 3)).toBeNull(); // a yearly parameter needs its year
		expect(parseName('basic_area_y1', 3)).toBeNull(); // a scalar has none
		expect(parseName('basic_fees_y1', 3)).toBeNull();
		expect(sheetParseName).toBe(parseName);
	});

	it('finds the parameter of a cell name', () => {
		expect(paramOfName('quasi_subsidy_y3')?.key).toBe('quasi_subsidy');
		expect(paramOfName('grace_months')?.key).toBe('grace_months');
		expect(paramOfName('A1')).toBeUndefined();
	});

	it('lists the names a formula uses, not functions and not text in quotes', () => {
		expect(referencedNames('=ROUND(basic_area*0.1, 2) + IF(x_y1 > 0, "quasi_fee_y1", Quasi_Fee_y2)')).toEqual([
			'basic_area',
			'x_y1',
			'Quasi_Fee_y2'
		]);
	});
});
