/**
 * The plan check's target rows: §三's rates as whole compounds of 316 beside the compounds the model reaches,
 * and §四(四)1's full coverage, which the plan promises without money for the 3 self-governed compounds.
 */
import { fmtPct } from '../i18n/format';
import { msg, t } from '../i18n';
import { AGREES, BEYOND_HORIZON, say, type Finding } from './finding';
import { cite, citationText } from './cite';
import { PLAN_COMPOUNDS, STATED_COVERAGE, STATED_SUBSIDY, STATED_TARGETS } from './plan-figures';
import { coveredExtra, coverSubsidy } from './plan-check-util';
import type { ScenarioRun } from './types';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

const PLAN_YEARS = [2022, 2023, 2024];
const KIND = {
	committee: { item: 'plancheck.committee' as const, inputs: ['committees_start', 'committees_new'] },
	// Reaching the standard hangs on firms' income covering cost (docs/model.md), i.e. on collection and cost assumptions.
	standard: {
		item: 'plancheck.standard' as const,
		inputs: ['standard_start', 'standard_new', 'quasi_collection', 'basic_collection', 'quasi_cost', 'basic_cost']
	}
} as const;

function targetRow(run: ScenarioRun, kind: 'committee' | 'standard', y: number): Finding {
	const goal = STATED_TARGETS[kind];
	const yr = run.projection.years[y];
	const model = yr ? (kind === 'committee' ? yr.committees : yr.standard) : null;
	const stated = goal.compounds[y];
	const rate = goal.rates[y];
	const base = {
		id: `${kind}-y${y + 1}`,
		item: say('plancheck.targetItem', (L) => ({ what: t(L, KIND[kind].item), year: PLAN_YEARS[y] })),
		quotes: [goal.quotes[y]],
		stated,
		statedNote: say('plancheck.rateOf', (_, n) => ({
			rate: n(rate * 100, 2),
			of: PLAN_COMPOUNDS,
			x: n(rate * PLAN_COMPOUNDS, 2),
			stated
		})),
		model,
		modelSource: citationText(cite(run.values, KIND[kind].inputs)),
		unit: 'compounds' as const
	};
	if (model === null || !yr) return { ...base, diff: null, status: 'differs', explain: BEYOND_HORIZON };
	const diff = model - stated;
	if (diff >= -1e-9) return { ...base, diff, status: 'match', explain: AGREES };
	const planned = (run.values[kind === 'committee' ? 'committees_new' : 'standard_new'] as number[])[y];
	const explain =
		kind === 'standard' && yr.adequacy < 1
			? say('plancheck.shortAdequacy', (L, n) => ({
					n: n(-diff, 1),
					pct: fmtPct(L, yr.adequacy, 1),
					planned: n(planned, 1),
					reached: n(planned * yr.adequacy, 1)
				}))
			: say('plancheck.shortPlanned', (_, n) => ({ n: n(-diff, 1) }));
	return { ...base, diff, status: 'short', explain };
}

export function coverageFinding(run: ScenarioRun): Finding {
	const ys = run.projection.years;
	const end = ys[STATED_COVERAGE.year - 1];
	const model = end ? end.compounds.total - end.compounds.self : null;
	const selfAtStart = run.values.self_area as number;
	const base = {
		id: 'coverage',
		item: say('plancheck.targetItem', (L) => ({ what: t(L, 'plancheck.covered'), year: PLAN_YEARS[2] })),
		quotes: [STATED_COVERAGE.quote],
		stated: PLAN_COMPOUNDS,
		statedNote: msg('plancheck.fullOf', { of: PLAN_COMPOUNDS }),
		model,
		modelSource: citationText(
			cite(run.values, ['market_compounds', 'quasi_compounds', 'basic_compounds', 'self_compounds', 'cover_self'])
		),
		unit: 'compounds' as const
	};
	if (!end || model === null) return { ...base, diff: null, status: 'differs', explain: BEYOND_HORIZON };
	const diff = model - PLAN_COMPOUNDS;
	if (end.compounds.self > 1e-9) {
		// What covering the rest from the plan's start would cost, at this scenario's basic subsidy.
		const cost = sum(coverSubsidy(run, () => end.area.self));
		const explain = say('plancheck.selfOutside', (_, n) => ({
			n: n(end.compounds.self, 1),
			area: n(end.area.self, 4),
			cost: n(cost),
			total: n(STATED_SUBSIDY.total)
		}));
		return { ...base, diff, status: 'unbudgeted', explain };
	}
	if (selfAtStart === 0) return { ...base, diff, status: diff >= -1e-9 ? 'match' : 'short', explain: AGREES };
	const cost = sum(coveredExtra(run));
	const explain = say('plancheck.fullCoverage', (_, n) => ({ cost: n(cost) }));
	return { ...base, diff, status: 'unbudgeted', explain };
}

export const targetFindings = (run: ScenarioRun): Finding[] =>
	(['committee', 'standard'] as const).flatMap((k) => [0, 1, 2].map((y) => targetRow(run, k, y)));
