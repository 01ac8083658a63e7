/** The rank correlation the draws actually have: what `simulate --runs` reports as `monteCarlo.correlation`. */
import { spearmanMatrix } from './correlation';
import type { DrawShape } from './plan';
import type { SampleStore } from './samples';

export interface AchievedCorrelation {
	/** The draw columns: a parameter key, or a cell name (`basic_collection_y2`) when it draws each year. */
	keys: string[];
	/** Spearman's ρ between the columns' draws, keys × keys. */
	rho: number[][];
}

/**
 * Spearman's matrix of the quantiles each column drew. A draw is a non-decreasing function of its quantile, so
 * this is the draws' own rank correlation — except where rounding (whole months) or clamping ties draws.
 */
export function achievedCorrelation(plan: DrawShape, s: SampleStore): AchievedCorrelation {
	const C = s.drawCols;
	const cols = Array.from({ length: C }, (_, c) => {
		const col = new Float64Array(s.n);
		for (let i = 0; i < s.n; i++) col[i] = s.draws[i * C + c];
		return col;
	});
	const m = C > 0 && s.n > 1 ? spearmanMatrix(cols) : new Float64Array(0);
	return {
		keys: plan.columns.map((c) => c.name),
		rho: Array.from({ length: C }, (_, i) => Array.from(m.subarray(i * C, (i + 1) * C)))
	};
}
