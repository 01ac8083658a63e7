/** The Decide tab's words (keys `decide.*`): why a target fails, and the cheapest plan that meets the targets. */
import type { Msg } from '../types';

export const decide = {
	'decide.tab': { zh: '决策', en: 'Decide' },
	'decide.title': { zh: '决策分析', en: 'Decide' },
	'decide.assumed': {
		zh: '本页所有数字均由规划编制人员为参数设定的不确定范围推算得出：范围是假设，结论随范围而变，不是规划的数字。',
		en: "Every figure on this page follows from the ranges the planner set for the parameters: the ranges are assumptions, the findings move with them, and they are not the plan's figures."
	},
	'decide.explainTitle': { zh: '目标为何未达成（情景发现）', en: 'Why a target fails (scenario discovery)' },
	'decide.explainIntro': {
		zh: '按设定的范围抽样运行，找出未达成集中出现的少数条件（PRIM 剥离法）：每个条件框给出覆盖率（全部未达成中落在框内的比例）和密度（框内运行中未达成的比例）。',
		en: 'Runs the projection under the ranges and finds the few conditions under which the misses concentrate (PRIM peeling): each box with its coverage (share of all misses inside) and density (share of the runs inside that miss).'
	},
	'decide.output': { zh: '输出', en: 'Output' },
	'decide.outputHint': {
		zh: '目标如 y3.target.satisfaction，或阈值如 total.outlay>3600',
		en: 'a target such as y3.target.satisfaction, or a threshold such as total.outlay>3600'
	},
	'decide.runs': { zh: '运行次数', en: 'Runs' },
	'decide.seed': { zh: '随机种子', en: 'Seed' },
	'decide.explain': { zh: '分析原因', en: 'Explain' },
	'decide.cancel': { zh: '取消', en: 'Cancel' },
	'decide.running': { zh: '正在计算…', en: 'Working…' },
	'decide.progress': { zh: '进度', en: 'Progress' },
	'decide.cancelled': { zh: '已取消。', en: 'Cancelled.' },
	'decide.noRanges': {
		zh: '还没有参数设定不确定范围：请先在工作台上为参数设定范围。',
		en: 'No parameter carries a range yet: set ranges on the workbench first.'
	},
	'decide.missRate': {
		zh: '在 {runs} 次运行中，{output}{event}的比例为 {rate}。',
		en: 'Over {runs} runs, {output} {event} in {rate} of them.'
	},
	'decide.eventMissed': { zh: '未达成', en: 'is missed' },
	'decide.eventTrue': { zh: '出现', en: 'happens' },
	'decide.box': {
		zh: '{conds}时，{output}有 {density} 的情况{event}；这类情况占全部{event}情况的 {coverage}。',
		en: 'When {conds}, {output} {event} in {density} of runs; these runs hold {coverage} of all such runs.'
	},
	'decide.and': { zh: '且', en: ' and ' },
	'decide.below': { zh: '低于', en: 'below' },
	'decide.above': { zh: '高于', en: 'above' },
	'decide.noBox': {
		zh: '未找到集中的条件：未达成分散在各参数的范围内，没有少数条件能解释它们。',
		en: 'No concentration found: the misses are spread over the ranges, and no few conditions explain them.'
	},
	'decide.never': {
		zh: '所有运行中都没有{event}，无需解释。',
		en: 'It never {event} in these runs: nothing to explain.'
	},
	'decide.always': {
		zh: '所有运行中都{event}：在设定的范围内没有例外，无从区分条件。',
		en: 'It {event} in every run: within the ranges there is no exception to tell conditions apart.'
	},
	'decide.chart': {
		zh: '各次运行（红：{event}；蓝：其余）与第一个条件框',
		en: 'The runs (red: {event}; blue: the rest) and the first box'
	},
	'decide.missedRuns': { zh: '{event}', en: '{event}' },
	'decide.otherRuns': { zh: '其余运行', en: 'other runs' },
	'decide.boxLabel': { zh: '条件框', en: 'box' },
	'decide.coverage': { zh: '覆盖率', en: 'Coverage' },
	'decide.density': { zh: '密度', en: 'Density' },
	'decide.optTitle': {
		zh: '满足目标的最省方案（优化）',
		en: 'The cheapest plan that meets the targets (optimisation)'
	},
	'decide.optIntro': {
		zh: '选定决策单元格及其取值范围和步长，使目标函数（确定性测算）最小，同时满足目标约束；概率约束在设定范围下用同一组随机抽样比较各候选方案（公共随机数），结果再用新的随机种子重新估计。',
		en: 'Choose decision cells with their range and step; the search minimises the objective (the deterministic projection) subject to the constraints. Probabilities are compared on the same draws for every candidate (common random numbers), then re-estimated on a fresh seed.'
	},
	'decide.cell': { zh: '单元格', en: 'Cell' },
	'decide.min': { zh: '下限', en: 'Min' },
	'decide.max': { zh: '上限', en: 'Max' },
	'decide.step': { zh: '步长', en: 'Step' },
	'decide.addCell': { zh: '添加决策单元格', en: 'Add a decision cell' },
	'decide.remove': { zh: '删除', en: 'Remove' },
	'decide.minimize': { zh: '最小化', en: 'Minimise' },
	'decide.constraints': { zh: '约束', en: 'Constraints' },
	'decide.addConstraint': { zh: '添加约束', en: 'Add a constraint' },
	'decide.met': { zh: '确定性测算中达成', en: 'met in the projection' },
	'decide.probability': { zh: '达成概率至少', en: 'met with probability at least' },
	'decide.taper': {
		zh: '补贴逐年不增加（规划的退坡）',
		en: 'Subsidy never rises from year to year (the plan’s taper)'
	},
	'decide.optimize': { zh: '求最省方案', en: 'Optimise' },
	'decide.infeasible': {
		zh: '在给定范围内没有可行方案。以下为最接近的方案及其达到的最高概率。',
		en: 'No feasible plan within the bounds. Below, the closest plan and the best probability it reaches.'
	},
	'decide.value': { zh: '取值', en: 'Value' },
	'decide.was': { zh: '原值', en: 'Was' },
	'decide.constraint': { zh: '约束', en: 'Constraint' },
	'decide.required': { zh: '要求', en: 'Required' },
	'decide.fresh': { zh: '新种子重估（{seed}）', en: 'Fresh seed ({seed})' },
	'decide.inSample': { zh: '搜索所用种子（{seed}）', en: 'Search seed ({seed})' },
	'decide.check': { zh: '是否满足', en: 'Holds' },
	'decide.binding': { zh: '起约束作用', en: 'Binding' },
	'decide.yes': { zh: '是', en: 'yes' },
	'decide.no': { zh: '否', en: 'no' },
	'decide.stats': {
		zh: '测算候选方案 {evaluations} 个，其中 {simulations} 个做了 {runs} 次抽样；用时 {seconds} 秒。',
		en: '{evaluations} candidate plans projected, {simulations} of them through {runs} runs; {seconds} s.'
	},
	'decide.save': { zh: '另存为新情景', en: 'Save as a new scenario' },
	'decide.saved': {
		zh: '已另存为“{name}”，可在方案比较与简报中使用。',
		en: 'Saved as “{name}”; compare and the brief show it like any other.'
	},
	'decide.savedName': { zh: '{name} · 优化方案', en: '{name} · optimised' },
	'decide.metDet': { zh: '达成', en: 'met' },
	'decide.missedDet': { zh: '未达成', en: 'missed' }
} satisfies Record<string, Msg>;
