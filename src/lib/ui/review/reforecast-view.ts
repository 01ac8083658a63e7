/**
 * The re-forecast beside the original, for the years after the last year with actuals: the rows the table shows
 * (figure, original, re-forecast, change per year) and the sentence saying from which year and from what state
 * it starts. Pure: the component formats nothing else.
 */
import { t, type Lang } from '../../i18n';
import { fmtNumber } from '../../i18n/format';
import type { Actuals } from '../../model/actuals';
import { TIER_LABEL, TIERS } from '../../model/catalogue';
import type { Projection, YearResult } from '../../model/projection';
import type { Reforecast } from '../../model/reforecast';
import { yearName } from '../results/kpi-delta';
import type { ActualKind } from '../../model/actuals';

export interface ReforecastRow {
	id: string;
	kind: ActualKind;
	label: string;
	/** Per year after the restart: the original and the re-forecast figure. */
	years: { original: number; reforecast: number }[];
}

const FIGURES: { id: string; kind: ActualKind; key: Parameters<typeof t>[1]; pick: (y: YearResult) => number }[] = [
	{ id: 'outlay', kind: 'money', key: 'lookback.f.outlay', pick: (y) => y.outlay },
	{ id: 'subsidy', kind: 'money', key: 'lookback.f.subsidy.total', pick: (y) => y.subsidy.total },
	{ id: 'committees', kind: 'count', key: 'lookback.f.committees', pick: (y) => y.committees },
	{ id: 'standard', kind: 'count', key: 'lookback.f.standard', pick: (y) => y.standard },
	{ id: 'satisfaction', kind: 'rate', key: 'lookback.f.satisfaction', pick: (y) => y.satisfaction }
];

export function reforecastRows(L: Lang, original: Projection, r: Reforecast): ReforecastRow[] {
	const ys = original.years.slice(r.from + 1).map((_, i) => r.from + 1 + i);
	return FIGURES.map((f) => ({
		id: f.id,
		kind: f.kind,
		label: t(L, f.key),
		years: ys.map((y) => ({ original: f.pick(original.years[y]), reforecast: f.pick(r.projection.years[y]) }))
	}));
}

/** How the restart's satisfaction was set: per tier as reported, shifted to the reported mean, or the model's. */
function how(L: Lang, actuals: Actuals, k: number) {
	if (TIERS.some((tier) => (actuals[`satisfaction.${tier}`]?.[k] ?? null) !== null)) return t(L, 'lookback.rfPerTier');
	if ((actuals.satisfaction?.[k] ?? null) !== null) return t(L, 'lookback.rfShifted');
	return t(L, 'lookback.rfModel');
}

export function reforecastSentence(L: Lang, original: Projection, r: Reforecast, actuals: Actuals): string {
	const sep = t(L, 'sepList');
	return t(L, 'lookback.rfFrom', {
		from: yearName(L, original.years[r.from + 1]),
		last: yearName(L, original.years[r.from]),
		committees: fmtNumber(L, r.state.committees, 0, 1),
		standard: fmtNumber(L, r.state.standard, 0, 1),
		how: how(L, actuals, r.from),
		sat: TIERS.map((tier, i) => `${TIER_LABEL[tier][L]} ${fmtNumber(L, r.state.satisfaction[i] * 100, 1, 1)} %`).join(
			sep
		)
	});
}
