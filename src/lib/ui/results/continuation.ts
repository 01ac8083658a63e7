/**
 * A next plan's baseline: its parent's last year carried on (model/next-plan.ts keeps the values), projected
 * over the plan's own years and start — so the cards compare the new plan with carrying on, not with 2022.
 * Money not yet set reads "to be set" year by year.
 */
import type { ParamValues } from '../../model/inputs';
import { continuationValues } from '../../model/next-plan-bridge';
import { unbudgetedYears } from '../../model/next-plan';
import type { Projection } from '../../model/projection';
import { runProjection } from '../../model/run';
import type { ScenarioDoc } from '../../model/scenario';

export interface ContinuationBase {
	p: Projection;
	/** The parent and its last calendar year, for "vs … carried on". */
	name: { parent: string; year: string };
}

export function continuationBase(doc: ScenarioDoc | null): ContinuationBase | null {
	const f = doc?.follows;
	if (!doc || !f) return null;
	return {
		p: runProjection(continuationValues(f, doc.years), doc.years, doc.start),
		name: { parent: f.parent, year: f.last.from.slice(0, 4) }
	};
}

/** Per year of a next plan: money still to be set. Every other scenario's money is as written: none. */
export function unsetYears(doc: ScenarioDoc | null, values: ParamValues): boolean[] {
	return doc?.follows ? unbudgetedYears(values, doc.years) : [];
}
