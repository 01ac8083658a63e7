/** The Compare screen's and the brief's words, Chinese first (the planners'), English for colleagues. */
import type { Lang } from '../../i18n/messages';

const S = {
	title: { zh: '方案比较与简报', en: 'Compare & brief' },
	back: { zh: '← 返回工作台', en: '← Workbench' },
	print: { zh: '打印简报', en: 'Print brief' },
	printHint: {
		zh: '打印对话框中选择“另存为 PDF”即可保存简报（A4，一页）。',
		en: 'In the print dialog choose “Save as PDF” to keep the brief (A4, one page).'
	},
	pick: { zh: '选择 2–4 个情景', en: 'Choose 2–4 scenarios' },
	pickMax: { zh: '最多比较 4 个情景', en: 'At most 4 scenarios at once' },
	baseline: { zh: '基准', en: 'Baseline' },
	baselineOf: { zh: '与基准相比', en: 'against the baseline' },
	noLibrary: {
		zh: '本浏览器中还没有保存的情景：请先在工作台导入或新建。',
		en: 'No scenarios are saved in this browser yet: import or create some on the workbench.'
	},
	needTwo: { zh: '请至少选择 2 个情景。', en: 'Choose at least 2 scenarios.' },
	loading: { zh: '正在读取情景…', en: 'Reading the scenarios…' },
	cannotRead: { zh: '无法比较此情景：', en: 'This scenario cannot be compared: ' },
	figures: { zh: '逐年结果与三年合计', en: 'Year by year, and over three years' },
	total: { zh: '合计 / 期末', en: 'Total / end' },
	assumption: { zh: '假设', en: 'assumption' },
	misaligned: {
		zh: '注意：所选情景的起始月份或年数不同，按规划第几年对齐，合计覆盖的时期不同。',
		en: 'Note: the scenarios start in different months or run for different horizons; years line up by plan year, and totals cover different spans.'
	},
	targets: { zh: '目标达成情况', en: 'Targets met' },
	marksByYear: { zh: '第1–{n}年：✓ 达成 ✗ 未达成 – 无目标', en: 'years 1–{n}: ✓ met ✗ missed – no target' },
	targetsCount: { zh: '达成 {a} / {b}', en: '{a} of {b} met' },
	charts: { zh: '对比图', en: 'Overlay charts' },
	chartOutlay: { zh: '年度财政支出（万元）', en: 'Yearly outlay (万元)' },
	chartSatisfaction: { zh: '居民满意度（按月）与目标', en: 'Satisfaction by month, and its target' },
	chartStandard: { zh: '达标率与目标', en: 'Standard rate and its target' },
	chartAdequacy: { zh: '准物业+基础物业 收入÷成本（按月）', en: 'Quasi + basic income ÷ cost by month' },
	diff: { zh: '参数差异', en: 'Assumptions that differ' },
	diffNone: { zh: '与基准的参数完全相同。', en: 'Same assumptions as the baseline.' },
	diffCount: { zh: '{n} 处改动', en: '{n} change(s)' },
	blank: { zh: '（空）', en: '(blank)' },
	absent: { zh: '（无此年）', en: '(no such year)' },
	allYears: { zh: '全期', en: 'all years' },
	uncertainty: { zh: '不确定性范围', en: 'uncertainty range' },
	none: { zh: '无', en: 'none' },
	planCheck: { zh: '规划核对', en: 'Plan check' },
	planCheckOf: { zh: '核对情景', en: 'Check scenario' },
	planCheckIntro: {
		zh: '规划原文中的数字与模型按所选情景重新计算的结果并列；差异标出并说明原因。',
		en: 'The plan’s stated figures beside the model’s recomputation from the chosen scenario; differences are flagged and explained.'
	},
	item: { zh: '项目', en: 'Item' },
	stated: { zh: '规划数字', en: 'Plan states' },
	model: { zh: '模型测算', en: 'Model' },
	difference: { zh: '差异', en: 'Difference' },
	finding: { zh: '说明', en: 'Finding' },
	clause: { zh: '条款', en: 'Clause' },
	briefTitle: { zh: '东河区物业管理三年规划 · 方案比较简报', en: 'Donghe property-management plan · options brief' },
	briefPreview: { zh: '简报预览（A4）', en: 'Brief preview (A4)' },
	briefScenarios: { zh: '比较的情景', en: 'Scenarios compared' },
	briefKey: { zh: '关键数字', en: 'Key figures' },
	briefDelta: {
		zh: '金额单位万元；小字为与基准 {b} 之差（比率差为百分点）',
		en: 'money in 万元; small print: difference from baseline {b} (rates in percentage points)'
	},
	briefDate: { zh: '日期', en: 'Date' },
	briefMore: { zh: '……另有 {n} 处，见“方案比较”页面', en: '… and {n} more on the Compare screen' },
	briefFooter: {
		zh: '测算：东河区物业管理三年规划情景工作台（模型见 MODEL.md）。收缴率、成本、满意度等为规划未规定的假设。',
		en: 'Computed with the Donghe plan scenario workbench (model: MODEL.md). Collection rates, costs and satisfaction are assumptions the plan does not state.'
	},
	briefPlanCheck: { zh: '规划核对（{name}）', en: 'Plan check ({name})' },
	year: { zh: '第{n}年', en: 'Year {n}' },
	language: { zh: 'English', en: '中文' }
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof S;

export function t(L: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
	return S[key][L].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}

/** A scenario's letter and colour: the same in the table, the charts and the brief. */
export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export const COLORS = ['#1d4e89', '#d97706', '#2e7d32', '#8e44ad'] as const;
