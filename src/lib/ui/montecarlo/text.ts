/** The Uncertainty screen's words. Kept beside the screen (not in i18n/messages) so the screen is one folder. */
import type { Lang } from '../../i18n/messages';

export const T = {
	title: { zh: '不确定性分析（蒙特卡洛）', en: 'Uncertainty (Monte Carlo)' },
	intro: {
		zh: '按工作台上为参数设定的不确定范围反复抽样测算，给出各项结果的分位数、达成每项目标的概率、敏感性（龙卷风图）和单变量求解。',
		en: 'Runs the projection many times, drawing each parameter that carries a range on the workbench, and shows percentiles of every result, the probability of meeting each target, a tornado chart and goal seek.'
	},
	assumed: {
		zh: '以下数字均由规划编制人员设定的不确定范围推算得出：范围是假设，不是规划的数字。',
		en: "Every figure below follows from the ranges the planner set: the ranges are assumptions, and these figures are not the plan's."
	},
	assumedTag: { zh: '假设推算', en: 'from assumed ranges' },
	iterations: { zh: '迭代次数', en: 'Iterations' },
	seed: { zh: '随机种子', en: 'Seed' },
	lhs: { zh: '拉丁超立方抽样', en: 'Latin hypercube' },
	run: { zh: '运行', en: 'Run' },
	cancel: { zh: '取消', en: 'Cancel' },
	preparing: { zh: '正在准备情景…', en: 'Preparing the scenario…' },
	running: { zh: '正在运行：{done} / {total} 次', en: 'Running: {done} of {total} iterations' },
	cancelled: {
		zh: '已取消：运行在完成 {done} / {total} 次时停止。',
		en: 'Cancelled: the run stopped at {done} of {total} iterations.'
	},
	previous: { zh: '下方为上一次完整运行的结果。', en: 'The results below are from the previous complete run.' },
	failed: { zh: '运行失败：', en: 'The run failed: ' },
	fixCells: { zh: '以下单元格有误，请先在工作台修正：', en: 'Fix these cells on the workbench first:' },
	fixRanges: { zh: '以下不确定范围有误，请先在工作台修正：', en: 'Fix these ranges on the workbench first:' },
	noRanges: {
		zh: '还没有参数设定不确定范围。请在工作台为参数添加范围：选中一个单元格，在表格下方选择分布并填写上下限。',
		en: 'No parameter has a range yet. Add a range to a parameter on the workbench: select a cell, choose a distribution below the grid.'
	},
	staleRun: {
		zh: '情景在此次运行后已修改，以下结果对应修改前的情景。请重新运行。',
		en: 'The scenario has changed since this run; the results below are for the scenario as it was. Run again.'
	},
	fanOutlay: { zh: '月度财政支出（万元/月）', en: 'Monthly district outlay (万元/month)' },
	fanCumulative: { zh: '累计财政支出（万元）', en: 'Cumulative district outlay (万元)' },
	fanSatisfaction: { zh: '居民满意度（按月）', en: 'Resident satisfaction by month' },
	band90: { zh: 'P5–P95', en: 'P5–P95' },
	band50: { zh: 'P25–P75', en: 'P25–P75' },
	median: { zh: '中位数 P50', en: 'Median P50' },
	deterministic: { zh: '确定性测算', en: 'Deterministic' },
	target: { zh: '目标', en: 'Target' },
	yearTable: { zh: '第{n}年（{from} – {to}）分位数', en: 'Year {n} ({from} – {to}) percentiles' },
	totalsTable: { zh: '全期合计（{years}年）分位数', en: 'Totals over {years} years, percentiles' },
	output: { zh: '结果', en: 'Output' },
	seP50: { zh: 'P50 标准误', en: 'SE of P50' },
	probTitle: { zh: '达成目标的概率', en: 'Probability of meeting each target' },
	probNote: {
		zh: '± 为标准误（百分点）；“—”表示该年无此目标。',
		en: '± is the standard error (percentage points); “—” means no target that year.'
	},
	convergence: { zh: '收敛情况', en: 'Convergence' },
	convRuns: { zh: '{runs} 次迭代，种子 {seed}{lhs}，用时 {ms}', en: '{runs} iterations, seed {seed}{lhs}, {ms}' },
	convOutlay: { zh: '全期财政支出 P50 的标准误：{se}', en: 'Standard error of the total outlay P50: {se}' },
	convProb: {
		zh: '概率的最大标准误：{se}（约 ±{ci} 的 95% 区间）',
		en: 'Largest standard error of a probability: {se} (a 95 % interval of about ±{ci})'
	},
	convMore: {
		zh: '标准误随迭代次数的平方根减小：迭代次数增至 4 倍，标准误减半。',
		en: 'Standard errors shrink with the square root of the iterations: four times the runs halve them.'
	},
	uncertainList: { zh: '抽样的参数', en: 'Parameters drawn' },
	propagated: { zh: '随之变动的公式', en: 'Formulas that moved with them' },
	formulaErrors: {
		zh: '{n} 次迭代中有公式出错（如 ÷0），该公式保留了确定值。',
		en: 'In {n} iterations a formula errored (e.g. ÷0) and kept its deterministic value.'
	},
	tornado: { zh: '敏感性：龙卷风图', en: 'Sensitivity: tornado chart' },
	tornadoNote: {
		zh: '每个有范围的参数分别从下限取到上限（正态分布取 P5 到 P95），其余单元格保持原值：条形显示影响幅度，不代表可能性。',
		en: 'Each parameter with a range swings from its low to its high (P5 to P95 for a normal), every other cell at its value: a bar shows reach, not odds.'
	},
	compute: { zh: '计算', en: 'Compute' },
	atLow: { zh: '取下限', en: 'at low' },
	atHigh: { zh: '取上限', en: 'at high' },
	swing: { zh: '幅度', en: 'Swing' },
	base: { zh: '基准', en: 'Base' },
	parameter: { zh: '参数', en: 'Parameter' },
	goalSeek: { zh: '单变量求解', en: 'Goal seek' },
	seekValue: { zh: '使某项结果等于目标值', en: 'Make an output equal a number' },
	seekProb: { zh: '使达成目标的概率不低于给定值', en: 'Reach a probability of meeting a target' },
	cell: { zh: '单元格', en: 'Cell' },
	equals: { zh: '等于', en: 'equals' },
	low: { zh: '搜索下限', en: 'Search from' },
	high: { zh: '搜索上限', en: 'to' },
	optional: { zh: '（可选）', en: '(optional)' },
	solve: { zh: '求解', en: 'Solve' },
	solving: { zh: '求解中…', en: 'Solving…' },
	found: { zh: '找到', en: 'Found' },
	achieves: { zh: '此时 {what} = {v}', en: 'then {what} = {v}' },
	overridesFormula: {
		zh: '该单元格原为公式，写入后将被此数值替换。',
		en: 'This cell holds a formula; putting the value in replaces it.'
	},
	putIn: { zh: '写入工作台', en: 'Put it in the workbench' },
	seekCancelled: { zh: '已取消。', en: 'Cancelled.' },
	noSolution: { zh: '在给定范围内没有可行的取值：', en: 'No value in range works: ' },
	probability: { zh: '概率不低于', en: 'probability at least' },
	targetOf: { zh: '目标', en: 'target' },
	inYear: { zh: '年份', en: 'year' },
	lowest: { zh: '最低取值', en: 'lowest value' },
	highest: { zh: '最高取值', en: 'highest value' },
	probFound: {
		zh: '概率 {p} ± {se}（{runs} 次迭代，种子 {seed}，共试算 {trials} 次）',
		en: 'probability {p} ± {se} ({runs} iterations, seed {seed}, {trials} trials)'
	},
	runsEach: { zh: '每次试算迭代次数', en: 'Iterations per trial' },
	metricKind: { zh: '结果类型', en: 'Kind of output' },
	totalOutlay: { zh: '全期财政支出', en: 'Total outlay over the horizon' },
	totalSubsidy: { zh: '全期补贴', en: 'Total subsidy over the horizon' },
	yearOutput: { zh: '某年结果', en: 'A yearly output' },
	margin: { zh: '某类企业收支差（收入−成本）', en: "A tier's firms' margin (income − cost)" },
	noScenario: { zh: '情景尚未载入。', en: 'No scenario is open yet.' }
} satisfies Record<string, Record<Lang, string>>;

export function t(lang: Lang, key: keyof typeof T, vars: Record<string, string | number> = {}): string {
	return T[key][lang].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}
