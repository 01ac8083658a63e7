/** One number out of an iteration, for the tornado and goal seek: a yearly output, a horizon total, a margin. */
import { TIERS, type Tier } from '../catalogue';
import { NY, OUT, YEARLY_OUTPUTS, type SampleStore, type YearlyOutput } from './samples';

export type Metric =
	/** A yearly output in plan year `year` (1-based). */
	| { kind: 'year'; output: YearlyOutput; year: number }
	/** Summed over the horizon (three-year outlay). */
	| { kind: 'total'; output: 'outlay' | 'subsidy' }
	/** Firms' income − cost in tier `tier`, year `year`: 0 is break-even. */
	| { kind: 'margin'; tier: Tier; year: number };

export function metricValue(s: SampleStore, row: number, m: Metric): number {
	const Y = s.years;
	const at = (y: number, k: YearlyOutput) => s.yearly[(row * Y + y) * NY + OUT[k]];
	if (m.kind === 'year') return at(m.year - 1, m.output);
	if (m.kind === 'margin') return at(m.year - 1, `firmIncome_${m.tier}`) - at(m.year - 1, `firmCost_${m.tier}`);
	let t = 0;
	for (let y = 0; y < Y; y++) t += at(y, m.output);
	return t;
}

/** What is wrong with a metric for a horizon of `years`, in words; null if it is fine. */
export function checkMetric(m: Metric, years: number): string | null {
	if (m.kind === 'total')
		return m.output === 'outlay' || m.output === 'subsidy' ? null : `unknown total "${m.output}" (outlay or subsidy)`;
	if (!Number.isInteger(m.year) || m.year < 1 || m.year > years)
		return `year ${m.year} is outside the plan's years 1–${years}`;
	if (m.kind === 'year' && !(YEARLY_OUTPUTS as readonly string[]).includes(m.output))
		return `unknown output "${m.output}" (one of ${YEARLY_OUTPUTS.join(', ')})`;
	if (m.kind === 'margin' && !TIERS.includes(m.tier)) return `unknown tier "${m.tier}" (one of ${TIERS.join(', ')})`;
	return null;
}

export function describeMetric(m: Metric): string {
	if (m.kind === 'total') return `the total ${m.output} over the horizon`;
	if (m.kind === 'margin') return `${m.tier} firms' income minus cost in year ${m.year}`;
	return `${m.output} in year ${m.year}`;
}
