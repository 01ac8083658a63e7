/** The Uncertainty screen's words (keys `mc.*`). */
import type { Msg } from '../types';

export const mc = {
	'mc.title': { zh: '不确定性分析（蒙特卡洛）', en: 'Uncertainty (Monte Carlo)' },
	'mc.intro': {
		zh: '按工作台上为参数设定的不确定范围反复抽样测算，给出各项结果的分位数、达成每项目标的概率、敏感性（龙卷风图）和单变量求解。',
		en: 'Runs the projection many times, drawing each parameter that carries a range on the workbench, and shows percentiles of every result, the probability of meeting each target, a tornado chart and goal seek.'
	},
	'mc.assumed': {
		zh: '以下数字均由规划编制人员设定的不确定范围推算得出：范围是假设，不是规划的数字。',
		en: "Every figure below follows from the ranges the planner set: the ranges are assumptions, and these figures are not the plan's."
	},
	'mc.assumedTag': { zh: '假设推算', en: 'from assumed ranges' },
	'mc.iterations': { zh: '迭代次数', en: 'Iterations' },
	'mc.seed': { zh: '随机种子', en: 'Seed' },
	'mc.lhs': { zh: '拉丁超立方抽样', en: 'Latin hypercube' },
	'mc.run': { zh: '运行', en: 'Run' },
	'mc.cancel': { zh: '取消', en: 'Cancel' },
	'mc.preparing': { zh: '正在准备情景…', en: 'Preparing the scenario…' },
	'mc.running': { zh: '正在运行：{done} / {total} 次', en: 'Running: {done} of {total} iterations' },
	'mc.cancelled': {
		zh: '已取消：运行在完成 {done} / {total} 次时停止。',
		en: 'Cancelled: the run stopped at {done} of {total} iterations.'
	},
	'mc.previous': { zh: '下方为上一次完整运行的结果。', en: 'The results below are from the previous complete run.' },
	'mc.failed': { zh: '运行失败：', en: 'The run failed: ' },
	'mc.fixCells': { zh: '以下单元格有误，请先在工作台修正：', en: 'Fix these cells on the workbench first:' },
	'mc.fixRanges': { zh: '以下不确定范围有误，请先在工作台修正：', en: 'Fix these ranges on the workbench first:' },
	'mc.noRanges': {
		zh: '还没有参数设定不确定范围。请在工作台为参数添加范围：选中一个单元格，在表格下方选择分布并填写上下限。',
		en: 'No parameter has a range yet. Add a range to a parameter on the workbench: select a cell, choose a distribution below the grid.'
	},
	'mc.staleRun': {
		zh: '情景在此次运行后已修改，以下结果对应修改前的情景。请重新运行。',
		en: 'The scenario has changed since this run; the results below are for the scenario as it was. Run again.'
	},
	'mc.wanSuffix': { zh: '（万元）', en: ' (万元)' },
	'mc.fanOutlay': { zh: '月度财政支出（万元/月）', en: 'Monthly district outlay (万元/month)' },
	'mc.fanCumulative': { zh: '累计财政支出（万元）', en: 'Cumulative district outlay (万元)' },
	'mc.fanSatisfaction': { zh: '居民满意度（按月）', en: 'Resident satisfaction by month' },
	'mc.band90': { zh: 'P5–P95', en: 'P5–P95' },
	'mc.band50': { zh: 'P25–P75', en: 'P25–P75' },
	'mc.median': { zh: '中位数 P50', en: 'Median P50' },
	'mc.deterministic': { zh: '确定性测算', en: 'Deterministic' },
	'mc.target': { zh: '目标', en: 'Target' },
	'mc.yearTable': { zh: '第{n}年（{from} – {to}）分位数', en: 'Year {n} ({from} – {to}) percentiles' },
	'mc.totalsTable': { zh: '全期合计（{years}年）分位数', en: 'Totals over {years} years, percentiles' },
	'mc.output': { zh: '结果', en: 'Output' },
	'mc.seP50': { zh: 'P50 标准误', en: 'SE of P50' },
	'mc.probTitle': { zh: '达成目标的概率', en: 'Probability of meeting each target' },
	'mc.probNote': {
		zh: '± 为标准误（百分点）；“—”表示该年无此目标。',
		en: '± is the standard error (percentage points); “—” means no target that year.'
	},
	'mc.convergence': { zh: '收敛情况', en: 'Convergence' },
	'mc.convRuns': { zh: '{runs} 次迭代，种子 {seed}{lhs}，用时 {ms}', en: '{runs} iterations, seed {seed}{lhs}, {ms}' },
	'mc.convOutlay': { zh: '全期财政支出 P50 的标准误：{se}', en: 'Standard error of the total outlay P50: {se}' },
	'mc.convProb': {
		zh: '概率的最大标准误：{se}（约 ±{ci} 的 95% 区间）',
		en: 'Largest standard error of a probability: {se} (a 95 % interval of about ±{ci})'
	},
	'mc.convMore': {
		zh: '标准误随迭代次数的平方根减小：迭代次数增至 4 倍，标准误减半。',
		en: 'Standard errors shrink with the square root of the iterations: four times the runs halve them.'
	},
	'mc.uncertainList': { zh: '抽样的参数', en: 'Parameters drawn' },
	'mc.propagated': { zh: '随之变动的公式', en: 'Formulas that moved with them' },
	'mc.formulaErrors': {
		zh: '{n} 次迭代中有公式出错（如 ÷0），该公式保留了确定值。',
		en: 'In {n} iterations a formula errored (e.g. ÷0) and kept its deterministic value.'
	},
	'mc.tornado': { zh: '敏感性：龙卷风图', en: 'Sensitivity: tornado chart' },
	'mc.tornadoNote': {
		zh: '每个有范围的参数分别从下限取到上限（正态分布取 P5 到 P95），其余单元格保持原值：条形显示影响幅度，不代表可能性。',
		en: 'Each parameter with a range swings from its low to its high (P5 to P95 for a normal), every other cell at its value: a bar shows reach, not odds.'
	},
	'mc.compute': { zh: '计算', en: 'Compute' },
	'mc.atLow': { zh: '取下限', en: 'at low' },
	'mc.atHigh': { zh: '取上限', en: 'at high' },
	'mc.swing': { zh: '幅度', en: 'Swing' },
	'mc.base': { zh: '基准', en: 'Base' },
	'mc.parameter': { zh: '参数', en: 'Parameter' },
	'mc.goalSeek': { zh: '单变量求解', en: 'Goal seek' },
	'mc.seekValue': { zh: '使某项结果等于目标值', en: 'Make an output equal a number' },
	'mc.seekProb': { zh: '使达成目标的概率不低于给定值', en: 'Reach a probability of meeting a target' },
	'mc.cell': { zh: '单元格', en: 'Cell' },
	'mc.equals': { zh: '等于', en: 'equals' },
	'mc.low': { zh: '搜索下限', en: 'Search from' },
	'mc.high': { zh: '搜索上限', en: 'to' },
	'mc.optional': { zh: '（可选）', en: '(optional)' },
	'mc.solve': { zh: '求解', en: 'Solve' },
	'mc.solving': { zh: '求解中…', en: 'Solving…' },
	'mc.found': { zh: '找到', en: 'Found' },
	'mc.achieves': { zh: '此时 {what} = {v}', en: 'then {what} = {v}' },
	'mc.overridesFormula': {
		zh: '该单元格原为公式，写入后将被此数值替换。',
		en: 'This cell holds a formula; putting the value in replaces it.'
	},
	'mc.putIn': { zh: '写入工作台', en: 'Put it in the workbench' },
	'mc.seekCancelled': { zh: '已取消。', en: 'Cancelled.' },
	'mc.noSolution': { zh: '在给定范围内没有可行的取值：', en: 'No value in range works: ' },
	'mc.probability': { zh: '概率不低于', en: 'probability at least' },
	'mc.targetOf': { zh: '目标', en: 'target' },
	'mc.inYear': { zh: '年份', en: 'year' },
	'mc.lowest': { zh: '最低取值', en: 'lowest value' },
	'mc.highest': { zh: '最高取值', en: 'highest value' },
	'mc.probFound': {
		zh: '概率 {p} ± {se}（{runs} 次迭代，种子 {seed}，共试算 {trials} 次）',
		en: 'probability {p} ± {se} ({runs} iterations, seed {seed}, {trials} trials)'
	},
	'mc.runsEach': { zh: '每次试算迭代次数', en: 'Iterations per trial' },
	'mc.metricKind': { zh: '结果类型', en: 'Kind of output' },
	'mc.totalOutlay': { zh: '全期财政支出', en: 'Total outlay over the horizon' },
	'mc.totalSubsidy': { zh: '全期补贴', en: 'Total subsidy over the horizon' },
	'mc.yearOutput': { zh: '某年结果', en: 'A yearly output' },
	'mc.margin': { zh: '某类企业收支差（收入−成本）', en: "A tier's firms' margin (income − cost)" },
	'mc.noScenario': { zh: '情景尚未载入。', en: 'No scenario is open yet.' },
	'mc.points': { zh: '{x} 个百分点', en: '{x} points' },
	'mc.tierPick': { zh: '物业类型', en: 'Tier' },
	'mc.yearPick': { zh: '第{y}年', en: 'year {y}' },
	'mc.yearHead': { zh: '第{y}年', en: 'Year {y}' },
	'mc.blockedBrief': {
		zh: '请先处理页面上方列出的问题。',
		en: 'Deal with what is listed at the top of the page first.'
	},
	'mc.answer': {
		zh: '按所设范围，{calendar} 年{what}目标达成的可能性约为 {p}；{driver}',
		en: 'Under the ranges set, the {calendar} {what} target is met with a chance of about {p}; {driver}'
	},
	'mc.answerDriver': {
		zh: '影响最大的是{label}（占其波动的 {share}）。',
		en: 'the assumption that matters most is {label} ({share} of its variation).'
	},
	'mc.answerNoDriver': { zh: '所设范围不影响这一指标。', en: 'the ranges set do not move it.' },
	// A run's settings refused before it starts (the model's checkRuns / checkSeed, said on the screen).
	'mc.runsBad': {
		zh: '迭代次数 {runs} 应为 1 至 {max} 之间的整数',
		en: 'Iterations: {runs} is not a whole number between 1 and {max}'
	},
	'mc.seedBad': { zh: '随机种子 {seed} 应为不小于 0 的整数', en: 'Seed: {seed} is not a whole number of 0 or more' }
} satisfies Record<string, Msg>;
