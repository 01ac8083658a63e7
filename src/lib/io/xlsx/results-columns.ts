/**
 * The columns of the Results sheet, one row per plan year. Figures are unrounded numbers (money in 万元, rates as
 * fractions shown as %), so a colleague can compute with them; the LibreOffice test walks this same list.
 */
import type { YearResult } from '../../model/projection';
import type { TargetKind } from '../../model/targets';

export interface ResultColumn {
	head: { zh: string; en: string };
	get: (r: YearResult) => number | string | boolean | null;
	numFmt?: string;
}

const WAN = '#,##0.000';
const PCT = '0.00%';
const wan = (zh: string, en: string, get: (r: YearResult) => number): ResultColumn => ({
	head: { zh: `${zh}（万元）`, en: `${en} (万元)` },
	get,
	numFmt: WAN
});

const TARGET_HEAD: Record<TargetKind, { zh: string; en: string }> = {
	committee: { zh: '业委会组建率', en: 'Committee rate' },
	standard: { zh: '达标小区占比', en: 'Standard rate' },
	coverage: { zh: '物业管理覆盖率', en: 'Coverage' },
	satisfaction: { zh: '居民总体满意度', en: 'Satisfaction' }
};
const RATE: Record<TargetKind, (r: YearResult) => number> = {
	committee: (r) => r.committeeRate,
	standard: (r) => r.standardRate,
	coverage: (r) => r.coverage,
	satisfaction: (r) => r.satisfaction
};

function target(kind: TargetKind): ResultColumn[] {
	const h = TARGET_HEAD[kind];
	return [
		{ head: h, get: RATE[kind], numFmt: PCT },
		{ head: { zh: `${h.zh}目标`, en: `${h.en} target` }, get: (r) => r.targetValues[kind], numFmt: PCT },
		// TRUE / FALSE, blank where the plan sets no target that year.
		{ head: { zh: `${h.zh}达标`, en: `${h.en} target met` }, get: (r) => r.targets[kind] }
	];
}

export const RESULT_COLUMNS: readonly ResultColumn[] = [
	{ head: { zh: '年度', en: 'Year' }, get: (r) => r.year },
	{ head: { zh: '起', en: 'From' }, get: (r) => r.from },
	{ head: { zh: '止', en: 'To' }, get: (r) => r.to },
	wan('市场化物业补贴', 'Subsidy, market-rate', (r) => r.subsidy.market),
	wan('准物业补贴', 'Subsidy, quasi', (r) => r.subsidy.quasi),
	wan('基础物业补贴', 'Subsidy, basic', (r) => r.subsidy.basic),
	wan('居民自治补贴', 'Subsidy, self-governed', (r) => r.subsidy.self),
	wan('补贴合计', 'Subsidy, total', (r) => r.subsidy.total),
	wan('奖励资金', 'Reward fund', (r) => r.rewardFund),
	wan('减免补偿', 'Waiver compensation', (r) => r.waiverCompensation),
	wan('区财政支出', 'District outlay', (r) => r.outlay),
	wan('应收物业费', 'Fees billed', (r) => r.feesBilled.total),
	wan('实收物业费', 'Fees collected', (r) => r.feesCollected.total),
	wan('企业收入', 'Firm income', (r) => r.firmIncome.total),
	wan('企业成本', 'Firm cost', (r) => r.firmCost.total),
	{
		head: { zh: '准物业与基础物业收支比', en: 'Firm income ÷ cost, quasi+basic' },
		get: (r) => r.adequacy,
		numFmt: '0.000'
	},
	...target('committee'),
	...target('standard'),
	...target('coverage'),
	...target('satisfaction')
];
