/** UI strings. Chinese first: the planners work in Chinese; English for colleagues and the README. */
export type Lang = 'zh' | 'en';

export const MESSAGES = {
	appTitle: { zh: '东河区物业管理三年规划 · 情景工作台', en: 'Donghe property-management plan · scenario workbench' },
	nameBox: { zh: '名称框', en: 'Name box' },
	formulaBar: { zh: '编辑栏', en: 'Formula bar' },
	assumptions: { zh: '参数假设', en: 'Assumptions' },
	parameter: { zh: '参数', en: 'Parameter' },
	unit: { zh: '单位', en: 'Unit' },
	source: { zh: '来源', en: 'Source' },
	year: { zh: '第{n}年', en: 'Year {n}' },
	scalarCol: { zh: '（全期）', en: '(all years)' },
	assumption: { zh: '假设', en: 'assumption' },
	illustrative: { zh: '示例假设', en: 'illustrative' },
	changedFromPlan: { zh: '已改动，规划值为 {v}', en: 'changed; the plan says {v}' },
	planClause: { zh: '规划原文', en: 'Plan text' },
	undo: { zh: '撤销', en: 'Undo' },
	redo: { zh: '重做', en: 'Redo' },
	outlay3: { zh: '三年财政支出（含奖励资金）', en: 'Three-year outlay (with reward fund)' },
	outlay3NoReward: { zh: '三年财政支出（不含奖励资金）', en: 'Three-year outlay (without reward fund)' },
	outlayYear: { zh: '第{n}年支出', en: 'Year {n} outlay' },
	targetsMet: { zh: '达成目标', en: 'Targets met' },
	ofAll: { zh: '{a} / {b}', en: '{a} of {b}' },
	results: { zh: '测算结果', en: 'Results' },
	fixCells: {
		zh: '以下单元格有误，结果保持上次有效测算（灰色）：',
		en: 'These cells need fixing; the results show the last valid projection (greyed):'
	},
	computing: { zh: '计算中…', en: 'Computing…' },
	targetTable: { zh: '目标达成情况', en: 'Targets' },
	target: { zh: '目标', en: 'Target' },
	value: { zh: '测算值', en: 'Projected' },
	met: { zh: '达成', en: 'met' },
	missed: { zh: '未达成', en: 'missed' },
	noTarget: { zh: '无目标', en: 'no target' },
	by: { zh: '差额', en: 'by' },
	yearlyTable: { zh: '年度结果表', en: 'Yearly results' },
	exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
	chartOutlay: { zh: '年度财政支出构成（万元）', en: 'Yearly outlay by item (万元)' },
	chartIncome: { zh: '物业企业月收入与成本（万元/月）', en: 'Firms\u2019 monthly income and cost (万元/month)' },
	chartSatisfaction: { zh: '居民满意度（按月）', en: 'Resident satisfaction by month' },
	chartRates: { zh: '业委会、达标与覆盖率', en: 'Committee, standard and coverage rates' },
	rewardFund: { zh: '奖励资金', en: 'Reward fund' },
	waiverComp: { zh: '减免补偿', en: 'Waiver compensation' },
	subsidy: { zh: '补贴', en: 'subsidy' },
	income: { zh: '收入', en: 'income' },
	cost: { zh: '成本', en: 'cost' },
	satisfaction: { zh: '满意度', en: 'Satisfaction' },
	committeeRate: { zh: '业委会组建率', en: 'Committee rate' },
	standardRate: { zh: '达标率', en: 'Standard rate' },
	coverage: { zh: '物业覆盖率', en: 'Coverage' },
	language: { zh: 'English', en: '中文' },
	explainTitle: { zh: '说明', en: 'Explanation' },
	precedents: { zh: '引用', en: 'Uses' },
	dependents: { zh: '被引用', en: 'Used by' },
	validRange: { zh: '有效范围', en: 'Valid range' },
	sourceAssumption: { zh: '假设（规划未规定）', en: 'assumption (the plan does not say)' },
	total: { zh: '合计', en: 'Total' },
	item: { zh: '项目', en: 'Item' }
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function tr(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}
