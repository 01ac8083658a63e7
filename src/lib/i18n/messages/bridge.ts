/** The bridge's words (keys `bridge.*`): the waterfall and its table on Compare, the brief's sentence. */
import type { Msg } from '../types';

export const bridge = {
	'bridge.title': { zh: '差异分解：差额从哪里来', en: 'Bridge: where the difference comes from' },
	'bridge.output': { zh: '结果', en: 'Output' },
	'bridge.scenario': { zh: '方案', en: 'Scenario' },
	'bridge.base': { zh: '基准 {l}', en: 'Baseline {l}' },
	'bridge.alt': { zh: '方案 {l}', en: 'Scenario {l}' },
	'bridge.colParam': { zh: '改动的参数', en: 'Changed parameter' },
	'bridge.colChange': { zh: '由 → 改为', en: 'From → to' },
	'bridge.colPart': { zh: '分项（{unit}）', en: 'Part ({unit})' },
	'bridge.colShare': { zh: '占差额', en: 'Share' },
	'bridge.colDetail': { zh: '其中', en: 'Of which' },
	'bridge.own': { zh: '单独作用 {x}', en: 'alone {x}' },
	'bridge.with': { zh: '与{other}的交互 {x}', en: 'interaction with {other} {x}' },
	'bridge.higher': { zh: '三项及以上的共同作用 {x}', en: 'three or more together {x}' },
	'bridge.total': { zh: '差额合计', en: 'Difference' },
	'bridge.none': {
		zh: '两个方案参与测算的参数相同，这项结果没有差额可以分解。',
		en: 'The two scenarios have the same projected parameters: there is no difference to split.'
	},
	'bridge.grouped': {
		zh: '改动超过 12 项，按参数分组（起始状态、物业费、补贴……）精确分解到组。',
		en: 'More than 12 parameters changed: the split is exact by section (start state, fees, subsidies, …).'
	},
	'bridge.method': {
		zh: '方法：Shapley 值——每项改动按所有先后次序加入时带来变化的平均值，各项之和恰好等于差额；交互是两项一起作用减去各自单独作用，两项各计一半。',
		en: 'Method: Shapley values — each change’s average step over every order of applying the changes; the parts add up to the difference exactly. An interaction is two changes’ joint effect minus their own effects, half to each.'
	},
	'bridge.axis': { zh: '纵轴不从零开始。', en: 'The axis does not start at zero.' },
	'bridge.chartTitle': { zh: '{what}（{unit}）', en: '{what} ({unit})' },
	'bridge.everyYear': { zh: '各年', en: 'every year' },
	'bridge.years': { zh: '{when}：{from} → {to}', en: '{when}: {from} → {to}' },
	'bridge.target': {
		zh: '{what}目标 {target}：基准 {base}（{bm}），方案 {alt}（{am}）。',
		en: 'Target for {what}, {target}: baseline {base} ({bm}), scenario {alt} ({am}).'
	},
	'bridge.met': { zh: '达标', en: 'met' },
	'bridge.missed': { zh: '未达标，差 {gap} 个百分点', en: 'missed by {gap} percentage points' },
	'bridge.pp': { zh: '个百分点', en: 'percentage points' },
	'bridge.pick': { zh: '选择', en: 'Choose' },
	// The brief: one sentence per alternative, its two or three largest parts.
	'bridge.briefMore': { zh: '多支出的 {x}中，{parts}。', en: 'Of the {x} more, {parts}.' },
	'bridge.briefLess': { zh: '少支出的 {x}中，{parts}。', en: 'Of the {x} less, {parts}.' },
	'bridge.briefPart': { zh: '{what}占 {x}', en: '{x} comes from {what}' },
	'bridge.briefPartNeg': { zh: '{what}抵减 {x}', en: '{what} offsets {x}' },
	'bridge.briefRest': { zh: '其余 {n} 项合计 {x}', en: 'the other {n} changes {x}' },
	'bridge.briefRefused': { zh: '不作差异分解：{why}。', en: 'No bridge: {why}.' },
	// The review: the re-forecast's change by restart field (PEFA's reconciliation).
	'bridge.rfTitle': {
		zh: '实际数改变了什么（差异分解，单位：个百分点）',
		en: 'What the actuals changed (bridge, in percentage points)'
	},
	'bridge.rfField': { zh: '重新预测的起点', en: 'Restart state' },
	'bridge.rfChange': { zh: '模型 → 实际', en: 'Model → actual' },
	'bridge.rfNone': {
		zh: '实际数与模型的年末状态相同，重新预测没有变化可分解。',
		en: 'The actuals equal the model’s year-end state: the re-forecast changes nothing to split.'
	}
} satisfies Record<string, Msg>;
