/**
 * Quarter and year totals of a monthly series for the treasury's tables. Budget years in China are calendar
 * years, so the totals follow the months' calendar labels ("2022-07" is in 2022 Q3), not plan years.
 */
export interface Period {
	kind: 'quarter' | 'year';
	/** "2022Q3" or "2022" */
	key: string;
	year: number;
	quarter: number | null;
	/** Month indices in this period. */
	months: number[];
}

/** Periods in the order a table shows them: each year's quarters, then the year. */
export function periods(labels: readonly string[]): Period[] {
	const out: Period[] = [];
	const years = new Map<number, Period>();
	const quarters = new Map<string, Period>();
	labels.forEach((label, m) => {
		const [y, mo] = label.split('-').map(Number);
		const q = Math.floor((mo - 1) / 3) + 1;
		let year = years.get(y);
		if (!year) {
			year = { kind: 'year', key: String(y), year: y, quarter: null, months: [] };
			years.set(y, year);
		}
		const qk = `${y}Q${q}`;
		let quarter = quarters.get(qk);
		if (!quarter) {
			quarter = { kind: 'quarter', key: qk, year: y, quarter: q, months: [] };
			quarters.set(qk, quarter);
		}
		year.months.push(m);
		quarter.months.push(m);
	});
	for (const year of years.values()) {
		for (const q of quarters.values()) if (q.year === year.year) out.push(q);
		out.push(year);
	}
	return out;
}

export function periodSum(series: ArrayLike<number>, p: { months: readonly number[] }): number {
	let s = 0;
	for (const m of p.months) s += series[m];
	return s;
}
