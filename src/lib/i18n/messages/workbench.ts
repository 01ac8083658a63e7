/** The workbench's frame (keys `workbench.*`): the formula bar's hint and the keyboard line under the grid. */
import type { Msg } from '../types';

export const workbench = {
	'workbench.formulaPlaceholder': {
		zh: '数值或公式，如 =quasi_subsidy_y1/2',
		en: 'a number or a formula, e.g. =quasi_subsidy_y1/2'
	},
	'workbench.noSuchName': {
		zh: '没有名为“{name}”的单元格，名称形如 basic_fee_y2 或 basic_area',
		en: 'No cell is named "{name}" — names look like basic_fee_y2 or basic_area'
	},
	'workbench.keys': {
		zh: '方向键移动 · Tab 下一格 · F2 编辑 · F6 跳出表格 · Shift+F6 回到编辑栏',
		en: 'Arrows move · Tab next cell · F2 edit · F6 leaves the grid · Shift+F6 back to the formula bar'
	}
} satisfies Record<string, Msg>;
