/**
 * Actuals: what happened in each plan year, beside what the model projected. Fields are named as the yearly
 * fields of `simulate --json` (`outlay`, `subsidy.basic`, `feesCollected.quasi`, …) plus `collection.<tier>`
 * (the rate collected of what was billed and not waived) and `satisfaction.<tier>` (a tier's year-end state).
 * Pure: the reader (io/read-actuals.ts) checks a file's actuals; this module compares them with a projection.
 */
import { TIERS, type Tier } from './param-def';
import type { Projection, YearResult } from './projection';

/** One value per plan year (null: not known); a list may be shorter than the horizon (later years unknown). */
export type Actuals = Record<string, (number | null)[]>;

export type ActualKind = 'money' | 'count' | 'rate';

export interface ActualField {
	name: string;
	kind: ActualKind;
	/** A flow over the year (summed in the cumulative column) rather than a year-end state. */
	flow: boolean;
	tier?: Tier;
}

const tiered = (stem: string, kind: ActualKind, flow: boolean): ActualField[] =>
	TIERS.map((tier) => ({ name: `${stem}.${tier}`, kind, flow, tier }));

/** Every field an actuals list may name, in the order the grid and the template show them. */
export const ACTUAL_FIELDS: readonly ActualField[] = [
	{ name: 'outlay', kind: 'money', flow: true },
	{ name: 'subsidy.total', kind: 'money', flow: true },
	...tiered('subsidy', 'money', true),
	{ name: 'rewardFund', kind: 'money', flow: true },
	{ name: 'waiverCompensation', kind: 'money', flow: true },
	...tiered('feesCollected', 'money', true),
	{ name: 'committees', kind: 'count', flow: false },
	{ name: 'standard', kind: 'count', flow: false },
	{ name: 'coverage', kind: 'rate', flow: false },
	{ name: 'satisfaction', kind: 'rate', flow: false },
	...tiered('satisfaction', 'rate', false),
	...tiered('collection', 'rate', false)
];

export const ACTUAL_FIELD: ReadonlyMap<string, ActualField> = new Map(ACTUAL_FIELDS.map((f) => [f.name, f]));

const TIER_INDEX: Record<Tier, number> = { market: 0, quasi: 1, basic: 2, self: 3 };

/** The model's figure for an actual field in plan year `y` (0-based). */
export function modelFigure(field: string, p: Projection, y: number): number {
	const r: YearResult = p.years[y];
	const [stem, tier] = field.split('.') as [string, Tier | 'total' | undefined];
	switch (stem) {
		case 'outlay':
		case 'rewardFund':
		case 'waiverCompensation':
		case 'committees':
		case 'standard':
		case 'coverage':
			return r[stem];
		case 'satisfaction':
			// Overall: the area-weighted year-end mean; a tier: its state after the year's last month.
			return tier === undefined ? r.satisfaction : p.months.tierSatisfaction[TIER_INDEX[tier as Tier]][12 * y + 11];
		case 'subsidy':
		case 'feesCollected':
			return r[stem][tier ?? 'total'];
		case 'collection': {
			const t = tier as Tier;
			const due = r.feesBilled[t] - r.feesWaived[t];
			return due > 0 ? r.feesCollected[t] / due : 0;
		}
	}
	throw new Error(`not an actual field: ${field}`);
}

export interface FieldVariance {
	field: string;
	/** Per plan year: null where there is no actual. */
	actual: (number | null)[];
	model: number[];
	variance: (number | null)[];
	/** Flows: the sums over the years with an actual (model summed over the same years); states: null. */
	cumulative: { actual: number; model: number; variance: number } | null;
}

/** Variance = actual − model, per field and year, and cumulative over the years with an actual. */
export function variances(actuals: Actuals, p: Projection): FieldVariance[] {
	const out: FieldVariance[] = [];
	for (const f of ACTUAL_FIELDS) {
		const list = actuals[f.name];
		if (!list || list.every((x) => x === null)) continue;
		const actual = p.years.map((_, y) => list[y] ?? null);
		const model = p.years.map((_, y) => modelFigure(f.name, p, y));
		const variance = actual.map((a, y) => (a === null ? null : a - model[y]));
		let cumulative: FieldVariance['cumulative'] = null;
		if (f.flow) {
			let a = 0,
				m = 0;
			actual.forEach((x, y) => {
				if (x !== null) {
					a += x;
					m += model[y];
				}
			});
			cumulative = { actual: a, model: m, variance: a - m };
		}
		out.push({ field: f.name, actual, model, variance, cumulative });
	}
	return out;
}

/** The `actual` and `variance` objects `simulate --json` adds to year `y` (0-based); null when none given. */
export function yearActuals(
	actuals: Actuals,
	p: Projection,
	y: number
): { actual: Record<string, number>; variance: Record<string, number> } | null {
	const actual: Record<string, number> = {};
	const variance: Record<string, number> = {};
	for (const f of ACTUAL_FIELDS) {
		const a = actuals[f.name]?.[y];
		if (a === null || a === undefined) continue;
		actual[f.name] = a;
		variance[f.name] = a - modelFigure(f.name, p, y);
	}
	return Object.keys(actual).length ? { actual, variance } : null;
}

/** The last plan year (0-based) with any actual, or −1. */
export function lastActualYear(actuals: Actuals): number {
	let last = -1;
	for (const list of Object.values(actuals))
		list.forEach((x, y) => {
			if (x !== null && y > last) last = y;
		});
	return last;
}

export function hasActuals(actuals: Actuals | undefined): actuals is Actuals {
	return !!actuals && lastActualYear(actuals) >= 0;
}
