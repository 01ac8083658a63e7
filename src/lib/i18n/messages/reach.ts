/** Reachability of a missed target (keys `reach.*`): what money can reach, what binds, what would do it. */
import type { Msg } from '../types';

export const reach = {
	'reach.unreachable': {
		zh: '{target}（{tv}）资金无法达成：即使各类物业每月资金充足率都不低于 1，也只能达到 {funded}，规划自身的手段（补贴、减免补偿、提档与覆盖进度、业委会与达标计划）在有效范围内都达不到；{binding}。{changes}',
		en: 'Money cannot reach {target} ({tv}): even with every tier’s funding adequacy at least 1 in every month it reaches only {funded}, and none of the plan’s own levers (subsidies, waiver compensation, the pace of upgrades and cover, committees and standard planned) reaches it within its valid range; {binding}. {changes}'
	},
	'reach.reachable': {
		zh: '{target}（{tv}）未达成（{value}），资金充足时可达 {funded}。{changes}',
		en: '{target} ({tv}) is missed ({value}); fully funded it reaches {funded}. {changes}'
	},
	'reach.binding': {
		zh: '它取决于假设{list}（假设，非规划数字）',
		en: 'it rests on the assumptions {list} (assumption, not the plan’s figures)'
	},
	'reach.noBinding': {
		zh: '没有哪项假设单独限制它',
		en: 'no single assumption caps it'
	},
	'reach.quoted': { zh: '“{label}”', en: '“{label}”' },
	'reach.changes': {
		zh: '单独一项改动即可达成：{list}。',
		en: 'A single change that alone would meet it: {list}.'
	},
	'reach.none': {
		zh: '在有效范围内，没有任何单项改动能单独达成。',
		en: 'No single change within the valid ranges meets it alone (none in range).'
	},
	'reach.or': { zh: '，或', en: ', or ' },
	'reach.and': { zh: '、', en: ', ' },
	'reach.tagAssumption': { zh: '（假设）', en: ' (assumption)' },
	'reach.brief': {
		zh: '{target}（{tv}）资金无法达成：足额保障也只到 {funded}；它取决于假设{list}（假设）。',
		en: 'Money cannot reach {target} ({tv}): fully funded it reaches only {funded}; it rests on the assumptions {list} (assumption).'
	},
	'reach.mark': { zh: '资金不可达', en: 'money cannot reach' },
	'reach.title': { zh: '资金无法达成的目标', en: 'Targets money cannot reach' },
	'reach.source': {
		zh: '依据：模型说明第十三节“资金能达到什么”；所列假设均为示意性假设，不是规划的数字。',
		en: 'Source: the model documentation, § 13 “What money can reach”; the assumptions named are illustrative, not the plan’s figures.'
	}
} satisfies Record<string, Msg>;
