/**
 * The re-forecast "from actuals": the years after the last year with actuals are projected from the actual
 * state at its end — committees and compounds at standard as reported (the model's where none is given), and
 * satisfaction per tier from `satisfaction.<tier>`, or else every tier shifted by the same amount so that the
 * area-weighted mean equals the reported overall satisfaction. Compounds and area stay the model's (actuals do
 * not report moves). The years up to the last actual are the model's own; their actuals sit beside them.
 */
import { lastActualYear, type Actuals } from './actuals';
import { toModelInputs, type ParamValues } from './inputs';
import { TIERS } from './param-def';
import { project, type Projection } from './projection';

export interface Reforecast {
	/** 0-based plan year after which the projection restarts from actuals; −1: no actuals, no re-forecast. */
	from: number;
	projection: Projection;
	/** The state the later years start from. */
	state: { committees: number; standard: number; satisfaction: number[] };
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function reforecast(
	values: ParamValues,
	years: number,
	start: string,
	actuals: Actuals,
	original?: Projection
): Reforecast | null {
	const k = lastActualYear(actuals);
	if (k < 0) return null;
	const base = original ?? project(toModelInputs(values, years), start);
	const r = base.years[k];
	const at = (field: string) => actuals[field]?.[k] ?? null;
	const sat = TIERS.map((_, t) => base.months.tierSatisfaction[t][12 * k + 11]);
	const perTier = TIERS.map((t) => at(`satisfaction.${t}`));
	let satisfaction: number[];
	if (perTier.some((x) => x !== null)) satisfaction = perTier.map((x, t) => x ?? sat[t]);
	else {
		const overall = at('satisfaction');
		// Adding the same d to every tier moves the area-weighted mean by exactly d.
		const d = overall === null ? 0 : overall - r.satisfaction;
		satisfaction = d === 0 ? sat : sat.map((s) => clamp01(s + d));
	}
	const state = {
		committees: at('committees') ?? r.committees,
		standard: at('standard') ?? r.standard,
		satisfaction
	};
	const inp = toModelInputs(values, years);
	inp.resume = { after: k, ...state };
	return { from: k, projection: project(inp, start), state };
}
