/** The yearly outputs of the Monte Carlo in the plan's words and units: labels, formatting, the deterministic value. */
import { fmtNumber, fmtPct, fmtWan } from '../../i18n/format';
import { t, type Lang } from '../../i18n';
import { TIER_LABEL, TIERS, type Tier } from '../../model/catalogue';
import type { Metric } from '../../model/montecarlo/metric';
import type { YearlyOutput } from '../../model/montecarlo/samples';
import type { YearResult } from '../../model/projection';
import type { TargetKind } from '../../model/targets';
import * as vocab from '../../model/vocabulary';

export type Kind = 'money' | 'rate';

/** A yearly output's label in the user's language (the vocabulary's row label, with its detail). */
export const outputLabel = (L: Lang, key: YearlyOutput): string => vocab.yearlyOutputLabel(key)[L];

export const outputKind = (key: YearlyOutput): Kind =>
	['adequacy', 'committeeRate', 'standardRate', 'coverage', 'satisfaction'].includes(key) ? 'rate' : 'money';

/** Money in 万元 to one decimal, rates as % to two: the precision a Monte Carlo figure can bear. */
export const fmtOut = (L: Lang, kind: Kind, x: number) => (kind === 'money' ? fmtWan(L, x, 1) : fmtPct(L, x, 2));
/** The same in a table whose row label carries the unit (万元): the number alone. */
export const fmtBare = (L: Lang, kind: Kind, x: number) => (kind === 'money' ? fmtNumber(L, x, 1, 1) : fmtPct(L, x, 2));
export const unitOf = (L: Lang, kind: Kind) => (kind === 'money' ? t(L, 'mc.wanSuffix') : '');

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

/** A target by kind: "满意度目标" / "Satisfaction target". */
export const targetLabel = (L: Lang, k: TargetKind): string => {
	const w = vocab.TARGET[k][L];
	return w.charAt(0).toUpperCase() + w.slice(1);
};

export const tierLabel = (L: Lang, t: Tier) => TIER_LABEL[t][L];
export { TIERS };

/** A metric's label ("2023 年居民满意度", "Satisfaction, 2023"), for the tornado's title and goal seek's answer. */
export const metricLabel = (L: Lang, m: Metric, start: string | null, years: number): string =>
	vocab.metricLabel(m, start, years)[L];

export const metricKind = (m: Metric): Kind => (m.kind === 'year' ? outputKind(m.output) : 'money');

/** A metric's value with more digits than the tables: goal seek's check that the target was hit. */
export function fmtExact(L: Lang, kind: Kind, x: number): string {
	const v = Math.abs(x) < 5e-7 ? 0 : x; // a root's residue (1e-12) is not "−0"
	return kind === 'money' ? `${fmtNumber(L, v, 0, 3)} 万元` : fmtPct(L, v, 2);
}

/** A cell by name (`basic_subsidy_y2`), labelled and with its value formatted in its unit; null if unknown. */
export function cellInfo(
	L: Lang,
	name: string,
	years: number,
	start: string | null
): { label: string; fmt: (x: number) => string } | null {
	const c = vocab.cellOf(name, years);
	if (!c) return null;
	const unit = vocab.cellUnit(name)[L];
	return {
		label: vocab.cellLabel(name, start)[L],
		fmt: (x) => (c.def.unit === 'share' ? fmtPct(L, x, 2) : `${fmtNumber(L, x, 0, 6)} ${unit}`)
	};
}
