import { describe, expect, it } from 'vitest';
import { parseCellInput } from '../../src/lib/sheet/cell-input';
import { rangeProblems, checkUncertainty } from '../../src/lib/io/uncertainty-check';
import { PARAM } from '../../src/lib/model/catalogue';

const cell = (name: string, text: string) => {
	const p = parseCellInput(name, text);
	return p.ok ? p.cell : p.zh;
};

describe('percent entry in share cells, as WPS reads a % cell', () => {
	it('reads 55, 55 %, 55% and 0.55 all as 55 %', () => {
		for (const text of ['55', '55 %', '55%', '0.55', '５５％'])
			expect(cell('basic_collection_y1', text), text).toBeCloseTo(0.55, 12);
	});
	it('reads 1 as 100 %, 1.5 as 1.5 %, 100 as 100 % and leaves 150 to the range check', () => {
		expect(cell('basic_collection_y1', '1')).toBe(1);
		expect(cell('basic_collection_y1', '1.5')).toBeCloseTo(0.015, 12);
		expect(cell('target_committee_y2', '100')).toBe(1);
		expect(cell('basic_collection_y1', '150')).toBe(150);
	});
	it('leaves other units and formulas as typed', () => {
		expect(cell('basic_fee_y1', '55')).toBe(55);
		expect(cell('reward_fund_y1', '55%')).toBeCloseTo(0.55, 12);
		expect(cell('basic_collection_y1', '=basic_collection_y2')).toBe('=basic_collection_y2');
	});
	it('takes 是/否 for the yes/no cell', () => {
		expect(cell('waiver_covered', '是')).toBe(1);
		expect(cell('waiver_covered', '否')).toBe(0);
		expect(cell('waiver_covered', 'yes')).toBe(1);
	});
});

describe('range checks in the chosen language', () => {
	const def = PARAM.get('basic_collection')!;
	it('says in Chinese, with the year and the values as %, that the mode lies outside the range', () => {
		const [m] = rangeProblems(def, { dist: 'triangular', low: 0.7, high: 0.9 }, [0.6, 0.7, 0.8], 3);
		expect(m.zh).toBe('第1年单元格的值 60 %（最可能值）不在下限至上限 70 %–90 % 之内：请放宽范围或修改单元格');
		expect(m.en).toBe("uncertainty in year 1: the cell's value 0.6 (the mode) is outside low–high 0.7–0.9");
	});
	it('keeps the English of files and the CLI exactly as before', () => {
		expect(checkUncertainty(def, { dist: 'uniform', low: 0.9, high: 0.7 }, [0.8, 0.8, 0.8], 3)[0]).toBe(
			'uncertainty: low 0.9 is above high 0.7 in year 1'
		);
		expect(rangeProblems(def, { dist: 'uniform', low: 0.9, high: 0.7 }, [0.8, 0.8, 0.8], 3)[0].zh).toBe(
			'第1年下限 90 % 高于上限 70 %'
		);
		expect(rangeProblems(def, { dist: 'pert' }, [0.8, 0.8, 0.8], 3)[0].zh).toBe('PERT 分布需要填写下限和上限');
	});
});
