/**
 * The review's words (回头看, keys `lookback.*`): plan, model and actual side by side, the re-forecast from
 * actuals, and the next plan from the end of a scenario.
 */
import type { Msg } from '../types';

export const lookback = {
	'lookback.title': { zh: '规划、模型与实际对照', en: 'Plan, model and actual side by side' },
	'lookback.none': {
		zh: '本情景还没有实际数据：录入或导入实际数据后，这里对照规划、模型与实际。',
		en: 'This scenario has no actuals yet: enter or import them, and this view sets plan, model and actual side by side.'
	},
	'lookback.field': { zh: '项目', en: 'Item' },
	'lookback.plan': { zh: '规划', en: 'Plan' },
	'lookback.model': { zh: '模型', en: 'Model' },
	'lookback.actual': { zh: '实际', en: 'Actual' },
	'lookback.vsModel': { zh: '实际 − 模型', en: 'Actual − model' },
	'lookback.vsPlan': { zh: '实际 − 规划', en: 'Actual − plan' },
	'lookback.cumulative': { zh: '累计（有实际数据的年份）', en: 'Cumulative (years with actuals)' },
	'lookback.state': { zh: '年末状态，不累计', en: 'a year-end state, not summed' },
	'lookback.derived': {
		zh: '按规划比率折算的小区数（规划未写明）',
		en: 'compounds worked out from the plan’s rate (not in its words)'
	},
	'lookback.source': { zh: '来源', en: 'Source' },
	'lookback.unitCount': { zh: '个', en: 'compounds' },
	// Field labels (the yearly fields of simulate --json).
	'lookback.f.outlay': { zh: '区财政支出', en: 'District outlay' },
	'lookback.f.subsidy.total': { zh: '补贴合计', en: 'Subsidy total' },
	'lookback.f.subsidy': { zh: '{tier}补贴', en: '{tier} subsidy' },
	'lookback.f.rewardFund': { zh: '奖励资金', en: 'Reward fund' },
	'lookback.f.waiverCompensation': { zh: '减免补偿', en: 'Waiver compensation' },
	'lookback.f.feesCollected': { zh: '{tier}物业费收缴', en: '{tier} fees collected' },
	'lookback.f.committees': { zh: '成立业委会的小区', en: 'Compounds with a committee' },
	'lookback.f.standard': { zh: '达标小区', en: 'Compounds at standard' },
	'lookback.f.coverage': { zh: '物业覆盖率', en: 'Coverage' },
	'lookback.f.satisfaction': { zh: '居民满意度', en: 'Satisfaction' },
	'lookback.f.satisfactionTier': { zh: '{tier}满意度', en: '{tier} satisfaction' },
	'lookback.f.collection': { zh: '{tier}收缴率', en: '{tier} collection rate' },
	// Headline sentences.
	'lookback.moneyYear': {
		zh: '{year}实际{item}比模型{dir} {n} 万元（{rel}）。',
		en: 'In {year} the actual {item} was {n} 万元 {dir} than the model ({rel}).'
	},
	'lookback.moneySum': {
		zh: '{span}累计实际{item}比模型{dir} {n} 万元（{rel}）。',
		en: 'Over {span} the actual {item} was {n} 万元 {dir} than the model ({rel}).'
	},
	'lookback.moneySame': { zh: '{year}实际{item}与模型一致。', en: 'In {year} the actual {item} matched the model.' },
	'lookback.rateYear': {
		zh: '{year}末实际{item} {a}，比模型{dir} {n} 个百分点。',
		en: 'At the end of {year} the actual {item} was {a}, {n} percentage points {dir} than the model.'
	},
	'lookback.countYear': {
		zh: '{year}末实际{item} {a} 个，比模型{dir} {n} 个。',
		en: 'At the end of {year} the actual {item} was {a}, {n} {dir} than the model.'
	},
	'lookback.more': { zh: '多', en: 'more' },
	'lookback.less': { zh: '少', en: 'less' },
	'lookback.fewer': { zh: '少', en: 'fewer' },
	'lookback.higher': { zh: '高', en: 'higher' },
	'lookback.lower': { zh: '低', en: 'lower' },
	// Re-forecast.
	'lookback.rfTitle': { zh: '按实际重新预测', en: 'Re-forecast from actuals' },
	'lookback.rfFrom': {
		zh: '自 {from}起，从 {last}末的实际状态重新预测：成立业委会的小区 {committees} 个，达标小区 {standard} 个，满意度（{how}）{sat}。小区数与面积沿用模型（实际数据不含升级与覆盖）。',
		en: 'From {from}, projected again from the actual state at the end of {last}: {committees} compounds with a committee, {standard} at standard, satisfaction ({how}) {sat}. Compounds and areas stay the model’s (actuals do not report upgrades and cover).'
	},
	'lookback.rfPerTier': { zh: '按各类实际', en: 'each tier as reported' },
	'lookback.rfShifted': {
		zh: '各类同幅调整，使面积加权平均等于实际',
		en: 'every tier shifted alike so the area-weighted mean equals the actual'
	},
	'lookback.rfModel': { zh: '未报实际，沿用模型', en: 'not reported: the model’s' },
	'lookback.rfNothing': {
		zh: '实际数据已到最后一年：没有需要重新预测的年份。',
		en: 'The actuals reach the last plan year: no year is left to re-forecast.'
	},
	'lookback.original': { zh: '原预测', en: 'Original' },
	'lookback.reforecast': { zh: '重新预测', en: 'Re-forecast' },
	'lookback.change': { zh: '变化', en: 'Change' },
	'lookback.rfChart': {
		zh: '居民满意度（按月）：原预测与重新预测',
		en: 'Satisfaction by month: original and re-forecast'
	},
	// The next plan.
	'lookback.nextTitle': { zh: '下一期规划', en: 'The next plan' },
	'lookback.nextButton': {
		zh: '以本方案期末为起点新建规划',
		en: 'New plan from the end of this scenario'
	},
	'lookback.endState': { zh: '本情景 {end} 末的状态', en: 'This scenario’s state at the end of {end}' },
	'lookback.tier': { zh: '物业类型', en: 'Tier' },
	'lookback.compounds': { zh: '小区数（个）', en: 'Compounds' },
	'lookback.area': { zh: '面积（万 m²）', en: 'Area (万 m²)' },
	'lookback.satisfactionStart': { zh: '满意度', en: 'Satisfaction' },
	'lookback.nextYears': { zh: '规划年数', en: 'Plan years' },
	'lookback.nextIntro': {
		zh: '新规划自 {start} 起，起点状态为本情景 {end} 末的状态（各类小区数与面积、业委会、达标小区、各类满意度）；物业费沿用，补贴与奖励资金在设定前为 0，目标待设定。',
		en: 'The new plan starts in {start}, its start state this scenario’s state at the end of {end} (compounds and area per tier, committees, compounds at standard, satisfaction per tier); fees carried over, subsidies and the reward fund 0 until set, targets to be set.'
	},
	'lookback.nextName': { zh: '{from}–{to} 年规划（接续“{parent}”）', en: 'Plan {from}–{to} (after “{parent}”)' },
	'lookback.nextName1': { zh: '{from} 年规划（接续“{parent}”）', en: 'Plan {from} (after “{parent}”)' },
	'lookback.cellEndState': { zh: '“{parent}”的期末状态（{end}）', en: 'end state of “{parent}” ({end})' },
	'lookback.cellToSet': { zh: '新规划期待设定', en: 'to be set for the new period' },
	'lookback.cellZeroUntilSet': {
		zh: '待设定：新规划期预算确定前为 0',
		en: 'to be set: 0 until the new period’s budget is decided'
	},
	'lookback.cellCarried': { zh: '沿用“{parent}”第{year}年', en: 'carried over from “{parent}” year {year}' },
	'lookback.nextNote': {
		zh: '接续“{parent}”（{start} 至 {end}）：起点状态为其期末状态；物业费等假设沿用；补贴、奖励资金与目标待设定。',
		en: 'Follows “{parent}” ({start} to {end}): its start state is that scenario’s end state; fees and assumptions carried over; subsidies, the reward fund and the targets are to be set.'
	},
	'lookback.nextStale': {
		zh: '有单元格需要修正，修正后才能新建。',
		en: 'Some cells need fixing before a new plan can be made.'
	},
	'lookback.nextTooLate': {
		zh: '本情景结束得太晚：新规划须在 2100 年 12 月前开始并结束。',
		en: 'This scenario ends too late: a new plan must start and end by December 2100.'
	}
} satisfies Record<string, Msg>;
