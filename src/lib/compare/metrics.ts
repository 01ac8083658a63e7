/**
 * The rows of the comparison: which figure of a plan year, how it adds up over the horizon, its kind (which
 * decides its format and how a difference reads) and what it rests on (a plan clause, or "assumption").
 */
import { TIER_LABEL, TIERS, type Tier } from '../model/catalogue';
import type { TierSums, YearResult } from '../model/projection';
import type { Bilingual } from './types';

/** money in 万元, rate a fraction shown as %, count in compounds (fractional in the model). */
export type MetricKind = 'money' | 'rate' | 'count';
export type MetricGroup = 'outlay' | 'firms' | 'governance';

export interface Metric {
	id: string;
	group: MetricGroup;
	label: Bilingual;
	kind: MetricKind;
	/** Flows add up over the years; states (rates, counts) are read at the horizon's end; a ratio has no total. */
	total: 'sum' | 'end' | 'none';
	/** The plan clause the figure rests on, or 'assumption' where it hangs on the planner's assumptions. */
	source: string;
	get: (y: YearResult) => number;
	/** Left out when zero in every scenario and year (the market subsidy, the self-governed tier's income). */
	optional?: boolean;
}

export const GROUP_LABEL: Record<MetricGroup, Bilingual> = {
	outlay: { zh: '区财政支出（万元）', en: 'District outlay (万元)' },
	firms: { zh: '物业企业收入与成本（万元）', en: 'Firms\u2019 income and cost (万元)' },
	governance: { zh: '覆盖、业委会、达标与满意度', en: 'Coverage, committees, standard, satisfaction' }
};

const tierMetric = (
	stem: 'subsidy' | 'firmIncome' | 'firmCost',
	tier: Tier,
	label: Bilingual,
	group: MetricGroup,
	source: string
): Metric => ({
	id: `${stem}-${tier}`,
	group,
	label: { zh: `${TIER_LABEL[tier].zh}${label.zh}`, en: `${TIER_LABEL[tier].en} ${label.en}` },
	kind: 'money',
	total: 'sum',
	source,
	get: (y) => (y[stem] as TierSums)[tier],
	optional: true
});

export const METRICS: readonly Metric[] = [
	{
		id: 'outlay',
		group: 'outlay',
		label: { zh: '财政支出合计', en: 'Outlay, total' },
		kind: 'money',
		total: 'sum',
		source: '§七',
		get: (y) => y.outlay
	},
	{
		id: 'subsidy',
		group: 'outlay',
		label: { zh: '补贴', en: 'Subsidy' },
		kind: 'money',
		total: 'sum',
		source: '§七',
		get: (y) => y.subsidy.total
	},
	...TIERS.map((t) => tierMetric('subsidy', t, { zh: '补贴', en: 'subsidy' }, 'outlay', '§七')),
	{
		id: 'reward',
		group: 'outlay',
		label: { zh: '奖励资金', en: 'Reward fund' },
		kind: 'money',
		total: 'sum',
		source: '§七 奖励资金',
		get: (y) => y.rewardFund
	},
	{
		id: 'waiver',
		group: 'outlay',
		label: { zh: '减免补偿', en: 'Waiver compensation' },
		kind: 'money',
		total: 'sum',
		source: 'assumption',
		get: (y) => y.waiverCompensation
	},
	{
		id: 'outlay-noreward',
		group: 'outlay',
		label: { zh: '不含奖励资金', en: 'Outlay without reward fund' },
		kind: 'money',
		total: 'sum',
		source: '§七 合计',
		get: (y) => y.outlay - y.rewardFund
	},
	// Income = collected fees + subsidy + waiver compensation; collection and cost are the planner's assumptions.
	...TIERS.flatMap((t) => [
		tierMetric('firmIncome', t, { zh: '收入', en: 'income' }, 'firms', 'assumption'),
		tierMetric('firmCost', t, { zh: '成本', en: 'cost' }, 'firms', 'assumption')
	]),
	{
		id: 'adequacy',
		group: 'firms',
		label: { zh: '准物业+基础物业 收入÷成本', en: 'Quasi + basic income ÷ cost' },
		kind: 'rate',
		total: 'none',
		source: 'assumption',
		get: (y) => y.adequacy
	},
	{
		id: 'coverage',
		group: 'governance',
		label: { zh: '物业覆盖率', en: 'Coverage' },
		kind: 'rate',
		total: 'end',
		source: '§四(四)1',
		get: (y) => y.coverage
	},
	{
		id: 'committees',
		group: 'governance',
		label: { zh: '业委会（小区数）', en: 'Owners\u2019 committees (compounds)' },
		kind: 'count',
		total: 'end',
		source: '§三',
		get: (y) => y.committees
	},
	{
		id: 'committee-rate',
		group: 'governance',
		label: { zh: '业委会组建率', en: 'Committee rate' },
		kind: 'rate',
		total: 'end',
		source: '§三',
		get: (y) => y.committeeRate
	},
	{
		id: 'standard',
		group: 'governance',
		label: { zh: '达标小区数', en: 'Compounds at standard' },
		kind: 'count',
		total: 'end',
		source: 'assumption',
		get: (y) => y.standard
	},
	{
		id: 'standard-rate',
		group: 'governance',
		label: { zh: '达标率', en: 'Standard rate' },
		kind: 'rate',
		total: 'end',
		source: 'assumption',
		get: (y) => y.standardRate
	},
	{
		id: 'satisfaction',
		group: 'governance',
		label: { zh: '居民满意度（年末）', en: 'Satisfaction (year end)' },
		kind: 'rate',
		total: 'end',
		source: 'assumption',
		get: (y) => y.satisfaction
	}
];

export const METRIC: ReadonlyMap<string, Metric> = new Map(METRICS.map((m) => [m.id, m]));
