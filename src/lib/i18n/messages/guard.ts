/** The guard rails' words (issue 21 item 3): a value far outside its plausible band, an outlay moved by a factor. */
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
	'guard.kept': { zh: '数值已保留。', en: 'The value is kept.' },
	'guard.undo': { zh: '撤销这次修改', en: 'Undo this edit' },
	'guard.dismiss': { zh: '数值无误', en: 'The value is right' }
} satisfies Record<string, Msg>;
