/** The optimiser's confirmation (keys `confirm.*`): a plan is feasible only when a fresh seed confirms it. */
import type { Msg } from '../types';

export const confirm = {
	'confirm.confirmed': {
		zh: '找到满足约束的最省方案，并已用新种子确认：{objective}（{name}）。',
		en: 'Cheapest plan found and confirmed on a fresh seed: {objective} ({name}).'
	},
	'confirm.notConfirmed': {
		zh: '未能确认：{rounds} 轮搜索找到的方案在新种子重估中均未满足全部约束。以下为最接近的方案（{objective}）及其数字，它不是可行方案。',
		en: 'Not confirmed: in {rounds} searches, no plan met every constraint when re-estimated on a fresh seed. Below, the closest plan ({objective}) and its figures; it is not a feasible plan.'
	},
	'confirm.method': {
		zh: '方法：搜索在种子 {seed} 的 {runs} 次抽样上比较候选方案；选中的方案再用新种子 {checkSeed} 的 {runs} 次抽样重估每个概率（“±”为一个标准误）。只有重估满足全部约束，方案才算可行。',
		en: 'Method: the search compares candidates on {runs} runs of seed {seed}; the plan it picks is re-estimated on {runs} runs of a fresh seed {checkSeed} (“±” is one standard error). A plan is feasible only when that re-estimate meets every constraint.'
	},
	'confirm.rounds': {
		zh: '第一轮方案的重估未满足约束，于是把要求的概率依次提高 {margins}（各为标准误的整数倍）重新搜索，每轮用新种子核验：{results}。',
		en: 'The first plan failed its re-estimate, so the required probabilities were raised by {margins} (whole standard errors) and the search run again, each round checked on a new seed: {results}.'
	},
	'confirm.checkFig': { zh: '{name} {value}（要求 ≥ {level}）', en: '{name} {value} (required ≥ {level})' },
	'confirm.sep': { zh: '；', en: '; ' },
	'confirm.list': { zh: '、', en: ', ' },
	'confirm.held': { zh: '通过', en: 'held' },
	'confirm.failed': { zh: '未通过', en: 'failed' },
	'confirm.savedNote': {
		zh: '按设定的不确定范围优化（{date}）：{cells}。已用新种子 {checkSeed} 的 {runs} 次抽样确认：{checks}。数字由假设的范围推算得出，不是规划的数字。',
		en: 'Optimised under the assumed ranges ({date}): {cells}. Confirmed on {runs} runs of a fresh seed {checkSeed}: {checks}. The figures follow from assumed ranges, not from the plan.'
	}
} satisfies Record<string, Msg>;
