/**
 * The plan's own stated figure for an actuals field in a plan year, where the plan states one: the subsidies'
 * "两项合计" and the reward fund (§七), the targets (§三, as rates; committees and standard also as the fewest
 * compounds that meet them, which the plan does not write and which are marked derived), full coverage in the
 * third year (§四(四)1). Only for a scenario whose years are the plan's calendar years 2022–2024.
 */
import type { Projection } from '../../model/projection';
import {
	compoundsFor,
	REWARD_QUOTE,
	STATED_SUBSIDY,
	STATED_TARGETS,
	STATED_COVERAGE
} from '../../compare/plan-figures';

export interface PlanFigure {
	value: number;
	/** A key of CLAUSES. */
	clause: string;
	/** Not in the plan's words: worked out from its rate (compounds for a target rate). */
	derived: boolean;
}

const SATISFACTION = [0.8, 0.85, 0.9]; // §三: 2022 年达到 80%；2023 年达到 85%；2024 年达到 90%以上

/** 0, 1 or 2 when year `y` is the plan's 2022, 2023 or 2024; else −1. */
export function planYearOf(p: Projection, y: number): number {
	const from = p.years[y]?.from ?? '';
	const i = Number(from.slice(0, 4)) - 2022;
	return from.endsWith('-01') && i >= 0 && i < 3 ? i : -1;
}

export function planFigure(field: string, p: Projection, y: number): PlanFigure | null {
	const i = planYearOf(p, y);
	if (i < 0) return null;
	const n = p.years[y].compounds.total;
	switch (field) {
		case 'subsidy.total':
			return { value: STATED_SUBSIDY.years[i], clause: STATED_SUBSIDY.quotes[i].clause, derived: false };
		case 'rewardFund':
			return { value: 100, clause: REWARD_QUOTE.clause, derived: false };
		case 'committees':
		case 'standard': {
			const t = STATED_TARGETS[field === 'committees' ? 'committee' : 'standard'];
			return { value: compoundsFor(t.rates[i], n), clause: '§三', derived: true };
		}
		case 'satisfaction':
			return { value: SATISFACTION[i], clause: '§三', derived: false };
		case 'coverage':
			return i === STATED_COVERAGE.year - 1
				? { value: STATED_COVERAGE.rate, clause: STATED_COVERAGE.quote.clause, derived: false }
				: null;
	}
	return null;
}

/** The plan's figure over the years with an actual (flows only): the sum when the plan states every one of them. */
export function planCumulative(field: string, p: Projection, years: number[]): PlanFigure | null {
	const figs = years.map((y) => planFigure(field, p, y));
	if (!figs.length || figs.some((f) => f === null)) return null;
	// 1631 + 816 + 816 is the plan's own 3263 (§七 合计).
	return {
		value: figs.reduce((s, f) => s + f!.value, 0),
		clause: figs[0]!.clause,
		derived: false
	};
}
