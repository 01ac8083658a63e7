/**
 * The review flags of `npm run simulate`: years gain `actual` / `variance` when the file has actuals;
 * `--reforecast` adds the projection "from actuals"; `--next-plan [--years N]` prints the follow-on scenario.
 */
import { resultsJson } from '../lib/io/results-json';
import { writeScenario } from '../lib/io/write-scenario';
import { hasActuals, yearActuals } from '../lib/model/actuals';
import type { ParamValues } from '../lib/model/inputs';
import { nextPlan, NEXT_PLAN_YEARS } from '../lib/model/next-plan';
import type { Projection } from '../lib/model/projection';
import { reforecast } from '../lib/model/reforecast';
import { MAX_YEARS, type ScenarioDoc } from '../lib/model/scenario';

/** Adds `actual` and `variance` to each year of `simulate --json` that has actuals. */
export function addActuals(out: { years: object[] }, doc: ScenarioDoc, p: Projection): void {
	if (!hasActuals(doc.actuals)) return;
	const a = doc.actuals;
	out.years.forEach((yr, y) => {
		const v = yearActuals(a, p, y);
		if (v) Object.assign(yr, v);
	});
}

/** `reforecast`: from (1-based: the last year with actuals), the state it restarts from, and every year. */
export function reforecastJson(
	doc: ScenarioDoc,
	values: ParamValues,
	p: Projection
): { ok: true; result: unknown } | { ok: false; error: string } {
	if (!hasActuals(doc.actuals))
		return { ok: false, error: '--reforecast needs actuals in the file ("actuals": { "<field>": [...] })' };
	const r = reforecast(values, doc.years, doc.start, doc.actuals, p)!;
	const j = resultsJson(doc.name, r.projection);
	return {
		ok: true,
		result: { afterYear: r.from + 1, state: r.state, years: j.years.slice(r.from + 1), totals: j.totals }
	};
}

export function nextPlanText(
	doc: ScenarioDoc,
	values: ParamValues,
	p: Projection,
	yearsArg: string | undefined
): { ok: true; text: string } | { ok: false; error: string } {
	const years = yearsArg === undefined ? NEXT_PLAN_YEARS : Number(yearsArg);
	if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS)
		return { ok: false, error: `--years: expected a whole number 1–${MAX_YEARS}, got ${yearsArg}` };
	return { ok: true, text: writeScenario(nextPlan(doc, values, p, years)) };
}
