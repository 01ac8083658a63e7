/** The workbench results' words: KPI changes against a baseline, missed targets, the targets strip (keys `results.*`). */
import type { Msg } from '../types';

export const results = {
	'results.planTotal': { zh: '规划合计 3263 万元（§七）', en: 'plan states 3263 万元 (§七)' },
	'results.vsPlan': { zh: '较规划原文', en: 'vs the plan' },
	'results.vsOther': { zh: '较“{name}”', en: 'vs “{name}”' },
	'results.samePlan': { zh: '与规划原文相同', en: 'same as the plan' },
	'results.sameOther': { zh: '与“{name}”相同', en: 'same as “{name}”' },
	'results.isBaseline': { zh: '本情景即基准', en: 'this is the baseline' },
	'results.baseline': { zh: '对比基准', en: 'Compared with' },
	'results.planBaseline': { zh: '规划原文（东河区三年规划）', en: 'The plan as written (Donghe three-year plan)' },
	'results.baselineLoading': { zh: '正在计算基准…', en: 'Computing the baseline…' },
	'results.baselineFailed': { zh: '无法读取基准情景：{why}', en: 'The baseline cannot be read: {why}' },
	'results.missedNone': { zh: '全部达成', en: 'all met' },
	'results.missedList': { zh: '未达成：{list}', en: 'Missed: {list}' },
	'results.targetsDelta': { zh: '{sign}{n} 项', en: '{sign}{n}' },
	'results.yearName': { zh: '{y} 年', en: '{y}' },
	'results.strip': { zh: '目标达成（✓ 达成 ✗ 未达成）', en: 'Targets (✓ met ✗ missed)' },
	'results.stripTarget': { zh: '目标 {t}，{gap}', en: 'target {t}, {gap}' },
	// The yearly table (ui/results/year-table.ts) and its CSV.
	'results.yt.tierSubsidy': { zh: '{tier}补贴', en: '{tier} subsidy' },
	'results.yt.subsidyTotal': { zh: '补贴合计', en: 'Subsidy total' },
	'results.yt.rewardFund': { zh: '奖励资金', en: 'Reward fund' },
	'results.yt.waiver': { zh: '减免补偿', en: 'Waiver compensation' },
	'results.yt.outlay': { zh: '区财政支出', en: 'District outlay' },
	'results.yt.fees': { zh: '{tier}物业费收缴', en: '{tier} fees collected' },
	'results.yt.income': { zh: '{tier}企业收入', en: '{tier} firm income' },
	'results.yt.cost': { zh: '{tier}企业成本', en: '{tier} firm cost' },
	'results.yt.bondIn': { zh: '履约保证金缴纳', en: 'Bond deposited' },
	'results.yt.bondOut': { zh: '履约保证金返还', en: 'Bond returned' },
	'results.yt.committee': { zh: '业委会组建率', en: 'Committee rate' },
	'results.yt.standard': { zh: '达标率', en: 'Standard rate' },
	'results.yt.coverage': { zh: '物业覆盖率', en: 'Coverage' },
	'results.yt.satisfaction': { zh: '居民满意度', en: 'Satisfaction' },
	'results.yt.assumption': { zh: '假设', en: 'assumption' },
	'results.yt.item': { zh: '项目', en: 'Item' },
	'results.yt.unit': { zh: '单位', en: 'Unit' },
	'results.yt.source': { zh: '来源', en: 'Source' },
	// An actual beside the workbench's figures: the target table's column and the charts' marker ("区财政支出 ·
	// 实际"). The Review tab's own words (lookback) load later; these are the first screen's.
	'results.actualOutlay': { zh: '区财政支出', en: 'District outlay' },
	'results.actualMarker': { zh: '实际', en: 'actual' },
	'results.actualCol': { zh: '实际', en: 'Actual' }
} satisfies Record<string, Msg>;
