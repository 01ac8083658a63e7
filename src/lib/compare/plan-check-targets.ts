/**
 * The plan check's target rows: §三's rates as whole compounds of 316 beside the compounds the model reaches,
 * and §四(四)1's full coverage, which the plan promises without money for the 3 self-governed compounds.
 */
import { fmtPct } from '../i18n/format';
import { AGREES, both, BEYOND_HORIZON, type Finding } from './finding';
import { cite, citationText } from './cite';
import { PLAN_COMPOUNDS, STATED_COVERAGE, STATED_SUBSIDY, STATED_TARGETS } from './plan-figures';
import { coveredExtra, coverSubsidy } from './plan-check-util';
import type { ScenarioRun } from './types';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

const PLAN_YEARS = [2022, 2023, 2024];
const KIND = {
	committee: {
		zh: '成立业委会小区',
		en: 'Compounds with an owners\u2019 committee',
		inputs: ['committees_start', 'committees_new']
	},
	// Reaching the standard hangs on firms' income covering cost (docs/model.md), i.e. on collection and cost assumptions.
	standard: {
		zh: '达标小区',
		en: 'Compounds at the standard',
		inputs: ['standard_start', 'standard_new', 'quasi_collection', 'basic_collection', 'quasi_cost', 'basic_cost']
	}
} as const;

function targetRow(run: ScenarioRun, kind: 'committee' | 'standard', y: number): Finding {
	const t = STATED_TARGETS[kind];
	const yr = run.projection.years[y];
	const model = yr ? (kind === 'committee' ? yr.committees : yr.standard) : null;
	const stated = t.compounds[y];
	const rate = t.rates[y];
	const base = {
		id: `${kind}-y${y + 1}`,
		item: both((L) =>
			L === 'zh' ? `${KIND[kind].zh}（${PLAN_YEARS[y]} 年末）` : `${KIND[kind].en}, end of ${PLAN_YEARS[y]}`
		),
		quotes: [t.quotes[y]],
		stated,
		statedNote: both(
			(L, n) =>
				`${n(rate * 100, 2)} % ${L === 'zh' ? '×' : 'of'} ${PLAN_COMPOUNDS} = ${n(rate * PLAN_COMPOUNDS, 2)} → ${stated}`
		),
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
			? both((L, n) =>
					L === 'zh'
						? `差 ${n(-diff, 1)} 个：小区只在企业收入覆盖成本的程度上达标；该年准物业+基础物业收入÷成本为 ${fmtPct(L, yr.adequacy, 1)}（取决于收缴率、成本等假设），计划新增 ${n(planned, 1)} 个只实现 ${n(planned * yr.adequacy, 1)} 个。`
						: `${n(-diff, 1)} short: compounds reach the standard only as far as firms\u2019 income covers their cost; that year quasi + basic income ÷ cost is ${fmtPct(L, yr.adequacy, 1)} (from the assumed collection rates and costs), so of ${n(planned, 1)} planned only ${n(planned * yr.adequacy, 1)} reach it.`
				)
			: both((L, n) =>
					L === 'zh'
						? `差 ${n(-diff, 1)} 个：本情景计划的数量不足。`
						: `${n(-diff, 1)} short: the scenario plans too few.`
				);
	return { ...base, diff, status: 'short', explain };
}

export function coverageFinding(run: ScenarioRun): Finding {
	const ys = run.projection.years;
	const end = ys[STATED_COVERAGE.year - 1];
	const model = end ? end.compounds.total - end.compounds.self : null;
	const selfAtStart = run.values.self_area as number;
	const base = {
		id: 'coverage',
		item: both((L) =>
			L === 'zh' ? `纳入物业管理的小区（${PLAN_YEARS[2]} 年末）` : `Compounds under management, end of ${PLAN_YEARS[2]}`
		),
		quotes: [STATED_COVERAGE.quote],
		stated: PLAN_COMPOUNDS,
		statedNote: both((L) => (L === 'zh' ? `100 % × ${PLAN_COMPOUNDS}` : `100 % of ${PLAN_COMPOUNDS}`)),
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
		const explain = both((L, n) =>
			L === 'zh'
				? `${n(end.compounds.self, 1)} 个居民自治小区（${n(end.area.self, 4)} 万 m²）未纳入：规划要求三年内全覆盖，但未定进度，合计中也没有这笔钱。从第一年起纳入，三年需基础物业补贴约 ${n(cost)} 万元，在规划合计 ${n(STATED_SUBSIDY.total)} 万元之外。`
				: `${n(end.compounds.self, 1)} self-governed compounds (${n(end.area.self, 4)} 万 m²) stay outside: the plan promises full coverage within three years but sets no pace and puts no money for it in its totals. Covering them from year 1 would take about ${n(cost)} 万元 of basic subsidy over three years, beyond the stated ${n(STATED_SUBSIDY.total)} 万元.`
		);
		return { ...base, diff, status: 'unbudgeted', explain };
	}
	if (selfAtStart === 0) return { ...base, diff, status: diff >= -1e-9 ? 'match' : 'short', explain: AGREES };
	const cost = sum(coveredExtra(run));
	const explain = both((L, n) =>
		L === 'zh'
			? `全覆盖：本情景将居民自治小区纳入基础物业，三年补贴约 ${n(cost)} 万元，不在规划合计之内（§四(四)1 未列预算）。`
			: `Full coverage: the scenario brings the self-governed compounds into basic service, at about ${n(cost)} 万元 of subsidy over three years that the plan\u2019s totals leave out (§四(四)1 budgets nothing).`
	);
	return { ...base, diff, status: 'unbudgeted', explain };
}

export const targetFindings = (run: ScenarioRun): Finding[] =>
	(['committee', 'standard'] as const).flatMap((k) => [0, 1, 2].map((y) => targetRow(run, k, y)));
