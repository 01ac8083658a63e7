/** The next plan as a plan (keys `nextplan.*`): its start choice, its baseline, money and targets to be set. */
import type { Msg } from '../types';

export const nextplan = {
	'nextplan.toSet': { zh: '待设定', en: 'to be set' },
	'nextplan.moneyToSet': {
		zh: '补贴与奖励资金待设定',
		en: 'subsidies and reward fund to be set'
	},
	'nextplan.someYearsToSet': {
		zh: '{years} 的补贴与奖励资金待设定',
		en: 'subsidies and reward fund to be set for {years}'
	},
	'nextplan.targetsToSet': { zh: '目标待设定', en: 'targets to be set' },
	'nextplan.continued': { zh: '延续（假设）', en: 'continued (assumption)' },
	'nextplan.continuedTip': {
		zh: '规划原文只到 2024 年：这一行沿用上一期的期末状态或最后一年的取值，是假设，不是规划条款',
		en: 'The plan runs to 2024 only: this row carries on the previous plan’s end state or last-year value, an assumption, not a clause of the plan'
	},
	'nextplan.vs': { zh: '较 {year} 年延续（假设）', en: 'vs {year} carried on (assumption)' },
	'nextplan.same': { zh: '与 {year} 年延续（假设）相同', en: 'same as {year} carried on (assumption)' },
	'nextplan.baseIs': { zh: '{vs}：{x}', en: '{vs}: {x}' },
	'nextplan.baselineOption': {
		zh: '“{parent}”{year} 年的延续（假设）',
		en: '“{parent}” {year} carried on (assumption)'
	},
	'nextplan.startFrom': { zh: '起点', en: 'Start from' },
	'nextplan.fromReforecast': {
		zh: '按实际重新预测的期末状态',
		en: 'the end state re-forecast from actuals'
	},
	'nextplan.fromModel': { zh: '模型预测的期末状态', en: 'the model’s end state' },
	'nextplan.startsFrom': {
		zh: '新规划的起点：{what}（{end} 末）。',
		en: 'The new plan starts from {what} (end of {end}).'
	},
	'nextplan.noActuals': {
		zh: '本情景没有实际数，起点只能是模型预测的期末状态。',
		en: 'This scenario has no actuals, so the start can only be the model’s end state.'
	},
	'nextplan.compoundsNote': {
		zh: '小区数按整数显示。模型保留部分小区升级、转入后的小数状态（如 {x} 个），以免总面积与补贴在取整中丢失；小数部分代表一个小区的一部分面积已转入。',
		en: 'Compounds are shown as whole numbers. The model keeps the fractional state a partial upgrade leaves (e.g. {x}), so that no area or subsidy is lost to rounding; the fraction is a compound’s share of area that has already moved.'
	},
	'nextplan.reforecastNote': {
		zh: '接续“{parent}”（{start} 至 {end}）：起点状态为按实际重新预测的期末状态；物业费等假设沿用；补贴、奖励资金与目标待设定。',
		en: 'Follows “{parent}” ({start} to {end}): its start state is the end state re-forecast from actuals; fees and assumptions carried over; subsidies, the reward fund and the targets are to be set.'
	},
	'nextplan.fractionalCell': {
		zh: '；{x} 是模型保留的小数状态（一个小区的部分面积已转入），报表按 {n} 个计',
		en: '; {x} is the fractional state the model keeps (part of a compound’s area has moved), read as {n}'
	},
	'nextplan.cellReforecastState': {
		zh: '“{parent}”按实际重新预测的期末状态（{end}）',
		en: 'end state of “{parent}” ({end}) re-forecast from its actuals'
	},
	// The bridge from the parent's last year to the next plan's first.
	'nextplan.bridgeTitle': {
		zh: '从“{parent}”{last} 年到本规划 {first} 年',
		en: 'From “{parent}” {last} to this plan’s {first}'
	},
	'nextplan.bridgeIntro': {
		zh: '差额分两步：先把 {last} 年的参数原样延续一年（起点状态变了，参数不变）；再逐项换成本规划 {first} 年的参数，各项按 Shapley 值分摊，合计等于差额。',
		en: 'The difference in two steps: first {last}’s parameters carried on for a year (a new start state, the same parameters); then each parameter changed to this plan’s {first} value, split by Shapley values so that the parts add up to the difference.'
	},
	'nextplan.bridgeOutput': { zh: '分解对象', en: 'Output' },
	'nextplan.carryOn': { zh: '延续一年（假设）', en: 'A year carried on (assumption)' },
	'nextplan.carryOnChange': {
		zh: '起点状态为 {last} 年末，参数不变',
		en: 'start state at the end of {last}, same parameters'
	},
	'nextplan.yearShort': { zh: '{y} 年', en: '{y}' },
	'nextplan.lastEnd': { zh: '“{parent}”{last} 年', en: '“{parent}” {last}' },
	'nextplan.firstEnd': { zh: '本规划 {first} 年', en: 'This plan {first}' }
} satisfies Record<string, Msg>;
