/** The brief's sentences for a district leader (keys `brief.*`): headlines, changes in words, execution. */
import type { Msg } from '../types';

export const brief = {
	// Money for leadership: whole 万元; 10,000 万元 or more as 亿元 to two decimals.
	'brief.wan': { zh: '{x} 万元', en: '{x} 万元' },
	'brief.yi': { zh: '{x} 亿元', en: '{x} 亿元' },
	'brief.scenario': { zh: '方案{l}（{name}）', en: '{l} ({name})' },
	'brief.spanYears': { zh: '{n}年', en: 'over {n} years' },
	'brief.spanOne': { zh: '一年', en: 'over one year' },
	'brief.spanAll': { zh: '全期', en: 'over its whole horizon' },
	'brief.spendMore': { zh: '比{base}{span}多支出 {x}', en: 'spends {x} more than {base} {span}' },
	'brief.spendLess': { zh: '比{base}{span}少支出 {x}', en: 'spends {x} less than {base} {span}' },
	'brief.spendSame': { zh: '{span}支出与{base}相同', en: 'spends the same as {base} {span}' },
	'brief.metMore': { zh: '多达成 {n} 项目标（共 {a}/{b} 项）', en: 'meets {n} more targets ({a} of {b})' },
	'brief.metMoreOne': { zh: '多达成 {n} 项目标（共 {a}/{b} 项）', en: 'meets {n} more target ({a} of {b})' },
	'brief.metFewer': { zh: '少达成 {n} 项目标（共 {a}/{b} 项）', en: 'meets {n} fewer targets ({a} of {b})' },
	'brief.metFewerOne': { zh: '少达成 {n} 项目标（共 {a}/{b} 项）', en: 'meets {n} target fewer ({a} of {b})' },
	'brief.metSame': { zh: '达成目标数相同（{a}/{b} 项）', en: 'meets as many targets ({a} of {b})' },
	'brief.stillMissed': { zh: '{when}{what}仍未达标', en: '{what} still misses its target in {when}' },
	'brief.newMissed': {
		zh: '{when}{what}未达标（{base}达标）',
		en: '{what} misses its target in {when} ({base} meets it)'
	},
	'brief.stillMissedPl': { zh: '{when}{what}仍未达标', en: '{what} still miss their targets in {when}' },
	'brief.newMissedPl': {
		zh: '{when}{what}未达标（{base}达标）',
		en: '{what} miss their targets in {when} ({base} meets them)'
	},
	'brief.missedPl': { zh: '{when}{what}未达标', en: '{what} miss their targets in {when}' },
	'brief.missed': { zh: '{when}{what}未达标', en: '{what} misses its target in {when}' },
	'brief.allMet': { zh: '各年目标全部达成', en: 'every target is met in every year' },
	'brief.moreMissed': { zh: '另有 {n} 项未达标', en: '{n} more missed' },
	'brief.baseSentence': {
		zh: '{name}为基准：{span}支出 {x}，达成 {a}/{b} 项目标',
		en: '{name} is the baseline: it spends {x} {span} and meets {a} of {b} targets'
	},
	'brief.headlines': { zh: '结论', en: 'In short' },
	'brief.calendarYear': { zh: '{y} 年', en: '{y}' },
	'brief.planYear': { zh: '第{n}年', en: 'year {n}' },
	'brief.planYears': { zh: '第{n}年', en: 'years {n}' },
	// The assumption changes in words.
	'brief.sameAsYear': { zh: '维持第{n}年水平', en: 'same as year {n}' },
	'brief.sameAs': { zh: '同{what}', en: 'same as {what}' },
	'brief.formulaOf': { zh: '按公式由{what}算出', en: 'computed from {what}' },
	'brief.formula': { zh: '按公式计算', en: 'computed by a formula' },
	'brief.paramYear': { zh: '{what}第{n}年', en: '{what}, year {n}' },
	'brief.start': { zh: '起始月份', en: 'First month' },
	'brief.years': { zh: '规划年数', en: 'Plan years' },
	'brief.range': { zh: '{what} 不确定范围', en: '{what}, uncertainty range' },
	'brief.months': { zh: '{x} 个月', en: '{x} months' },
	'brief.moneyRule': {
		zh: '金额：万元取整；1 亿元（10,000 万元）及以上以亿元计，保留两位小数。小区数取整，比率保留一位小数，比率之差以百分点计。',
		en: 'Money: whole 万元 (10,000 yuan); 10,000 万元 or more as 亿元 (100 million yuan) to two decimals. Compounds as whole numbers, rates to one decimal, differences of rates in percentage points.'
	},
	'brief.footerTool': {
		zh: '测算工具：东河区物业管理三年规划情景工作台 · {date}。',
		en: 'Computed with the Donghe plan scenario workbench · {date}.'
	},
	'brief.footerModel': { zh: '模型说明：', en: 'How the model works: ' },
	'brief.footerAssumed': {
		zh: '收缴率、成本、满意度等为规划未规定的假设。',
		en: 'Collection rates, costs and satisfaction are assumptions the plan does not state.'
	},
	// Execution: actuals against the model.
	'brief.execution': { zh: '执行情况', en: 'Execution' },
	'brief.executionOf': { zh: '{name}：实际与模型', en: '{name}: actual against the model' },
	'brief.exWhen': { zh: '{when}', en: 'In {when}: ' },
	'brief.exCumulative': { zh: '{when}累计', en: 'In all, {when}: ' },
	'brief.exMoneyMore': { zh: '实际{what} {a}，比模型多 {d}', en: 'actual {what} {a}, {d} more than the model' },
	'brief.exMoneyLess': { zh: '实际{what} {a}，比模型少 {d}', en: 'actual {what} {a}, {d} less than the model' },
	'brief.exMoneySame': { zh: '实际{what} {a}，与模型一致', en: 'actual {what} {a}, as the model' },
	'brief.exRateHigher': { zh: '{what}实际 {a}，比模型高 {d}', en: '{what} actually {a}, {d} above the model' },
	'brief.exRateLower': { zh: '{what}实际 {a}，比模型低 {d}', en: '{what} actually {a}, {d} below the model' },
	'brief.exRateSame': { zh: '{what}实际 {a}，与模型一致', en: '{what} actually {a}, as the model' },
	'brief.exCountMore': { zh: '{what}实际 {a} 个，比模型多 {d} 个', en: '{what} actually {a}, {d} more than the model' },
	'brief.exCountLess': {
		zh: '{what}实际 {a} 个，比模型少 {d} 个',
		en: '{what} actually {a}, {d} fewer than the model'
	},
	'brief.exCountSame': { zh: '{what}实际 {a} 个，与模型一致', en: '{what} actually {a}, as the model' },
	'brief.exOutlay': { zh: '支出', en: 'outlay' },
	'brief.exSubsidy': { zh: '补贴', en: 'subsidies' },
	'brief.exRewardFund': { zh: '奖励资金', en: 'reward fund' },
	'brief.exSatisfaction': { zh: '满意度', en: 'satisfaction' },
	'brief.exCoverage': { zh: '物业覆盖率', en: 'coverage' },
	'brief.exStandard': { zh: '达标小区', en: 'compounds at standard' },
	'brief.exCommittees': { zh: '业委会', en: 'owners’ committees' },
	'brief.pp': { zh: '{x} 个百分点', en: '{x} percentage points' },
	// The key figures' row labels.
	'brief.kf.outlayYear': { zh: '第{n}年支出', en: 'Year {n} outlay' },
	'brief.kf.outlay': { zh: '全期支出（含奖励资金）', en: 'Outlay, all years, with reward fund' },
	'brief.kf.outlayNoReward': { zh: '不含奖励资金（规划 3263）', en: 'Without reward fund (plan: 3263)' },
	'brief.kf.incomeQb': { zh: '企业收入（准物业+基础）', en: 'Firms’ income (quasi + basic)' },
	'brief.kf.standardEnd': { zh: '期末达标率', en: 'Standard rate at the end' },
	'brief.kf.satisfactionEnd': { zh: '期末满意度', en: 'Satisfaction at the end' },
	'brief.kf.coverageEnd': { zh: '期末物业覆盖率', en: 'Coverage at the end' },
	// The sentences' joints: how clauses, lists and asides are put together in each language.
	'brief.numWords': {
		zh: '零,一,两,三,四,五,六,七,八,九,十',
		en: 'zero,one,two,three,four,five,six,seven,eight,nine,ten'
	},
	'brief.kindsAnd': { zh: '、', en: ' and ' },
	'brief.missedSep': { zh: '，', en: '; ' },
	'brief.headline': { zh: '{who}{spend}，{met}；{tail}。', en: '{who} {spend} and {met}; {tail}.' },
	'brief.withHow': { zh: '{x}（{how}）', en: '{x} ({how})' },
	'brief.yearOne': { zh: '第{list}年', en: 'year {list}' },
	'brief.yearMany': { zh: '第{list}年', en: 'years {list}' }
} satisfies Record<string, Msg>;
