/**
 * The fund-use plan as the treasury's table: streets as rows; each quarter's months followed by the quarter's
 * total, and each calendar year closed by its total. One builder for the screen, the CSV and the XLSX, so the
 * three show the same figures. Rows other than streets are named by kind; the caller words them.
 */
import type { Deductions } from './assessment';
import { periods, periodSum } from './periods';
import type { CashflowPlan } from './plan';

export interface TableColumn {
	kind: 'month' | 'quarter' | 'year';
	/** "2022-01", "2022Q1" or "2022" */
	key: string;
	months: number[];
}

export type RowKind = 'street' | 'unplaced' | 'reward' | 'withheld' | 'district' | 'paid';

export interface TableRow {
	kind: RowKind;
	/** The street's name (kind 'street' only). */
	street?: string;
	/** One figure a column (万元). */
	values: number[];
}

export interface CashflowTable {
	columns: TableColumn[];
	rows: TableRow[];
}

/**
 * `year` keeps one calendar year's columns (the screen pages by year); files take the whole horizon.
 * Street rows are what the district pays each street: subsidy + waiver compensation + any reward fund given
 * to it − assessment deductions. The district row is the model's outlay; with deductions, a 'withheld' row
 * (money the streets already hold) makes the rows add up to it and a 'paid' row gives the treasury's payments.
 */
export function cashflowTable(
	plan: CashflowPlan,
	opts: { deductions?: Deductions; year?: number } = {}
): CashflowTable {
	const M = plan.months.length;
	const columns = tableColumns(plan.months).filter((c) => opts.year === undefined || c.key.startsWith(`${opts.year}`));
	const d = opts.deductions;
	const series: { kind: RowKind; street?: string; s: Float64Array }[] = plan.streets.map((s, k) => ({
		kind: 'street',
		street: s.street,
		s: Float64Array.from(
			{ length: M },
			(_, m) => s.subsidy[m] + s.waiverCompensation[m] + s.rewardFund[m] - (d ? d.byStreet[k][m] : 0)
		)
	}));
	if (plan.shares.unplaced.length) series.push({ kind: 'unplaced', s: plan.unplaced });
	series.push({ kind: 'reward', s: plan.unallocatedReward });
	const dist = plan.district;
	const district = Float64Array.from(
		{ length: M },
		(_, m) => dist.subsidy[m] + dist.waiverCompensation[m] + dist.rewardFund[m]
	);
	const withheld = new Float64Array(M);
	if (d) for (const row of d.byStreet) for (let m = 0; m < M; m++) withheld[m] += row[m];
	const anyWithheld = withheld.some((x) => x !== 0);
	if (anyWithheld) series.push({ kind: 'withheld', s: withheld });
	series.push({ kind: 'district', s: district });
	if (anyWithheld) series.push({ kind: 'paid', s: district.map((x, m) => x - withheld[m]) });
	return {
		columns,
		rows: series.map((r) => ({
			kind: r.kind,
			...(r.street !== undefined ? { street: r.street } : {}),
			values: columns.map((c) => periodSum(r.s, c))
		}))
	};
}

/** Months in order, each quarter's total after its last month, each year's total after its last quarter. */
export function tableColumns(labels: readonly string[]): TableColumn[] {
	const out: TableColumn[] = [];
	for (const p of periods(labels)) {
		if (p.kind === 'quarter') for (const m of p.months) out.push({ kind: 'month', key: labels[m], months: [m] });
		out.push({ kind: p.kind, key: p.key, months: p.months });
	}
	return out;
}

/** Calendar years the plan spans, for the screen's year pages. */
export const calendarYears = (labels: readonly string[]) => [...new Set(labels.map((l) => Number(l.slice(0, 4))))];
