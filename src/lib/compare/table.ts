/**
 * The side-by-side table: every metric for every scenario, per plan year and over the horizon, with its
 * difference against the baseline. Rows that are zero everywhere (an optional tier row) are dropped.
 */
import { delta, type Delta } from './delta';
import { METRICS, type Metric } from './metrics';
import type { ScenarioRun } from './types';

export interface CompareCell {
	/** null where the scenario's horizon has no such year, or the metric has no total. */
	value: number | null;
	/** null for the baseline itself, and where either side has no value. */
	delta: Delta | null;
}

export interface CompareRow {
	metric: Metric;
	/** [scenario][plan year 0 … years − 1, then the total]. */
	cells: CompareCell[][];
}

export interface CompareTable {
	/** The longest horizon among the scenarios. */
	years: number;
	rows: CompareRow[];
	/** Horizons or start months differ: years line up by plan year, and totals cover different spans. */
	misaligned: boolean;
}

function series(run: ScenarioRun, m: Metric, years: number): (number | null)[] {
	const ys = run.projection.years;
	const perYear = Array.from({ length: years }, (_, y) => (y < ys.length ? m.get(ys[y]) : null));
	const own = perYear.slice(0, ys.length) as number[];
	const total = m.total === 'sum' ? own.reduce((s, x) => s + x, 0) : m.total === 'end' ? own[own.length - 1] : null;
	return [...perYear, total];
}

export function compareTable(
	runs: readonly ScenarioRun[],
	baseline: number,
	metrics: readonly Metric[] = METRICS
): CompareTable {
	if (runs.length === 0) throw new Error('compareTable needs at least one scenario');
	if (baseline < 0 || baseline >= runs.length)
		throw new Error(`baseline ${baseline} is not one of the ${runs.length} scenarios (0–${runs.length - 1})`);
	const years = Math.max(...runs.map((r) => r.projection.years.length));
	const rows: CompareRow[] = [];
	for (const metric of metrics) {
		const values = runs.map((r) => series(r, metric, years));
		if (metric.optional && values.every((v) => v.every((x) => x === null || x === 0))) continue;
		const base = values[baseline];
		const cells = values.map((v, s) =>
			v.map((value, i) => ({
				value,
				delta: s === baseline || value === null || base[i] === null ? null : delta(base[i]!, value)
			}))
		);
		rows.push({ metric, cells });
	}
	const first = runs[0].projection;
	const misaligned = runs.some(
		(r) => r.projection.years.length !== first.years.length || r.projection.start !== first.start
	);
	return { years, rows, misaligned };
}
