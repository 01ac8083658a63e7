/** The plan check's money and area rows: §七's stated subsidies and total, the reward fund, the tier areas. */
import { msg, t } from '../i18n';
import { coveredExtra, sumOfYears } from './plan-check-util';
import { AGREES, labels, BEYOND_HORIZON, say, type Finding, type FindingStatus } from './finding';
import { cite, citationText } from './cite';
import { REWARD_QUOTE, STATED_AREA, STATED_SUBSIDY } from './plan-figures';
import type { Bilingual, ScenarioRun } from './types';

export const SUBSIDY_INPUTS = [
	'market_area',
	'quasi_area',
	'basic_area',
	'self_area',
	'market_subsidy',
	'quasi_subsidy',
	'basic_subsidy',
	'self_subsidy',
	'subsidy_payout',
	'upgrade_basic_to_quasi',
	'cover_self'
];
const AREAS = ['market_area', 'quasi_area', 'basic_area', 'self_area'];

/** Why a recomputed subsidy differs from the whole 万元 the plan states. */
function subsidyExplain(
	status: FindingStatus,
	model: number,
	stated: number,
	changed: string[],
	total: boolean,
	extra: number
): Bilingual {
	const diff = model - stated;
	if (status === 'match') return AGREES;
	if (status === 'rounding' && total)
		return say('plancheck.roundedTotal', (_, n) => ({
			sum: STATED_SUBSIDY.years.map((x) => n(x)).join(' + '),
			stated: n(stated),
			model: n(model)
		}));
	if (status === 'rounding') return say('plancheck.rounded', (_, n) => ({ model: n(model), stated: n(stated) }));
	if (status === 'unbudgeted') {
		// Name the cover's own cost; what is left of the gap is the plan's rounding to whole 万元.
		const rest = diff - extra;
		return say('plancheck.unbudgeted', (L, n) => ({
			x: n(extra),
			tail: Math.abs(rest) < 5e-4 ? '' : t(L, 'plancheck.restRounding', { x: n(rest) })
		}));
	}
	return say(diff > 0 ? 'plancheck.changedMore' : 'plancheck.changedLess', (L, n) => ({
		what: labels(L, changed),
		x: n(Math.abs(diff))
	}));
}

function subsidyRow(
	run: ScenarioRun,
	id: string,
	item: Bilingual,
	stated: number,
	model: number | null,
	total: boolean,
	extra: number
): Omit<Finding, 'quotes'> {
	const c = cite(run.values, SUBSIDY_INPUTS);
	const base = { id, item, stated, model, modelSource: citationText(c), unit: 'wan_yuan' as const };
	if (model === null) return { ...base, diff: null, status: 'differs', explain: BEYOND_HORIZON };
	const diff = model - stated;
	// Rounding first: the plan states whole 万元, so any figure that rounds to it is the plan's own.
	const status: FindingStatus =
		Math.abs(diff) < 5e-4
			? 'match'
			: Math.round(model) === stated
				? 'rounding'
				: c.changed.includes('cover_self') && diff > 0
					? 'unbudgeted'
					: 'differs';
	return { ...base, diff, status, explain: subsidyExplain(status, model, stated, c.changed, total, extra) };
}

export function subsidyFindings(run: ScenarioRun): Finding[] {
	const ys = run.projection.years;
	const extra = coveredExtra(run);
	const rows: Finding[] = STATED_SUBSIDY.years.map((stated, y) => ({
		...subsidyRow(
			run,
			`subsidy-y${y + 1}`,
			msg('plancheck.subsidyYear', { n: y + 1 }),
			stated,
			ys[y]?.subsidy.total ?? null,
			false,
			extra[y] ?? 0
		),
		quotes: [STATED_SUBSIDY.twoItems, STATED_SUBSIDY.quotes[y]]
	}));
	const total = sumOfYears(run, 3, (y) => y.subsidy.total);
	rows.push({
		...subsidyRow(
			run,
			'subsidy-total',
			msg('plancheck.subsidyTotal'),
			STATED_SUBSIDY.total,
			total,
			true,
			extra.reduce((a, b) => a + b, 0)
		),
		quotes: [STATED_SUBSIDY.twoItems, STATED_SUBSIDY.totalQuote]
	});
	return rows;
}

/** The stated 3263 against what the district pays in all: the reward fund (and any waiver compensation) on top. */
export function rewardFinding(run: ScenarioRun): Finding {
	const outlay = sumOfYears(run, 3, (y) => y.outlay);
	const reward = sumOfYears(run, 3, (y) => y.rewardFund) ?? 0;
	const waiver = sumOfYears(run, 3, (y) => y.waiverCompensation) ?? 0;
	const keys = [
		...SUBSIDY_INPUTS,
		'reward_fund',
		...(waiver > 0 ? ['waiver_covered', 'quasi_waiver_share', 'basic_waiver_share'] : [])
	];
	const stated = STATED_SUBSIDY.total;
	const base = {
		id: 'reward-fund',
		item: msg('plancheck.outlayReward'),
		quotes: [STATED_SUBSIDY.twoItems, REWARD_QUOTE],
		stated,
		model: outlay,
		modelSource: citationText(cite(run.values, keys)),
		unit: 'wan_yuan' as const
	};
	if (outlay === null) return { ...base, diff: null, status: 'differs', explain: BEYOND_HORIZON };
	const diff = outlay - stated;
	if (reward === 0 && waiver === 0)
		return {
			...base,
			diff,
			status: Math.round(outlay) === stated ? 'rounding' : 'differs',
			explain: msg('plancheck.noReward')
		};
	const explain = say('plancheck.reward', (L, n) => ({
		reward: n(reward),
		waiver: waiver > 0 ? t(L, 'plancheck.rewardWaiver', { x: n(waiver) }) : '',
		outlay: n(outlay),
		diff: n(diff)
	}));
	return { ...base, diff, status: 'outside', explain };
}

export function areaFindings(run: ScenarioRun): Finding[] {
	const v = run.values as Record<string, number>;
	const total = AREAS.reduce((s, k) => s + v[k], 0);
	const old = v.quasi_area + v.basic_area;
	const row = (
		id: string,
		item: Finding['item'],
		quote: Finding['quotes'][number],
		stated: number,
		model: number,
		keys: string[],
		ok: Finding['explain']
	): Finding => {
		const c = cite(run.values, keys);
		const same = Math.abs(model - stated) < 5e-5;
		const explain = same
			? ok
			: say('plancheck.areaChanged', (L, n) => ({
					what: labels(L, c.changed),
					model: n(model, 4),
					stated: n(stated, 4)
				}));
		return {
			id,
			item,
			quotes: [quote],
			stated,
			model,
			modelSource: citationText(c),
			unit: 'wan_m2',
			diff: model - stated,
			status: same ? 'match' : 'differs',
			explain
		};
	};
	return [
		row(
			'area-total',
			msg('plancheck.areaTotal'),
			STATED_AREA.totalQuote,
			STATED_AREA.total,
			total,
			AREAS,
			say('plancheck.areaSum', (_, n) => ({ sum: AREAS.map((k) => n(v[k], 4)).join(' + ') }))
		),
		row(
			'area-old',
			msg('plancheck.areaOld'),
			STATED_AREA.oldQuote,
			STATED_AREA.old,
			old,
			['basic_area', 'quasi_area'],
			say('plancheck.areaOldSum', (_, n) => ({ basic: n(v.basic_area, 4), quasi: n(v.quasi_area, 4) }))
		)
	];
}
