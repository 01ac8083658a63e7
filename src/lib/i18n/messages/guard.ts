/** The guard rails' words: a value far outside its plausible band, an outlay moved by a factor. */
import type { Msg } from '../types';

export const guard = {
	'guard.outside': {
		zh: '{label}为 {value}，超出合理范围 0–{hi}（规划及本情景同类数值最大者的 {factor} 倍；见模型说明“合理范围”）',
		en: '{label} = {value}, outside the plausible band 0–{hi} ({factor}× the largest of the plan’s and this scenario’s values for it; model documentation, “Guard rails”)'
	},
	'guard.up': {
		zh: '{span}支出将变为原来的 {ratio} 倍（{before} → {after} 万元）',
		en: 'the {span} outlay becomes {ratio} times what it was ({before} → {after} 万元)'
	},
	'guard.down': {
		zh: '{span}支出将降为原来的 {share}（{before} → {after} 万元）',
		en: 'the {span} outlay falls to {share} of what it was ({before} → {after} 万元)'
	},
	'guard.span3': { zh: '三年', en: 'three-year' },
	'guard.spanN': { zh: '{n} 年', en: '{n}-year' },
	'guard.sep': { zh: '；', en: '; ' },
	'guard.sentence': { zh: '{text}。', en: '{text}.' },
	'guard.then': { zh: '{a}{b}', en: '{a} {b}' },
	'guard.kept': { zh: '数值已保留。', en: 'The value is kept.' },
	'guard.undo': { zh: '撤销这次修改', en: 'Undo this edit' },
	'guard.dismiss': { zh: '数值无误', en: 'The value is right' },
	'guard.registerAsk': {
		zh: '该登记册将使起始状态变化 {pct}：小区 {cBefore} → {cAfter} 个，面积 {aBefore} → {aAfter} 万 m²。',
		en: 'This register moves the start state by {pct}: compounds {cBefore} → {cAfter}, area {aBefore} → {aAfter} 万 m².'
	},
	'guard.registerOutlay': {
		zh: '{span}支出 {before} → {after} 万元。',
		en: 'The {span} outlay goes {before} → {after} 万元.'
	},
	'guard.registerQuestion': { zh: '仍要应用吗？', en: 'Apply it anyway?' },
	'guard.applyAnyway': { zh: '仍然应用', en: 'Apply anyway' },
	'guard.keepCurrent': { zh: '不应用，保留现有数值', en: 'Don’t apply; keep the current figures' },
	'guard.sampleAsk': {
		zh: '生成示例登记册将替换已导入的登记册「{file}」（{n} 个小区）；示例是随机生成的，不是真实数据。仍要生成吗？',
		en: 'A sample register would replace the imported register “{file}” ({n} compounds); the sample is synthetic, not real data. Generate it anyway?'
	},
	'guard.sampleAnyway': { zh: '仍然生成示例', en: 'Generate the sample anyway' },
	'guard.sampleKeep': { zh: '保留已导入的登记册', en: 'Keep the imported register' }
} satisfies Record<string, Msg>;
