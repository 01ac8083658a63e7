/**
 * "New plan from the end of this scenario": a scenario that starts the month after this one ends, its start
 * state this one's end state — compounds and area per tier after every upgrade and cover (fractional counts
 * where a share of a tier moved), committees, compounds at standard, satisfaction per tier — and its years
 * continuing this one by the catalogue's rule beyond the last year: fees and every other yearly assumption
 * carried over at the last year's value, subsidies and the reward fund 0 until set, targets blank until set.
 * Formulas are not carried (they may name years the new plan does not have): each cell is the value it had.
 */
import { CATALOGUE, TIERS } from './catalogue';
import type { ParamValues } from './inputs';
import type { Projection } from './projection';
import { MAX_YEARS, type ParamEntry, type ScenarioDoc } from './scenario';
import { monthLabel } from './time';

export const NEXT_PLAN_YEARS = 3;

/** The notes the next plan's cells carry; the screens pass them in the planner's language (the CLI: English). */
export interface NextPlanNotes {
	endState(parent: string, end: string): string;
	toSet(): string;
	zeroUntilSet(): string;
	carried(parent: string, year: number): string;
}

const ENGLISH_NOTES: NextPlanNotes = {
	endState: (parent, end) => `end state of "${parent}" (${end})`,
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

export function nextPlan(
	parent: ScenarioDoc,
	values: ParamValues,
	p: Projection,
	years = NEXT_PLAN_YEARS,
	say: NextPlanNotes = ENGLISH_NOTES
): ScenarioDoc {
	if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS)
		throw new RangeError(`years must be a whole number 1–${MAX_YEARS}`);
	const Y = parent.years;
	const start = monthLabel(parent.start, 12 * Y);
	const end = monthLabel(start, 12 * years - 1);
	const state = endState(p);
	const parentEnd = monthLabel(parent.start, 12 * Y - 1);
	const params: Record<string, ParamEntry> = {};
	for (const def of CATALOGUE) {
		const v = values[def.key];
		let cells: (number | null)[];
		let note: string | undefined;
		if (def.key in state) {
			cells = [state[def.key]];
			note = say.endState(parent.name, parentEnd);
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
	return {
		name: `Next plan ${start.slice(0, 4)}–${end.slice(0, 4)}`.slice(0, 200),
		description:
			`Follows "${parent.name}" (${parent.start} to ${parentEnd}): its start state is that scenario's end state; ` +
			'fees and assumptions carried over; subsidies, the reward fund and the targets are to be set.',
		start,
		years,
		params
	};
}
