/**
 * The rows of the comparison: which figure of a plan year, how it adds up over the horizon, its kind (which
 * decides its format and how a difference reads) and what it rests on (a plan clause, or "assumption").
 */
import { TIERS, type Tier } from '../model/catalogue';
import { fieldWords, OUTLAY_NO_REWARD } from '../model/vocabulary';
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
	group: MetricGroup,
	source: string
): Metric => ({
	id: `${stem}-${tier}`,
	group,
	label: fieldWords(stem, tier),
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
		label: fieldWords('outlay'),
		kind: 'money',
		total: 'sum',
		source: '§七',
		get: (y) => y.outlay
	},
	{
		id: 'subsidy',
		group: 'outlay',
		label: fieldWords('subsidy'),
		kind: 'money',
		total: 'sum',
		source: '§七',
		get: (y) => y.subsidy.total
	},
	...TIERS.map((t) => tierMetric('subsidy', t, 'outlay', '§七')),
	{
		id: 'reward',
		group: 'outlay',
		label: fieldWords('rewardFund'),
		kind: 'money',
		total: 'sum',
		source: '§七 奖励资金',
		get: (y) => y.rewardFund
	},
	{
		id: 'waiver',
		group: 'outlay',
		label: fieldWords('waiverCompensation'),
		kind: 'money',
		total: 'sum',
		source: 'assumption',
		get: (y) => y.waiverCompensation
	},
	{
		id: 'outlay-noreward',
		group: 'outlay',
		label: OUTLAY_NO_REWARD,
		kind: 'money',
		total: 'sum',
		source: '§七 合计',
		get: (y) => y.outlay - y.rewardFund
	},
	// Income = collected fees + subsidy + waiver compensation; collection and cost are the planner's assumptions.
	...TIERS.flatMap((t) => [
		tierMetric('firmIncome', t, 'firms', 'assumption'),
		tierMetric('firmCost', t, 'firms', 'assumption')
	]),
	{
		id: 'adequacy',
		group: 'firms',
		label: fieldWords('adequacy', 'total', true),
		kind: 'rate',
		total: 'none',
		source: 'assumption',
		get: (y) => y.adequacy
	},
	{
		id: 'coverage',
		group: 'governance',
		label: fieldWords('coverage'),
		kind: 'rate',
		total: 'end',
		source: '§四(四)1',
		get: (y) => y.coverage
	},
	{
		id: 'committees',
		group: 'governance',
		label: fieldWords('committees'),
		kind: 'count',
		total: 'end',
		source: '§三',
		get: (y) => y.committees
	},
	{
		id: 'committee-rate',
		group: 'governance',
		label: fieldWords('committeeRate'),
		kind: 'rate',
		total: 'end',
		source: '§三',
		get: (y) => y.committeeRate
	},
	{
		id: 'standard',
		group: 'governance',
		label: fieldWords('standard'),
		kind: 'count',
		total: 'end',
		source: 'assumption',
		get: (y) => y.standard
	},
	{
		id: 'standard-rate',
		group: 'governance',
		label: fieldWords('standardRate'),
		kind: 'rate',
		total: 'end',
		source: 'assumption',
		get: (y) => y.standardRate
	},
	{
		id: 'satisfaction',
		group: 'governance',
		label: fieldWords('satisfaction', 'total', true),
		kind: 'rate',
		total: 'end',
		source: 'assumption',
		get: (y) => y.satisfaction
	}
];

export const METRIC: ReadonlyMap<string, Metric> = new Map(METRICS.map((m) => [m.id, m]));
