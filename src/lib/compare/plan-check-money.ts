/** The plan check's money and area rows: §七's stated subsidies and total, the reward fund, the tier areas. */
import type { Lang } from '../i18n';
import { coveredExtra, sumOfYears } from './plan-check-util';
import { AGREES, both, labels, BEYOND_HORIZON, type Finding, type FindingStatus } from './finding';
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
		return both((L, n) =>
			L === 'zh'
				? `规划把取整后的三年相加（${STATED_SUBSIDY.years.map((x) => n(x)).join(' + ')} = ${n(stated)}）；精确合计为 ${n(model)}。`
				: `The plan adds its rounded years (${STATED_SUBSIDY.years.map((x) => n(x)).join(' + ')} = ${n(stated)}); the exact sum is ${n(model)}.`
		);
	if (status === 'rounding')
		return both((L, n) =>
			L === 'zh'
				? `规划将 ${n(model)} 取整为 ${n(stated)}（面积 × 补贴标准 × 12 个月）。`
				: `The plan rounds ${n(model)} to ${n(stated)} (area × subsidy rate × 12 months).`
		);
	if (status === 'unbudgeted') {
		// Name the cover's own cost; what is left of the gap is the plan's rounding to whole 万元.
		const rest = diff - extra;
		const tail = (L: Lang, n: (x: number) => string) =>
			Math.abs(rest) < 5e-4
				? ''
				: L === 'zh'
					? `其余 ${n(rest)} 万元是规划的取整。`
					: ` The remaining ${n(rest)} is the plan\u2019s rounding.`;
		return both((L, n) =>
			L === 'zh'
				? `本情景将居民自治小区纳入基础物业，其补贴 ${n(extra)} 万元不在规划合计之内：§四(四)1 要求全覆盖，但未列预算。${tail(L, n)}`
				: `This scenario brings self-governed compounds into basic service; their subsidy, ${n(extra)} 万元, is not in the plan\u2019s totals: §四(四)1 promises full coverage but budgets nothing for it.${tail(L, n)}`
		);
	}
	return both((L, n) =>
		L === 'zh'
			? `本情景改动了${labels(L, changed)}，补贴比规划${diff > 0 ? '多' : '少'} ${n(Math.abs(diff))} 万元。`
			: `This scenario changes ${labels(L, changed)}: the subsidy is ${n(Math.abs(diff))} 万元 ${diff > 0 ? 'above' : 'below'} the plan\u2019s figure.`
	);
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
			both((L) => (L === 'zh' ? `第${y + 1}年补贴` : `Subsidies, year ${y + 1}`)),
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
			both((L) => (L === 'zh' ? '三年补贴合计' : 'Subsidies, three years')),
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
		item: both((L) => (L === 'zh' ? '三年财政支出（含奖励资金）' : 'Three-year outlay, reward fund included')),
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
			explain: both((L) => (L === 'zh' ? '本情景没有奖励资金。' : 'This scenario has no reward fund.'))
		};
	const explain = both((L, n) =>
		L === 'zh'
			? `规划的“两项合计”只含两档补贴；奖励资金（三年 ${n(reward)} 万元，§七 奖励资金）在合计之外。${waiver > 0 ? `减免补偿 ${n(waiver)} 万元（假设）也在其外。` : ''}计入后三年区财政支出 ${n(outlay)} 万元，比规划合计多 ${n(diff)} 万元。`
			: `The plan\u2019s total, “两项合计” (the two items), counts the two subsidy tiers only; the reward fund (${n(reward)} 万元 over three years, §七 奖励资金) lies outside it.${waiver > 0 ? ` So does waiver compensation, ${n(waiver)} 万元 (an assumption).` : ''} With it the district pays ${n(outlay)} 万元 over three years, ${n(diff)} more than stated.`
	);
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
			: both((L, n) =>
					L === 'zh'
						? `本情景改动了${labels(L, c.changed)}：${n(model, 4)} 而非 ${n(stated, 4)}。`
						: `This scenario changes ${labels(L, c.changed)}: ${n(model, 4)}, not ${n(stated, 4)}.`
				);
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
			both((L) => (L === 'zh' ? '四档面积合计（万 m²）' : 'Area of the four tiers (万 m²)')),
			STATED_AREA.totalQuote,
			STATED_AREA.total,
			total,
			AREAS,
			both((L, n) =>
				L === 'zh'
					? `四档之和：${AREAS.map((k) => n(v[k], 4)).join(' + ')}。`
					: `The four tiers add up: ${AREAS.map((k) => n(v[k], 4)).join(' + ')}.`
			)
		),
		row(
			'area-old',
			both((L) => (L === 'zh' ? '老旧小区面积 = 基础 + 准物业（万 m²）' : 'Old compounds = basic + quasi (万 m²)')),
			STATED_AREA.oldQuote,
			STATED_AREA.old,
			old,
			['basic_area', 'quasi_area'],
			both((L, n) =>
				L === 'zh'
					? `基础物业 ${n(v.basic_area, 4)} + 准物业 ${n(v.quasi_area, 4)}：两档补贴面积正是老旧小区。`
					: `Basic ${n(v.basic_area, 4)} + quasi ${n(v.quasi_area, 4)}: the two subsidised tiers are exactly the old compounds.`
			)
		)
	];
}
