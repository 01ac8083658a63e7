/** Parameters of the start state, fees, subsidies, collection and costs (docs/model.md § Parameters). */
import type { ParamDef } from './param-def';
import { A, ALL_A, ILL, MAX_AREA, MAX_RATE, per, tiered } from './param-helpers';

export const MONEY_PARAMS: ParamDef[] = [
	// ── start state (§二) ──────────────────────────────────────────────────────────────
	...tiered(
		'compounds',
		{ section: 'start', unit: 'compounds', shape: 'scalar', min: 0, max: 100000 },
		(t) => ({ zh: `${t.zh}小区数`, en: `${t.en} compounds` }),
		per(100, 37, 176, 3),
		per('plan', 'plan', 'plan', 'plan'),
		per('§二', '§二', '§二', '§二')
	),
	...tiered(
		'area',
		{ section: 'start', unit: 'wan_m2', shape: 'scalar', min: 0, max: MAX_AREA },
		(t) => ({ zh: `${t.zh}面积`, en: `${t.en} area` }),
		per(1244.045, 249.31, 860.79, 2.0515),
		per('plan', 'plan', 'plan', 'plan'),
		per('§二', '§二/§七', '§二/§七', '§二')
	),
	{
		key: 'committees_start',
		section: 'start',
		label: { zh: '已成立业委会小区数', en: 'Compounds with an owners\u2019 committee' },
		unit: 'compounds',
		shape: 'scalar',
		default: 184,
		origin: 'plan',
		source: '§二',
		min: 0,
		max: 100000
	},
	{
		key: 'standard_start',
		section: 'start',
		label: { zh: '达标小区数（起始）', en: 'Compounds meeting the standard at start' },
		unit: 'compounds',
		shape: 'scalar',
		default: 209,
		origin: 'illustrative',
		source: A,
		why: {
			zh: '2022 年目标 66.14 % 即 209/316 = 66.139 % 取整；规划未给出起始数字。',
			en: 'The 2022 target, 66.14 %, is 209/316 = 66.139 % rounded; the plan gives no start figure.'
		},
		min: 0,
		max: 100000
	},
	// ── fees (§七, §四(四)4, §五3) ─────────────────────────────────────────────────────
	...tiered(
		'fee',
		{ section: 'fees', unit: 'yuan_m2_month', shape: 'yearly', min: 0, max: MAX_RATE, after3: 'repeat' },
		(t) => ({ zh: `${t.zh}物业费`, en: `${t.en} fee` }),
		per([1.2, 1.2, 1.2], [0.6, 0.6, 0.6], [0.3, 0.3, 0.3], [0, 0, 0]),
		per('illustrative', 'plan', 'plan', 'plan'),
		per(A, '§七', '§七', '§二'),
		per({ zh: '规划未规定市场化物业费。', en: 'The plan sets no market-rate fee.' }, undefined, undefined, {
			zh: '居民自治小区不交物业费。',
			en: 'Self-governed compounds pay no property fee.'
		})
	),
	{
		key: 'grace_months',
		section: 'fees',
		label: { zh: '进驻后免收费月数', en: 'Grace months before fees' },
		unit: 'months',
		shape: 'scalar',
		default: 3,
		origin: 'plan',
		source: '§四(四)4',
		why: { zh: '规划说 2–3 个月；取 3 个月是稳妥的一端。', en: 'The plan says 2–3 months; 3 is the cautious end.' },
		min: 0,
		max: 12,
		integer: true
	},
	...tiered(
		'waiver_share',
		{ section: 'fees', unit: 'share', shape: 'yearly', min: 0, max: 1, after3: 'repeat' },
		(t) => ({ zh: `${t.zh}减免比例`, en: `${t.en} fees waived` }),
		per([0, 0, 0], [0.02, 0.02, 0.02], [0.03, 0.03, 0.03], [0, 0, 0]),
		ILL,
		ALL_A,
		per(
			undefined,
			{ zh: '§四(四)4 要求减免，但未给出比例。', en: '§四(四)4 requires waivers but gives no share.' },
			{ zh: '§四(四)4 要求减免，但未给出比例。', en: '§四(四)4 requires waivers but gives no share.' },
			undefined
		)
	),
	{
		key: 'waiver_covered',
		section: 'fees',
		label: { zh: '区财政承担低收入户物业费减免', en: 'District pays the fees waived for low-income households' },
		unit: 'flag',
		shape: 'scalar',
		default: 0,
		origin: 'illustrative',
		source: A,
		min: 0,
		max: 1,
		integer: true
	},
	{
		key: 'bond_rate',
		section: 'fees',
		label: { zh: '履约保证金比例', en: 'Performance bond rate' },
		unit: 'share',
		shape: 'scalar',
		default: 0.1,
		origin: 'plan',
		source: '§五3',
		min: 0,
		max: 1
	},
	// ── subsidies (§七) ────────────────────────────────────────────────────────────────
	...tiered(
		'subsidy',
		{ section: 'subsidies', unit: 'yuan_m2_month', shape: 'yearly', min: 0, max: MAX_RATE, after3: 'zero' },
		(t) => ({ zh: `${t.zh}补贴`, en: `${t.en} subsidy` }),
		per([0, 0, 0], [0.2, 0.1, 0.1], [0.1, 0.05, 0.05], [0, 0, 0]),
		per('plan', 'plan', 'plan', 'plan'),
		per('§七', '§七', '§七', '§七')
	),
	{
		key: 'subsidy_payout',
		section: 'subsidies',
		label: { zh: '考核后补贴拨付比例', en: 'Subsidy released after assessment' },
		unit: 'share',
		shape: 'scalar',
		default: 1,
		origin: 'plan',
		source: '§七 按考核拨付',
		min: 0,
		max: 1
	},
	{
		key: 'reward_fund',
		section: 'subsidies',
		label: { zh: '物业管理奖励资金', en: 'Reward fund' },
		unit: 'wan_yuan_year',
		shape: 'yearly',
		default: [100, 100, 100],
		origin: 'plan',
		source: '§七 奖励资金',
		min: 0,
		max: 1e7,
		after3: 'zero'
	},
	// ── collection (assumption) ────────────────────────────────────────────────────────
	...tiered(
		'collection',
		{ section: 'collection', unit: 'share', shape: 'yearly', min: 0, max: 1, after3: 'repeat' },
		(t) => ({ zh: `${t.zh}收缴率`, en: `${t.en} collection rate` }),
		per([0.9, 0.9, 0.9], [0.75, 0.8, 0.85], [0.6, 0.7, 0.8], [0, 0, 0]),
		ILL,
		ALL_A
	),
	// ── costs (assumption) ─────────────────────────────────────────────────────────────
	...tiered(
		'cost',
		{ section: 'costs', unit: 'yuan_m2_month', shape: 'yearly', min: 0, max: MAX_RATE, after3: 'repeat' },
		(t) => ({ zh: `${t.zh}服务成本`, en: `${t.en} cost of service` }),
		per([1.0, 1.0, 1.0], [0.65, 0.65, 0.65], [0.28, 0.28, 0.28], [0, 0, 0]),
		ILL,
		ALL_A
	)
];
