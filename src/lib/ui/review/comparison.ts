/**
 * Plan, model and actual side by side: for each actuals field given, per plan year and over the years with an
 * actual (flows), the plan's stated figure where it states one, the model's figure, the actual, and the
 * differences actual − model and actual − plan. Pure: the table and the headline only format it.
 */
import { ACTUAL_FIELD, variances, type Actuals, type ActualKind } from '../../model/actuals';
import type { Projection } from '../../model/projection';
import type { ModelSection } from '../model/model-doc';
import { planCumulative, planFigure, type PlanFigure } from './plan-stated';

export interface ComparisonCell {
	plan: PlanFigure | null;
	model: number;
	actual: number | null;
	/** actual − model; null without an actual. */
	vsModel: number | null;
	/** actual − plan; null without an actual or a plan figure. */
	vsPlan: number | null;
}

export interface ComparisonRow {
	field: string;
	kind: ActualKind;
	/** Where the model's figure is documented. */
	section: ModelSection;
	years: ComparisonCell[];
	/** Flows over the years with an actual; null for year-end states. */
	cumulative: ComparisonCell | null;
}

export function modelSection(field: string): ModelSection {
	const stem = field.split('.')[0];
	if (stem === 'satisfaction') return 'satisfaction';
	if (stem === 'committees' || stem === 'standard' || stem === 'coverage') return 'year-ends';
	if (stem === 'feesCollected' || stem === 'collection') return 'order';
	return 'outlay';
}

const cell = (plan: PlanFigure | null, model: number, actual: number | null): ComparisonCell => ({
	plan,
	model,
	actual,
	vsModel: actual === null ? null : actual - model,
	vsPlan: actual === null || plan === null ? null : actual - plan.value
});

export function comparisonRows(actuals: Actuals, p: Projection): ComparisonRow[] {
	return variances(actuals, p).map((v) => {
		const def = ACTUAL_FIELD.get(v.field)!;
		const years = v.model.map((m, y) => cell(planFigure(v.field, p, y), m, v.actual[y]));
		const withActual = v.actual.flatMap((a, y) => (a === null ? [] : [y]));
		const cumulative = v.cumulative
			? cell(planCumulative(v.field, p, withActual), v.cumulative.model, v.cumulative.actual)
			: null;
		return { field: v.field, kind: def.kind, section: modelSection(v.field), years, cumulative };
	});
}
