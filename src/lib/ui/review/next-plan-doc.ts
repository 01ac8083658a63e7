/**
 * The next plan as the library stores it: model/next-plan.ts's scenario, named and noted in the planner's
 * language (the note names its parent), or a message when it cannot be made.
 */
import { t, type Lang } from '../../i18n';
import { fmtNumber } from '../../i18n/format';
import { TIERS } from '../../model/catalogue';
import type { ParamValues } from '../../model/inputs';
import { nextPlan } from '../../model/next-plan';
import type { Reforecast } from '../../model/reforecast';
import type { Projection } from '../../model/projection';
import type { ScenarioDoc } from '../../model/scenario';
import { monthLabel, START_PATTERN } from '../../model/time';

export function nextPlanDoc(
	L: Lang,
	parent: ScenarioDoc,
	values: ParamValues,
	p: Projection,
	years: number,
	reforecast: Reforecast | null = null
): { ok: true; doc: ScenarioDoc } | { ok: false; message: string } {
	const start = monthLabel(parent.start, 12 * parent.years);
	const end = monthLabel(start, 12 * years - 1);
	// The reader takes months up to 2100-12: a plan that runs past it could be made but never opened again.
	if (!START_PATTERN.test(start) || !START_PATTERN.test(end))
		return { ok: false, message: t(L, 'lookback.nextTooLate') };
	const doc = nextPlan(
		parent,
		values,
		p,
		years,
		{
			endState: (name, at) => t(L, 'lookback.cellEndState', { parent: name, end: at }),
			reforecastState: (name, at) => t(L, 'nextplan.cellReforecastState', { parent: name, end: at }),
			toSet: () => t(L, 'lookback.cellToSet'),
			zeroUntilSet: () => t(L, 'lookback.cellZeroUntilSet'),
			carried: (name, year) => t(L, 'lookback.cellCarried', { parent: name, year: String(year) })
		},
		{ reforecast }
	);
	const vars = { parent: parent.name, start: parent.start, end: monthLabel(parent.start, 12 * parent.years - 1) };
	const [from, to] = [start.slice(0, 4), end.slice(0, 4)];
	doc.name = t(L, from === to ? 'lookback.nextName1' : 'lookback.nextName', { from, to, parent: parent.name }).slice(
		0,
		200
	);
	// A fraction a partial move left stays (no area or subsidy lost to rounding); its note says what it is.
	for (const k of ['committees_start', 'standard_start', ...TIERS.map((x) => `${x}_compounds`)]) {
		const e = doc.params[k];
		const x = e.cells[0] as number;
		if (Math.abs(x - Math.round(x)) > 1e-9)
			e.note = `${e.note ?? ''}${t(L, 'nextplan.fractionalCell', { x: fmtNumber(L, x, 2, 2), n: String(Math.round(x)) })}`;
	}
	doc.description = t(L, reforecast ? 'nextplan.reforecastNote' : 'lookback.nextNote', vars);
	return { ok: true, doc };
}
