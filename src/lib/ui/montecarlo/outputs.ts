/** The yearly outputs of the Monte Carlo in the plan's words and units: labels, formatting, the deterministic value. */
import { fmtNumber, fmtPct, fmtWan } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import { PARAM, TIER_LABEL, TIERS, type Tier } from '../../model/catalogue';
import type { Metric } from '../../model/montecarlo/metric';
import type { YearlyOutput } from '../../model/montecarlo/samples';
import type { YearResult } from '../../model/projection';
import type { TargetKind } from '../../model/targets';
import { UNIT_LABEL } from '../../model/units';
import { parseName } from '../../sheet/layout';

type Label = { zh: string; en: string };
export type Kind = 'money' | 'rate';

const BASE: Partial<Record<YearlyOutput, Label>> = {
	outlay: { zh: '财政支出（含奖励资金）', en: 'District outlay (with reward fund)' },
	subsidy: { zh: '补贴合计', en: 'Subsidies' },
	rewardFund: { zh: '奖励资金', en: 'Reward fund' },
	waiverCompensation: { zh: '减免补偿', en: 'Waiver compensation' },
	adequacy: { zh: '资金充足率（收入/成本）', en: 'Funding adequacy (income / cost)' },
	committeeRate: { zh: '业委会组建率', en: 'Committee rate' },
	standardRate: { zh: '达标率', en: 'Standard rate' },
	coverage: { zh: '物业覆盖率', en: 'Coverage' },
	satisfaction: { zh: '居民满意度（年末）', en: 'Satisfaction (year end)' }
};

export function outputLabel(L: Lang, key: YearlyOutput): string {
	const base = BASE[key];
	if (base) return base[L];
	const [what, tier] = key.split('_') as ['firmIncome' | 'firmCost', Tier];
	const t = TIER_LABEL[tier][L];
	if (L === 'zh') return `${t}企业${what === 'firmIncome' ? '收入' : '成本'}`;
	return `${t} firms\u2019 ${what === 'firmIncome' ? 'income' : 'cost'}`;
}

export const outputKind = (key: YearlyOutput): Kind =>
	['adequacy', 'committeeRate', 'standardRate', 'coverage', 'satisfaction'].includes(key) ? 'rate' : 'money';

/** Money in 万元 to one decimal, rates as % to two: the precision a Monte Carlo figure can bear. */
export const fmtOut = (L: Lang, kind: Kind, x: number) => (kind === 'money' ? fmtWan(L, x, 1) : fmtPct(L, x, 2));
/** The same in a table whose row label carries the unit (万元): the number alone. */
export const fmtBare = (L: Lang, kind: Kind, x: number) => (kind === 'money' ? fmtNumber(L, x, 1, 1) : fmtPct(L, x, 2));
export const unitOf = (L: Lang, kind: Kind) => (kind === 'money' ? (L === 'zh' ? '（万元）' : ' (万元)') : '');

/** The same output in the deterministic projection (the scenario's own values, no draws). */
export function deterministic(y: YearResult, key: YearlyOutput): number {
	if (key === 'subsidy') return y.subsidy.total;
	const m = /^(firmIncome|firmCost)_(\w+)$/.exec(key);
	if (m) return y[m[1] as 'firmIncome' | 'firmCost'][m[2] as Tier];
	return y[
		key as
			| 'outlay'
			| 'rewardFund'
			| 'waiverCompensation'
			| 'adequacy'
			| 'committeeRate'
			| 'standardRate'
			| 'coverage'
			| 'satisfaction'
	];
}

export const TARGET_LABEL: Record<TargetKind, Label> = {
	committee: { zh: '业委会组建率', en: 'Committee rate' },
	standard: { zh: '达标率', en: 'Standard rate' },
	satisfaction: { zh: '居民满意度', en: 'Satisfaction' },
	coverage: { zh: '物业覆盖率', en: 'Coverage' }
};

export const tierLabel = (L: Lang, t: Tier) => TIER_LABEL[t][L];
export { TIERS };

/** A metric in words, for the tornado's title and goal seek's answer. */
export function metricLabel(L: Lang, m: Metric): string {
	if (m.kind === 'total')
		return L === 'zh' ? `全期${m.output === 'outlay' ? '财政支出' : '补贴'}` : `total ${m.output} over the horizon`;
	const year = L === 'zh' ? `第${m.year}年` : `year ${m.year}`;
	if (m.kind === 'margin')
		return L === 'zh'
			? `${year}${TIER_LABEL[m.tier].zh}企业收支差`
			: `${TIER_LABEL[m.tier].en} firms\u2019 margin in ${year}`;
	return L === 'zh' ? `${year}${outputLabel(L, m.output)}` : `${outputLabel(L, m.output)} in ${year}`;
}

export const metricKind = (m: Metric): Kind => (m.kind === 'year' ? outputKind(m.output) : 'money');

/** A metric's value with more digits than the tables: goal seek's check that the target was hit. */
export function fmtExact(L: Lang, kind: Kind, x: number): string {
	const v = Math.abs(x) < 5e-7 ? 0 : x; // a root's residue (1e-12) is not "−0"
	return kind === 'money' ? `${fmtNumber(L, v, 0, 3)} 万元` : fmtPct(L, v, 2);
}

/** A cell by name (`basic_subsidy_y2`), labelled and with its value formatted in its unit; null if unknown. */
export function cellInfo(L: Lang, name: string, years: number): { label: string; fmt: (x: number) => string } | null {
	const ref = parseName(name, years);
	const def = ref && PARAM.get(ref.key);
	if (!ref || !def) return null;
	const year = L === 'zh' ? `（第${ref.y + 1}年）` : ` (year ${ref.y + 1})`;
	const label = def.shape === 'yearly' ? `${def.label[L]}${year}` : def.label[L];
	const unit = UNIT_LABEL[def.unit][L];
	return { label, fmt: (x) => (def.unit === 'share' ? fmtPct(L, x, 2) : `${fmtNumber(L, x, 0, 6)} ${unit}`) };
}
