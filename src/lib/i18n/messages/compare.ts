/** The Compare screen's and the brief's words (keys `compare.*`). */
import type { Msg } from '../types';

export const compare = {
	'compare.title': { zh: '方案比较与简报', en: 'Compare & brief' },
	'compare.back': { zh: '← 返回工作台', en: '← Workbench' },
	'compare.print': { zh: '打印简报', en: 'Print brief' },
	'compare.printHint': {
		zh: '打印对话框中选择“另存为 PDF”即可保存简报（A4，一页）。',
		en: 'In the print dialog choose “Save as PDF” to keep the brief (A4, one page).'
	},
	'compare.metric': { zh: '指标', en: 'Figure' },
	'compare.scenario': { zh: '情景', en: 'Scenario' },
	'compare.pick': { zh: '选择 2–4 个情景', en: 'Choose 2–4 scenarios' },
	'compare.pickMax': { zh: '最多比较 4 个情景', en: 'At most 4 scenarios at once' },
	'compare.baseline': { zh: '基准', en: 'Baseline' },
	'compare.baselineOf': { zh: '与基准相比', en: 'against the baseline' },
	'compare.noLibrary': {
		zh: '本浏览器中还没有保存的情景：请先在工作台导入或新建。',
		en: 'No scenarios are saved in this browser yet: import or create some on the workbench.'
	},
	'compare.needTwo': { zh: '请至少选择 2 个情景。', en: 'Choose at least 2 scenarios.' },
	'compare.loading': { zh: '正在读取情景…', en: 'Reading the scenarios…' },
	'compare.cannotRead': { zh: '无法比较此情景：', en: 'This scenario cannot be compared: ' },
	'compare.figures': { zh: '逐年结果与三年合计', en: 'Year by year, and over three years' },
	'compare.total': { zh: '合计 / 期末', en: 'Total / end' },
	'compare.assumption': { zh: '假设', en: 'assumption' },
	'compare.misaligned': {
		zh: '注意：所选情景的起始月份或年数不同，按规划第几年对齐，合计覆盖的时期不同。',
		en: 'Note: the scenarios start in different months or run for different horizons; years line up by plan year, and totals cover different spans.'
	},
	'compare.targets': { zh: '目标达成情况', en: 'Targets met' },
	'compare.marksByYear': { zh: '第1–{n}年：✓ 达成 ✗ 未达成 – 无目标', en: 'years 1–{n}: ✓ met ✗ missed – no target' },
	'compare.targetsCount': { zh: '达成 {a} / {b}', en: '{a} of {b} met' },
	'compare.charts': { zh: '对比图', en: 'Overlay charts' },
	'compare.chartOutlay': { zh: '年度财政支出（万元）', en: 'Yearly outlay (万元)' },
	'compare.chartSatisfaction': { zh: '居民满意度（按月）与目标', en: 'Satisfaction by month, and its target' },
	'compare.chartStandard': { zh: '达标率与目标', en: 'Standard rate and its target' },
	'compare.chartAdequacy': { zh: '准物业+基础物业 收入÷成本（按月）', en: 'Quasi + basic income ÷ cost by month' },
	'compare.diff': { zh: '参数差异', en: 'Assumptions that differ' },
	'compare.diffNone': { zh: '与基准的参数完全相同。', en: 'Same assumptions as the baseline.' },
	'compare.diffCount': { zh: '{n} 处改动', en: '{n} change(s)' },
	'compare.blank': { zh: '（空）', en: '(blank)' },
	'compare.absent': { zh: '（无此年）', en: '(no such year)' },
	'compare.allYears': { zh: '全期', en: 'all years' },
	'compare.uncertainty': { zh: '不确定性范围', en: 'uncertainty range' },
	'compare.none': { zh: '无', en: 'none' },
	'compare.planCheck': { zh: '规划核对', en: 'Plan check' },
	'compare.planCheckOf': { zh: '核对情景', en: 'Check scenario' },
	'compare.planCheckIntro': {
		zh: '规划原文中的数字与模型按所选情景重新计算的结果并列；差异标出并说明原因。',
		en: 'The plan’s stated figures beside the model’s recomputation from the chosen scenario; differences are flagged and explained.'
	},
	'compare.item': { zh: '项目', en: 'Item' },
	// The plan check's units after a figure.
	'compare.unit.wan_yuan': { zh: '万元', en: '万元' },
	'compare.unit.wan_m2': { zh: '万 m²', en: '万 m²' },
	'compare.unit.compounds': { zh: '个', en: 'compounds' },
	'compare.target': { zh: '目标', en: 'Target' },
	// The plan check's verdicts.
	'compare.status.match': { zh: '一致', en: 'agrees' },
	'compare.status.rounding': { zh: '取整', en: 'rounding' },
	'compare.status.outside': { zh: '合计之外', en: 'outside the total' },
	'compare.status.unbudgeted': { zh: '未列预算', en: 'not budgeted' },
	'compare.status.short': { zh: '未达到', en: 'short' },
	'compare.status.differs': { zh: '不同', en: 'differs' },
	'compare.inAll': { zh: '合计', en: 'In all' },
	'compare.stated': { zh: '规划数字', en: 'Plan states' },
	'compare.model': { zh: '模型测算', en: 'Model' },
	'compare.difference': { zh: '差异', en: 'Difference' },
	'compare.finding': { zh: '说明', en: 'Finding' },
	'compare.clause': { zh: '条款', en: 'Clause' },
	'compare.briefTitle': {
		zh: '东河区物业管理三年规划 · 方案比较简报',
		en: 'Donghe property-management plan · options brief'
	},
	'compare.briefPreview': { zh: '简报预览（A4）', en: 'Brief preview (A4)' },
	'compare.briefScenarios': { zh: '比较的情景', en: 'Scenarios compared' },
	'compare.briefKey': { zh: '关键数字', en: 'Key figures' },
	'compare.briefDelta': {
		zh: '金额单位万元；小字为与基准 {b} 之差（比率差为百分点）',
		en: 'money in 万元; small print: difference from baseline {b} (rates in percentage points)'
	},
	'compare.briefDate': { zh: '日期', en: 'Date' },
	'compare.briefMore': { zh: '……另有 {n} 处，见“方案比较”页面', en: '… and {n} more on the Compare screen' },
	'compare.briefFooter': {
		zh: '测算：东河区物业管理三年规划情景工作台（计算方法见工作台“模型说明”页）。收缴率、成本、满意度等为规划未规定的假设。',
		en: 'Computed with the Donghe plan scenario workbench (method: its “How the model works” page). Collection rates, costs and satisfaction are assumptions the plan does not state.'
	},
	'compare.briefPlanCheck': { zh: '规划核对（{name}）', en: 'Plan check ({name})' },
	'compare.year': { zh: '第{n}年', en: 'Year {n}' },
	'compare.language': { zh: 'English', en: '中文' },
	'compare.fanAria': { zh: '不确定性叠加', en: 'Uncertainty overlay' },
	'compare.fanTitle': { zh: '不确定性叠加（扇形图）', en: 'Uncertainty overlay (fan charts)' },
	'compare.fanNote': {
		zh: '按各情景中参数的不确定范围（规划人员的假设）运行蒙特卡洛；阴影为 P5–P95，线为中位数。',
		en: 'A Monte Carlo of each scenario over its parameters\u2019 ranges (the planner\u2019s assumptions); shading P5–P95, line the median.'
	},
	'compare.fanRuns': { zh: '迭代次数', en: 'Iterations' },
	'compare.fanSeed': { zh: '随机种子', en: 'Seed' },
	'compare.fanRunning': { zh: '运行中…', en: 'Running…' },
	'compare.fanRun': { zh: '运行并叠加', en: 'Run and overlay' },
	'compare.fanOutlay': { zh: '累计财政支出（万元）', en: 'Cumulative outlay (万元)' },
	'compare.fanSatisfaction': { zh: '居民满意度', en: 'Satisfaction' },
	'compare.chartTarget': { zh: '目标 (§三)', en: 'Target (§三)' }
} satisfies Record<string, Msg>;
