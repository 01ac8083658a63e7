/**
 * The targets' rates on the actual figures: committees and compounds at standard over the model's compounds at
 * that year's end (the model's own denominator), satisfaction and coverage as reported. Judged by the same
 * rounding rule as the model's column (model/targets.ts).
 */
import type { Actuals } from '../../model/actuals';
import type { Projection } from '../../model/projection';
import { meets, margin, type TargetKind } from '../../model/targets';

const FIELD: Record<TargetKind, string> = {
	committee: 'committees',
	standard: 'standard',
	satisfaction: 'satisfaction',
	coverage: 'coverage'
};

export function actualRate(a: Actuals | undefined, p: Projection, y: number, k: TargetKind): number | null {
	const x = a?.[FIELD[k]]?.[y] ?? null;
	if (x === null) return null;
	return k === 'committee' || k === 'standard' ? x / p.years[y].compounds.total : x;
}

/** Met / missed and the margin on the actual rate; null where no actual or no target. */
export function actualTarget(a: Actuals | undefined, p: Projection, y: number, k: TargetKind) {
	const rate = actualRate(a, p, y, k);
	const target = p.years[y].targetValues[k];
	if (rate === null) return null;
	return { rate, met: meets(rate, target), margin: margin(rate, target) };
}

/** The plan years (0-based) with an actual for any target. */
export function actualTargetYears(a: Actuals | undefined, p: Projection): number[] {
	return p.years.flatMap((_, y) =>
		(Object.keys(FIELD) as TargetKind[]).some((k) => actualRate(a, p, y, k) !== null) ? [y] : []
	);
}
