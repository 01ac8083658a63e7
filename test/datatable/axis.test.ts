/** The data table's inputs as typed: every problem names its input and field; a first range holds the own value. */
import { describe, expect, it } from 'vitest';
import { checkAxis, defaultAxis, readNumber } from '../../src/lib/ui/datatable/axis';

const form = (cell: string, from: string, to: string, step: string) => ({ cell, from, to, step });
const messages = (r: ReturnType<typeof checkAxis>, L: 'zh' | 'en') => (r.ok ? [] : r.errors.map((e) => e.message[L]));

describe('data-table inputs', () => {
	it('read 60% as 0.6 and step like simulate --table', () => {
		expect(readNumber('60%')).toBe(0.6);
		expect(readNumber(' 1,200 ')).toBe(1200);
		expect(readNumber('abc')).toBeNaN();
		expect(checkAxis('rows', form('basic_collection_y2', '50%', '70%', '10%'), '2022-01', 3)).toEqual({
			ok: true,
			values: [0.5, 0.6, 0.7]
		});
	});

	it('name the input and the field of each problem, in both languages', () => {
		const r = checkAxis('cols', form('basic_subsidy_y2', 'x', '0.1', '0.01'), '2022-01', 3);
		expect(messages(r, 'zh')).toEqual(['列输入的起始值“x”不是数字']);
		expect(messages(r, 'en')).toEqual(['Column input: from "x" is not a number']);
		const s = checkAxis('rows', form('basic_subsidy_y2', '0.1', '0.05', '0'), '2022-01', 3);
		expect(messages(s, 'en')).toEqual(['Row input: the step must be above 0', 'Row input: to must be at least from']);
		const o = checkAxis('rows', form('basic_collection_y2', '50%', '120%', '10%'), '2022-01', 3);
		expect(messages(o, 'zh')).toEqual(['行输入的终止值 120 % 超出基础物业收缴率（2023 年）的有效范围 0 % – 100 %']);
		const many = checkAxis('rows', form('basic_subsidy_y2', '0', '1', '0.01'), '2022-01', 3);
		expect(messages(many, 'en')).toEqual([
			'Row input has 101 values; at most 51 per input: make the step at least 0.02'
		]);
		expect(checkAxis('rows', form('basic_subsidy_y2', '0', '0.5', '0.01'), '2022-01', 3).ok).toBe(true); // 51 values
		const y4 = checkAxis('rows', form('basic_subsidy_y4', '0', '1', '0.1'), '2022-01', 3);
		expect(messages(y4, 'en')).toEqual(['Row input: there is no cell "basic_subsidy_y4"']);
	});

	it('start around the cell’s own value, inside the valid range, with the own value among the points', () => {
		const a = defaultAxis('basic_subsidy_y2', 0.05);
		expect(a).toEqual({ cell: 'basic_subsidy_y2', from: '0.025', to: '0.075', step: '0.005' });
		const c = defaultAxis('basic_collection_y2', 0.7);
		expect(c).toEqual({ cell: 'basic_collection_y2', from: '20%', to: '100%', step: '10%' });
		const v = checkAxis('rows', defaultAxis('basic_cost_y2', 0.28), '2022-01', 3);
		expect(v.ok && v.values).toContain(0.28);
	});
});
