/** The Uncertainty tab's inputs and the sensitivity over time (keys `mcin.*`): correlations, the years rule. */
import type { Msg } from '../types';

export const mcin = {
	'mcin.corrTitle': {
		zh: '参数之间的相关（秩相关系数 ρ）',
		en: 'Correlations between parameters (rank correlation ρ)'
	},
	'mcin.corrNote': {
		zh: '一起变动的假设（如各类小区的收缴率）应设相关：独立抽样会低估波动、高估达标概率。填 −1 到 1；空格表示 0（不相关）；改 (甲, 乙) 同时改 (乙, 甲)。按秩重新配对各参数的抽样（方法见「模型说明」），各参数自身的分布不变。',
		en: 'Assumptions that move together (collection in two tiers, say) should be correlated: independent draws understate the spread and overstate the chance of meeting a target. Enter −1 to 1; an empty cell means 0; editing (a, b) sets (b, a). Draws are re-paired by Iman–Conover, so each parameter keeps its own distribution.'
	},
	'mcin.corrNeedTwo': {
		zh: '至少两个参数设定了范围才能设相关。',
		en: 'Correlations need at least two parameters with ranges.'
	},
	'mcin.corrCell': { zh: '{a} 与 {b} 的相关系数', en: 'Correlation of {a} with {b}' },
	'mcin.corrBad': {
		zh: '{a} 与 {b}：“{text}”不是 −1 到 1 之间的数，未修改。',
		en: '{a} and {b}: "{text}" is not a number from −1 to 1; nothing changed.'
	},
	'mcin.corrNoRange': { zh: '（无范围）', en: '(no range)' },
	'mcin.corrUnsaved': {
		zh: '这组相关系数无效，尚未保存（已保存的仍是上一组有效的相关系数）：',
		en: 'This set of correlations is not valid and is not saved (the last valid set stays saved):'
	},
	'mcin.corrInvalidSaved': {
		zh: '已保存的相关系数有误，运行前请修正：',
		en: 'The saved correlations have problems; fix them before running:'
	},
	'mcin.corrNearest': { zh: '使用最接近的有效矩阵', en: 'Use the nearest valid matrix' },
	'mcin.corrDiscard': { zh: '放弃未保存的修改', en: 'Discard the unsaved change' },
	'mcin.corrDropNoRange': {
		zh: '删除无范围参数的相关系数',
		en: 'Remove the correlations of parameters without a range'
	},
	'mcin.corrLegend': {
		zh: '颜色：蓝色为负相关，红色为正相关，越深越强。',
		en: 'Colour: blue negative, red positive, darker is stronger.'
	},
	'mcin.achievedTitle': { zh: '抽样实际达到的秩相关', en: 'Rank correlation the draws achieved' },
	'mcin.achievedHead': { zh: '参数对', en: 'Pair' },
	'mcin.target': { zh: '设定 ρ', en: 'Target ρ' },
	'mcin.achieved': { zh: '实际 ρ', en: 'Achieved ρ' },
	'mcin.yearsTitle': { zh: '范围如何用于各年', en: 'How a range applies across years' },
	'mcin.yearsSame': { zh: '同一抽样用于各年', en: 'One draw for all years' },
	'mcin.yearsIndependent': { zh: '各年独立', en: 'Independent each year' },
	'mcin.yearsRho': { zh: '年际相关 ρ', en: 'Year-to-year correlation ρ' },
	'mcin.yearsRhoInput': { zh: '年际相关系数 ρ', en: 'Year-to-year correlation ρ' },
	'mcin.yearsMixed': {
		zh: '各参数的规则不同（见下）；选择一项即统一用于所有范围。',
		en: 'The parameters follow different rules (below); choosing one applies it to every range.'
	},
	'mcin.yearsBadRho': {
		zh: '“{text}”不是 −1 到 1 之间的数，未修改。',
		en: '"{text}" is not a number from −1 to 1; nothing changed.'
	},
	'mcin.ruleSame': {
		zh: '每个范围每次测算只抽一次，各年都用同一分位：收缴率在下限一端时，各年都在下限一端。',
		en: 'Each range is drawn once per iteration and every year uses the same quantile: when collection is near its low end, it is near its low end every year.'
	},
	'mcin.ruleIndependent': {
		zh: '每个范围每年各抽一次，各年互不相关：一年偏低，下一年可能偏高，三年合计的波动比“同一抽样”小。',
		en: 'Each range is drawn afresh every year, independently: a low year may be followed by a high one, so a sum over the years varies less than with one draw.'
	},
	'mcin.ruleRho': {
		zh: '每个范围每年各抽一次，相邻两年的秩相关为 {rho}，相隔两年为 {rho2}。',
		en: 'Each range is drawn every year, with rank correlation {rho} between consecutive years and {rho2} two years apart.'
	},
	'mcin.ruleFlat': {
		zh: '{label}：{dist}只有一对上下限，{how}（会替代情景中逐年 {path} 的路径）。',
		en: '{label}: the {dist} has one pair of bounds, so {how} (replacing the scenario’s yearly path {path}).'
	},
	'mcin.uniform': { zh: '均匀分布', en: 'uniform distribution' },
	'mcin.flatSame': { zh: '三年都用同一个值', en: 'every year takes the same value' },
	'mcin.flatEach': { zh: '各年在同一对上下限之间取值', en: 'each year draws between the same bounds' },
	'mcin.ruleOf': { zh: '{label}：{rule}', en: '{label}: {rule}' },
	'mcin.sensTitle': { zh: '各年的敏感性：方差贡献', en: 'Sensitivity over time: share of variance' },
	'mcin.sensOutput': { zh: '结果', en: 'Output' },
	'mcin.sensMethod': {
		zh: '方法：各参数抽样与该年结果的 Spearman 秩相关系数的平方，归一化为合计 100%（相关的参数会分得彼此的份额）。',
		en: 'Method: the squared Spearman rank correlation of each parameter’s draws with the year’s output, normalised to add to 100 % (correlated parameters share each other’s part).'
	},
	'mcin.sensFlat': { zh: '{year}：该结果不随范围变动。', en: '{year}: this output does not vary with the ranges.' },
	'mcin.sensYear': { zh: '第{n}年', en: 'Year {n}' },
	'mcin.sensAxis': { zh: '方差贡献', en: 'Share of variance' }
} satisfies Record<string, Msg>;
