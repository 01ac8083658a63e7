/**
 * The Uncertainty tab in plain words (keys `mcplain.*`): the glossary of its statistical terms,
 * one line each (also the hover text of the headings that use them), and the line that folds the outputs that
 * do not vary.
 */
import type { Msg } from '../types';

export const mcplain = {
	'mcplain.glossary': { zh: '术语说明', en: 'What these terms mean' },
	'mcplain.monteCarlo': { zh: '蒙特卡洛', en: 'Monte Carlo' },
	'mcplain.monteCarloLine': {
		zh: '按所设范围随机抽取各参数的值，把整套测算重复成千上万次，看结果会落在哪里。',
		en: 'The whole projection is run thousands of times, each time with values drawn at random inside the ranges set, to see where the results fall.'
	},
	'mcplain.iterations': { zh: '迭代次数', en: 'Iterations' },
	'mcplain.iterationsLine': {
		zh: '重复测算的次数：次数越多，数字越精确，也越慢。',
		en: 'How many times the projection is run: more runs give more precise figures, and take longer.'
	},
	'mcplain.seed': { zh: '随机种子', en: 'Seed' },
	'mcplain.seedLine': {
		zh: '抽样的起点编号：同一种子、同样设置，结果完全相同；换一个种子，结果略有不同。',
		en: 'Where the random draws start: the same seed and settings give exactly the same figures; another seed gives slightly different ones.'
	},
	'mcplain.pct': { zh: 'P5 / P50 / P95（分位数）', en: 'P5 / P50 / P95 (percentiles)' },
	'mcplain.pctLine': {
		zh: '把所有模拟结果从小到大排列：5 % 低于 P5，一半低于 P50（中位数），95 % 低于 P95。P5–P95 是中间九成的结果，P25–P75 是中间一半。',
		en: 'Sort all the simulated results: 5 % fall below P5, half below P50 (the median), 95 % below P95. P5–P95 holds the middle 90 % of the results, P25–P75 the middle half.'
	},
	'mcplain.deterministic': { zh: '确定性测算', en: 'Deterministic' },
	'mcplain.deterministicLine': {
		zh: '按工作台上的数值算一次、不抽样的结果，即工作台上显示的数字。',
		en: 'The projection run once on the workbench’s values, with no draws: the figures the workbench shows.'
	},
	'mcplain.probability': { zh: '达成目标的概率', en: 'Probability of meeting a target' },
	'mcplain.probabilityLine': {
		zh: '在所有模拟中，该年达到该目标的次数所占的比例。',
		en: 'The share of the iterations in which that year’s target is met.'
	},
	'mcplain.se': { zh: '标准误', en: 'Standard error' },
	'mcplain.seLine': {
		zh: '模拟次数有限带来的误差：换一个种子重跑，数字一般在 ±2 个标准误之内变动。它不是所设范围本身的不确定性。',
		en: 'The error that comes from running a limited number of iterations: rerun with another seed and a figure usually moves by less than 2 standard errors. It is not the uncertainty of the ranges themselves.'
	},
	'mcplain.convergence': { zh: '收敛情况', en: 'Convergence' },
	'mcplain.convergenceLine': {
		zh: '迭代次数是否已经够多、数字是否已经稳定：标准误越小，数字越稳定。',
		en: 'Whether there were enough iterations for the figures to settle: the smaller the standard errors, the steadier the figures.'
	},
	'mcplain.lhs': { zh: '拉丁超立方抽样', en: 'Latin hypercube' },
	'mcplain.lhsLine': {
		zh: '一种更均匀的抽样方式：把每个范围等分成许多段，每段都抽到；同样的迭代次数，数字更稳定。',
		en: 'A more even way of drawing: each range is cut into equal slices and every slice is drawn, so the same number of iterations gives steadier figures.'
	},
	'mcplain.uniform': { zh: '均匀分布', en: 'Uniform' },
	'mcplain.uniformLine': {
		zh: '下限到上限之间，每个值的可能性相同。',
		en: 'Every value from the low to the high is equally likely.'
	},
	'mcplain.triangular': { zh: '三角分布', en: 'Triangular' },
	'mcplain.triangularLine': {
		zh: '由下限、最可能值（单元格的值）和上限确定：越接近最可能值越常被抽到，向两端直线减少。',
		en: 'Set by a low, a most likely value (the cell’s value) and a high: values near the most likely one are drawn most often, fewer in straight lines towards the ends.'
	},
	'mcplain.pert': { zh: 'PERT 分布', en: 'PERT' },
	'mcplain.pertLine': {
		zh: '同样由下限、最可能值和上限确定，但比三角分布更集中在最可能值附近，两端更少。',
		en: 'Also set by a low, a most likely value and a high, but more concentrated near the most likely value than the triangular, with thinner ends.'
	},
	'mcplain.normal': { zh: '正态分布', en: 'Normal' },
	'mcplain.normalLine': {
		zh: '以单元格的值为中心的钟形分布：标准差越大越分散；超出上下限的抽样按上下限取值。',
		en: 'A bell curve centred on the cell’s value: the larger the standard deviation, the wider; a draw beyond the low or high takes that bound.'
	},
	'mcplain.rank': { zh: '秩相关 ρ（Spearman）', en: 'Rank correlation ρ (Spearman)' },
	'mcplain.rankLine': {
		zh: '两个量是否同高同低：1 为总是同向，−1 为总是反向，0 为互不相关；只看排序，不看数值大小。',
		en: 'Whether two quantities are high or low together: 1 always together, −1 always opposite, 0 unrelated; only their order counts, not their size.'
	},
	'mcplain.share': { zh: '方差贡献', en: 'Share of variance' },
	'mcplain.shareLine': {
		zh: '某项结果的波动中，大约有多大比例来自某一个参数。',
		en: 'Roughly what part of an output’s variation comes from one parameter.'
	},
	'mcplain.tornado': { zh: '龙卷风图', en: 'Tornado chart' },
	'mcplain.tornadoLine': {
		zh: '每次只让一个参数从下限变到上限、其余不变，看结果变化多少：条越长，影响越大。',
		en: 'One parameter at a time swings from its low to its high with the rest held: the longer the bar, the more it moves the output.'
	},
	'mcplain.steady': {
		zh: '{n} 项在模拟中不变（P5 至 P95 都相同）：',
		en: '{n} outputs do not vary across the iterations (P5 to P95 all equal):'
	},
	'mcplain.steadyShow': { zh: '显示这 {n} 行', en: 'Show these {n} rows' },
	'mcplain.steadyHide': { zh: '收起', en: 'Fold them' },
	'mcplain.listSep': { zh: '、', en: '; ' }
} satisfies Record<string, Msg>;
