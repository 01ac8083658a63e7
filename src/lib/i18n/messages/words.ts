/**
 * The planner's words for the decision tools (keys `words.*`): pickers of labels and years for Decide and goal seek, their refusals
 * in the planner's words, and the value words the vocabulary's tables share (达成 / 未达成, 概率 %).
 */
import type { Msg } from '../types';

export const words = {
	'words.met': { zh: '达成', en: 'met' },
	'words.missed': { zh: '未达成', en: 'missed' },
	'words.probabilityUnit': { zh: '概率 %', en: 'probability, %' },
	'words.decisionRow': { zh: '决策单元格 {n}', en: 'Decision cell {n}' },
	'words.decisionCells': { zh: '决策单元格', en: 'Decision cells' },
	'words.constraintN': { zh: '约束 {n}', en: 'Constraint {n}' },
	'words.settings': { zh: '设置', en: 'Settings' },
	'words.noDecision': { zh: '请至少添加一个决策单元格', en: 'add at least one decision cell' },
	'words.pickCell': { zh: '请选择一个单元格', en: 'pick a cell' },
	'words.twice': {
		zh: '选了两次；每个单元格只能作为一个决策单元格',
		en: 'chosen twice; each cell can be one decision cell only'
	},
	'words.notNumber': { zh: '{field}“{text}”不是数字', en: '{field} "{text}" is not a number' },
	'words.stepPositive': { zh: '步长须大于 0', en: 'the step must be above 0' },
	'words.minAboveMax': { zh: '下限大于上限', en: 'the minimum is above the maximum' },
	'words.outOfRange': {
		zh: '范围 {from}–{to} 超出有效范围 {range}',
		en: 'the range {from}–{to} lies outside the valid range {range}'
	},
	'words.thresholdNotNumber': { zh: '阈值“{text}”不是数字', en: 'the threshold "{text}" is not a number' },
	'words.needTarget': {
		zh: '这是一个数值，不是目标：请选一个目标，或给出阈值（如“不低于 85 %”）',
		en: 'this is a number, not a target: pick a target, or give a threshold (such as "at least 85 %")'
	},
	'words.badProbability': {
		zh: '概率“{text}”须大于 0 且不超过 100 %（80、80 % 与 0.8 都是 80 %）',
		en: 'the probability "{text}" must be above 0 and at most 100 % (80, 80 % and 0.8 all mean 80 %)'
	},
	'words.stale': {
		zh: '设置或方案已改动：下面是上一次的结果，请重新计算。',
		en: 'The settings or the scenario have changed: below is the last result; compute again.'
	},
	'words.refused': { zh: '设置有误，未计算：', en: 'Not computed; the settings need fixing:' },
	'words.choose': { zh: '— 选择单元格 —', en: '— pick a cell —' },
	'words.threshold': { zh: '阈值', en: 'Threshold' },
	'words.thresholdNone': { zh: '无（目标本身）', en: 'none (the target itself)' },
	'words.minimizeObjective': { zh: '目标函数', en: 'Objective' },
	'words.direction': { zh: '方向', en: 'direction' },
	'words.target': { zh: '目标值', en: 'target' },
	'words.searchFrom': { zh: '搜索下限', en: 'search from' },
	'words.searchTo': { zh: '搜索上限', en: 'search to' },
	'words.probability': { zh: '概率', en: 'probability' },
	'words.typeNumber': { zh: '{what}：请输入数字', en: '{what}: type a number' },
	'words.badShare': {
		zh: '{what}“{text}”须大于 0 且不超过 100 %（80、80 % 与 0.8 都是 80 %）',
		en: '{what} "{text}" must be above 0 and at most 100 % (80, 80 % and 0.8 all mean 80 %)'
	},
	'words.briefModelPage': { zh: '工作台「模型说明」页', en: 'the workbench’s “How the model works” page' },
	'words.briefRounding': { zh: '规划 {stated} = 模型 {model} 取整', en: 'plan {stated} = model {model} rounded' },
	'words.stop': { zh: '。', en: '.' },
	'words.planName': { zh: '规划原文', en: 'Plan as written' },
	'words.tier': { zh: '物业类型', en: 'Tier' },
	'words.rename': { zh: '重命名', en: 'Rename' },
	'words.renameField': { zh: '情景名称', en: 'Scenario name' },
	'words.ok': { zh: '确定', en: 'OK' },
	'words.cancel': { zh: '取消', en: 'Cancel' },
	'words.colon': { zh: '：', en: ': ' },
	'words.condition': { zh: '{label}{op} {value}', en: '{label} is {op} {value}' }
} satisfies Record<string, Msg>;
