/** A parameter's uncertainty range: the range editor, the grid's tag and the one-line summary (keys `range.*`). */
import type { Msg } from '../types';

export const range = {
	'range.dist.triangular': { zh: '三角分布', en: 'triangular' },
	'range.dist.uniform': { zh: '均匀分布', en: 'uniform' },
	'range.dist.pert': { zh: 'PERT 分布', en: 'pert' },
	'range.dist.normal': { zh: '正态分布', en: 'normal' },
	'range.listSep': { zh: '、', en: ' / ' },
	'range.sd': { zh: '，标准差 {sd}', en: ', sd {sd}' },
	'range.legend': { zh: '不确定范围（蒙特卡洛）', en: 'Range (Monte Carlo)' },
	'range.distribution': { zh: '分布', en: 'Distribution' },
	'range.none': { zh: '无（确定值）', en: 'none (fixed)' },
	'range.low': { zh: '下限', en: 'Low' },
	'range.high': { zh: '上限', en: 'High' },
	'range.lowWord': { zh: '下限', en: 'low' },
	'range.highWord': { zh: '上限', en: 'high' },
	'range.apply': { zh: '应用', en: 'Apply' },
	'range.modeHint': {
		zh: '众数为单元格的值；每年一个数时用逗号分隔。',
		en: 'The mode is the cell\u2019s value; one bound per year separated by commas.'
	},
	'range.meanHint': {
		zh: '均值为单元格的值，截断于上下限与有效范围。',
		en: 'Mean is the cell\u2019s value, cut to low/high and the valid range.'
	},
	'range.problem': { zh: '{what}：{why}', en: '{what}: {why}' },
	'range.notNumber': { zh: '应为数字，不能是公式或空白', en: 'a number, not a formula or a blank' },
	'range.sdOne': { zh: '标准差只能是一个数', en: 'sd is one number' }
} satisfies Record<string, Msg>;
