/**
 * The summary split between two workers: the first computes everything but the later months' fan-chart bands
 * (summarize with `monthsTo`), the second those bands (monthBands), and joinMonths puts them together — the
 * same figures as one summary, in about half the time. Kept apart from summary.ts so the page's client
 * does not load the percentile code.
 */
import type { Bands, McSummary } from './summary';
import { YEARLY_OUTPUTS } from './samples';

/** A summary computed up to some month, with the later months' bands appended (from monthBands). */
export function joinMonths(summary: McSummary, later: McSummary['months']): McSummary {
	const join = (a: Bands, b: Bands): Bands => ({
		p5: [...a.p5, ...b.p5],
		p25: [...a.p25, ...b.p25],
		p50: [...a.p50, ...b.p50],
		p75: [...a.p75, ...b.p75],
		p95: [...a.p95, ...b.p95]
	});
	const m = summary.months;
	return {
		...summary,
		months: {
			labels: [...m.labels, ...later.labels],
			outlay: join(m.outlay, later.outlay),
			cumulativeOutlay: join(m.cumulativeOutlay, later.cumulativeOutlay),
			satisfaction: join(m.satisfaction, later.satisfaction)
		}
	};
}

/**
 * Where to split the summary between two workers so each computes about as many percentiles: the first takes
 * the yearly outputs and totals and the months before the split (three bands a month), the second the rest.
 */
export function monthSplit(years: number): number {
	const first = YEARLY_OUTPUTS.length * years + 2;
	return Math.max(0, Math.min(12 * years, Math.round((36 * years - first) / 6)));
}
