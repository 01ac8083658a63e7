/**
 * What the one-page brief says, chosen to fit one A4 page at any 2–4 scenarios: the key figures, the plan
 * check's flagged rows in one line each (the sentences and the changes in words are brief-words.ts).
 */
import type { Finding, Metric, ScenarioRun } from '../../compare';
import { METRIC } from '../../compare';
import type { YearResult } from '../../model/projection';

export interface KeyFigure {
	id: string;
	label: { zh: string; en: string };
	metric: Metric;
	get: (r: ScenarioRun) => number;
}

const m = (id: string) => METRIC.get(id)!;
const last = (r: ScenarioRun): YearResult => r.projection.years[r.projection.years.length - 1];
const sum = (r: ScenarioRun, f: (y: YearResult) => number) => r.projection.years.reduce((s, y) => s + f(y), 0);

export function keyFigures(years: number): KeyFigure[] {
	const perYear = Array.from({ length: years }, (_, y): KeyFigure => ({
		id: `outlay-y${y + 1}`,
		label: { zh: `第${y + 1}年支出`, en: `Year ${y + 1} outlay` },
		metric: m('outlay'),
		get: (r) => r.projection.years[y]?.outlay ?? NaN
	}));
	return [
		...perYear,
		{
			id: 'outlay',
			label: { zh: '全期支出（含奖励资金）', en: 'Outlay, all years, with reward fund' },
			metric: m('outlay'),
			get: (r) => r.projection.totals.outlay
		},
		{
			id: 'outlay-noreward',
			label: { zh: '不含奖励资金（规划 3263）', en: 'Without reward fund (plan: 3263)' },
			metric: m('outlay-noreward'),
			get: (r) => r.projection.totals.outlay - r.projection.totals.rewardFund
		},
		{
			id: 'income-qb',
			label: { zh: '企业收入（准物业+基础）', en: 'Firms\u2019 income (quasi + basic)' },
			metric: m('firmIncome-quasi'),
			get: (r) => sum(r, (y) => y.firmIncome.quasi + y.firmIncome.basic)
		},
		{
			id: 'standard-rate',
			label: { zh: '期末达标率', en: 'Standard rate at the end' },
			metric: m('standard-rate'),
			get: (r) => last(r).standardRate
		},
		{
			id: 'satisfaction',
			label: { zh: '期末满意度', en: 'Satisfaction at the end' },
			metric: m('satisfaction'),
			get: (r) => last(r).satisfaction
		},
		{
			id: 'coverage',
			label: { zh: '期末物业覆盖率', en: 'Coverage at the end' },
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
