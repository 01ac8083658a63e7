/**
 * "New plan from the end of this scenario": a scenario that starts the month after this one ends, its start
 * state this one's end state — compounds and area per tier after every upgrade and cover (fractional counts
 * where a share of a tier moved), committees, compounds at standard, satisfaction per tier — and its years
 * continuing this one by the catalogue's rule beyond the last year: fees and every other yearly assumption
 * carried over at the last year's value, subsidies and the reward fund 0 until set, targets blank until set.
 * Formulas are not carried (they may name years the new plan does not have): each cell is the value it had.
 *
 * The start state is the model's end state, or — when the parent has actuals — the re-forecast's (the planner
 * chooses; the screen says which). The new plan also keeps its parent's continuation: the parent's last year
 * carried on over the new years, subsidies and targets included (an assumption), so that the new plan is
 * compared with what carrying on would do rather than with the 2022 plan.
 */
import { CATALOGUE, TIERS } from './catalogue';
import type { ParamValues } from './inputs';
import type { Projection } from './projection';
import type { Reforecast } from './reforecast';
import { MAX_YEARS, type Follows, type ParamEntry, type ScenarioDoc } from './scenario';
import { monthLabel } from './time';

export const NEXT_PLAN_YEARS = 3;

/** The notes the next plan's cells carry; the screens pass them in the planner's language (the CLI: English). */
export interface NextPlanNotes {
	endState(parent: string, end: string): string;
	/** The start state re-forecast from the parent's actuals. */
	reforecastState(parent: string, end: string): string;
	toSet(): string;
	zeroUntilSet(): string;
	carried(parent: string, year: number): string;
}

const ENGLISH_NOTES: NextPlanNotes = {
	endState: (parent, end) => `end state of "${parent}" (${end})`,
	reforecastState: (parent, end) => `end state of "${parent}" (${end}) re-forecast from its actuals`,
	toSet: () => 'to be set for the new period',
	zeroUntilSet: () => 'to be set: 0 until the new period\u2019s budget is decided',
	carried: (parent, year) => `carried over from "${parent}" year ${year}`
};

/** The parent's end state, as the next plan's start-state cells (keys of the catalogue). */
export function endState(p: Projection): Record<string, number> {
	const Y = p.years.length;
	const last = p.years[Y - 1];
	const out: Record<string, number> = {
		committees_start: last.committees,
		standard_start: last.standard
	};
	TIERS.forEach((t, i) => {
		out[`${t}_compounds`] = last.compounds[t];
		out[`${t}_area`] = last.area[t];
		out[`${t}_satisfaction_start`] = p.months.tierSatisfaction[i][12 * Y - 1];
	});
	// After fractional moves the tiers' sum can drift from the parent's total by a rounding step; the reader
	// refuses more committees than compounds, so cap at the sum as the reader adds it (off by 1 ulp at most).
	const N = TIERS.reduce((s, t) => s + out[`${t}_compounds`], 0);
	out.committees_start = Math.min(out.committees_start, N);
	out.standard_start = Math.min(out.standard_start, N);
	return out;
}

/**
 * The state the next plan starts from: the model's end state, or the re-forecast's. A re-forecast from the
 * last year's actuals has no later year to project, so its end state is the restart state itself (the
 * actuals' committees, compounds at standard and satisfaction per tier); compounds and area stay the model's.
 */
export function startState(p: Projection, r: Reforecast | null = null): Record<string, number> {
	if (!r) return endState(p);
	const out = endState(r.projection);
	if (r.from === p.years.length - 1) {
		out.committees_start = r.state.committees;
		out.standard_start = r.state.standard;
		TIERS.forEach((t, i) => (out[`${t}_satisfaction_start`] = r.state.satisfaction[i]));
		const N = TIERS.reduce((s, t) => s + out[`${t}_compounds`], 0);
		out.committees_start = Math.min(out.committees_start, N);
		out.standard_start = Math.min(out.standard_start, N);
	}
	return out;
}

/**
 * The parent's last year carried on for `years` more years from `state`: every yearly cell at its last value,
 * subsidies, the reward fund and the targets too (an assumption: nothing in the plan says so).
 */
export function continuation(values: ParamValues, state: Record<string, number>, years: number): ParamValues {
	const out: ParamValues = {};
	for (const def of CATALOGUE) {
		const v = values[def.key];
		if (def.key in state) out[def.key] = state[def.key];
		else if (def.shape === 'scalar') out[def.key] = v as number;
		else {
			const list = v as (number | null)[];
			out[def.key] = Array(years).fill(list[list.length - 1] ?? null);
		}
	}
	return out;
}

/** The subsidies and the reward fund: the money a next plan leaves at 0 until the planner sets it. */
export const TO_SET_MONEY = CATALOGUE.filter((d) => d.after3 === 'zero').map((d) => d.key);

/** Per year: true while none of that year's subsidies and reward fund is set (all still 0). */
export function unbudgetedYears(values: ParamValues, years: number): boolean[] {
	return Array.from({ length: years }, (_, y) =>
		TO_SET_MONEY.every((k) => ((values[k] as (number | null)[] | undefined)?.[y] ?? 0) === 0)
	);
}

export interface NextPlanOptions {
	/** The re-forecast to start from (the parent has actuals and the planner chose it); none: the model's. */
	reforecast?: Reforecast | null;
}

export function nextPlan(
	parent: ScenarioDoc,
	values: ParamValues,
	p: Projection,
	years = NEXT_PLAN_YEARS,
	say: NextPlanNotes = ENGLISH_NOTES,
	opts: NextPlanOptions = {}
): ScenarioDoc {
	if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS)
		throw new RangeError(`years must be a whole number 1–${MAX_YEARS}`);
	const Y = parent.years;
	const start = monthLabel(parent.start, 12 * Y);
	const end = monthLabel(start, 12 * years - 1);
	const state = startState(p, opts.reforecast ?? null);
	const parentEnd = monthLabel(parent.start, 12 * Y - 1);
	const params: Record<string, ParamEntry> = {};
	for (const def of CATALOGUE) {
		const v = values[def.key];
		let cells: (number | null)[];
		let note: string | undefined;
		if (def.key in state) {
			cells = [state[def.key]];
			note = (opts.reforecast ? say.reforecastState : say.endState)(parent.name, parentEnd);
		} else if (def.shape === 'scalar') {
			cells = [v as number];
			note = parent.params[def.key]?.note;
		} else if (def.section === 'targets') {
			cells = Array(years).fill(null);
			note = say.toSet();
		} else if (def.after3 === 'zero') {
			cells = Array(years).fill(0);
			note = say.zeroUntilSet();
		} else {
			const list = v as (number | null)[];
			cells = Array(years).fill(list[list.length - 1] ?? 0);
			note = say.carried(parent.name, Y);
		}
		params[def.key] = note === undefined ? { cells } : { cells, note };
	}
	const last = (opts.reforecast?.projection ?? p).years[Y - 1];
	const follows: Follows = {
		parent: parent.name,
		end: parentEnd,
		from: opts.reforecast ? 'reforecast' : 'model',
		continuation: continuation(values, state, years),
		last: {
			from: last.from,
			outlay: last.outlay,
			committeeRate: last.committeeRate,
			standardRate: last.standardRate,
			satisfaction: last.satisfaction,
			coverage: last.coverage
		}
	};
	return {
		name: `Next plan ${start.slice(0, 4)}–${end.slice(0, 4)}`.slice(0, 200),
		description:
			`Follows "${parent.name}" (${parent.start} to ${parentEnd}): its start state is that scenario's end state; ` +
			'fees and assumptions carried over; subsidies, the reward fund and the targets are to be set.',
		start,
		years,
		params,
		follows
	};
}
