/**
 * What the one-page brief says, chosen to fit one A4 page at any 2–4 scenarios: the key figures, the plan
 * check's flagged rows in one line each (the sentences and the changes in words are brief-words.ts).
 */
import type { Finding, Metric, ScenarioRun } from '../../compare';
import { METRIC } from '../../compare';
import { msg, type Msg } from '../../i18n';
import type { YearResult } from '../../model/projection';

export interface KeyFigure {
	id: string;
	label: Msg;
	metric: Metric;
	get: (r: ScenarioRun) => number;
}

const m = (id: string) => METRIC.get(id)!;
const last = (r: ScenarioRun): YearResult => r.projection.years[r.projection.years.length - 1];
const sum = (r: ScenarioRun, f: (y: YearResult) => number) => r.projection.years.reduce((s, y) => s + f(y), 0);

export function keyFigures(years: number): KeyFigure[] {
	const perYear = Array.from({ length: years }, (_, y): KeyFigure => ({
		id: `outlay-y${y + 1}`,
		label: msg('brief.kf.outlayYear', { n: y + 1 }),
		metric: m('outlay'),
		get: (r) => r.projection.years[y]?.outlay ?? NaN
	}));
	return [
		...perYear,
		{
			id: 'outlay',
			label: msg('brief.kf.outlay'),
			metric: m('outlay'),
			get: (r) => r.projection.totals.outlay
		},
		{
			id: 'outlay-noreward',
			label: msg('brief.kf.outlayNoReward'),
			metric: m('outlay-noreward'),
			get: (r) => r.projection.totals.outlay - r.projection.totals.rewardFund
		},
		{
			id: 'income-qb',
			label: msg('brief.kf.incomeQb'),
			metric: m('firmIncome-quasi'),
			get: (r) => sum(r, (y) => y.firmIncome.quasi + y.firmIncome.basic)
		},
		{
			id: 'standard-rate',
			label: msg('brief.kf.standardEnd'),
			metric: m('standard-rate'),
			get: (r) => last(r).standardRate
		},
		{
			id: 'satisfaction',
			label: msg('brief.kf.satisfactionEnd'),
			metric: m('satisfaction'),
			get: (r) => last(r).satisfaction
		},
		{
			id: 'coverage',
			label: msg('brief.kf.coverageEnd'),
			metric: m('coverage'),
			get: (r) => last(r).coverage
		}
	];
}

const PRIORITY: Record<Finding['status'], number> = {
	outside: 0,
	unbudgeted: 1,
	differs: 2,
	short: 3,
	rounding: 4,
	match: 5
};

/**
 * The plan check's rows a reader must see, most telling first: money outside the totals, promises without a
 * budget, then the rest. Yearly subsidy rows are left to the three-year row, which says the same in one line.
 */
export const briefFindings = (fs: Finding[], limit = 5): Finding[] =>
	fs
		.filter((f) => f.status !== 'match' && !/^subsidy-y\d$/.test(f.id))
		.sort((a, b) => PRIORITY[a.status] - PRIORITY[b.status])
		.slice(0, limit);
