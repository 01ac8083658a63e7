/**
 * The parameter catalogue: every input of MODEL.md with its labels, unit, shape, default, source and range.
 * It is the single list the file reader, the grid, the XLSX export and the Monte Carlo all walk.
 */
import type { Unit } from './units';

export const TIERS = ['market', 'quasi', 'basic', 'self'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABEL: Record<Tier, { zh: string; en: string }> = {
	market: { zh: '市场化物业', en: 'Market-rate' },
	quasi: { zh: '准物业', en: 'Quasi' },
	basic: { zh: '基础物业', en: 'Basic' },
	self: { zh: '居民自治', en: 'Self-governed' }
};

export const SECTIONS = [
	'start',
	'fees',
	'subsidies',
	'collection',
	'costs',
	'satisfaction',
	'pace',
	'governance',
	'targets'
] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABEL: Record<Section, { zh: string; en: string }> = {
	start: { zh: '起始状态', en: 'Start state' },
	fees: { zh: '物业费', en: 'Fees' },
	subsidies: { zh: '补贴', en: 'Subsidies' },
	collection: { zh: '收缴率', en: 'Collection' },
	costs: { zh: '服务成本', en: 'Costs' },
	satisfaction: { zh: '满意度', en: 'Satisfaction' },
	pace: { zh: '提档与覆盖进度', en: 'Pace of upgrades and coverage' },
	governance: { zh: '治理', en: 'Governance' },
	targets: { zh: '目标', en: 'Targets' }
};

/** Where a default comes from: the plan's own figure, or an illustrative assumption the planner replaces. */
export type Origin = 'plan' | 'illustrative';

export interface ParamDef {
	key: string;
	section: Section;
	label: { zh: string; en: string };
	unit: Unit;
	shape: 'scalar' | 'yearly';
	/** Default: one number (scalar) or three (plan years 1–3); `null` is a blank cell. */
	default: number | (number | null)[];
	origin: Origin;
	/** The plan clause (a key of CLAUSES) or 'assumption'. */
	source: string;
	/** Why this value, in English (shown beside the source). */
	why?: string;
	min: number;
	max: number;
	integer?: boolean;
	/** A blank cell is allowed (targets: no target that year). */
	blank?: boolean;
	/** Beyond plan year 3: repeat year 3, or 0 (the plan funds subsidies and the reward fund for three years). */
	after3?: 'repeat' | 'zero';
	tier?: Tier;
}

const MAX_AREA = 1e6; // 万 m²: far above any district, low enough to catch a unit slip (m² typed as 万 m²)
const MAX_RATE = 100; // 元/m²/month

type PerTier<T> = Record<Tier, T>;
const per = <T>(m: T, q: T, b: T, s: T): PerTier<T> => ({ market: m, quasi: q, basic: b, self: s });

function tiered(
	stem: string,
	base: Omit<ParamDef, 'key' | 'label' | 'default' | 'origin' | 'source' | 'tier'>,
	label: (t: { zh: string; en: string }) => { zh: string; en: string },
	defaults: PerTier<ParamDef['default']>,
	origin: PerTier<Origin>,
	source: PerTier<string>,
	why?: PerTier<string | undefined>
): ParamDef[] {
	return TIERS.map((tier) => ({
		...base,
		key: `${tier}_${stem}`,
		tier,
		label: label(TIER_LABEL[tier]),
		default: defaults[tier],
		origin: origin[tier],
		source: source[tier],
		why: why?.[tier]
	}));
}

const A = 'assumption';
const ILL = per<Origin>('illustrative', 'illustrative', 'illustrative', 'illustrative');
const ALL_A = per(A, A, A, A);

export const CATALOGUE: readonly ParamDef[] = [
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
		why: 'The 2022 target, 66.14 %, is 209/316 = 66.139 % rounded; the plan gives no start figure.',
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
		per('The plan sets no market-rate fee.', undefined, undefined, 'Self-governed compounds pay no property fee.')
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
		why: 'The plan says 2–3 months; 3 is the cautious end.',
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
		per(undefined, '§四(四)4 requires waivers but gives no share.', '§四(四)4 requires waivers but gives no share.', undefined)
	),
	{
		key: 'waiver_covered',
		section: 'fees',
		label: { zh: '区财政承担减免（1=是）', en: 'District pays waived fees (1 = yes)' },
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
	),
	// ── satisfaction (assumption) ──────────────────────────────────────────────────────
	...tiered(
		'satisfaction_start',
		{ section: 'satisfaction', unit: 'share', shape: 'scalar', min: 0, max: 1 },
		(t) => ({ zh: `${t.zh}起始满意度`, en: `${t.en} satisfaction at start` }),
		per(0.85, 0.75, 0.65, 0.6),
		ILL,
		ALL_A
	),
	...tiered(
		'satisfaction',
		{ section: 'satisfaction', unit: 'share', shape: 'yearly', min: 0, max: 1, after3: 'repeat' },
		(t) => ({ zh: `${t.zh}足额保障满意度`, en: `${t.en} satisfaction when fully funded` }),
		per([0.9, 0.9, 0.9], [0.86, 0.86, 0.86], [0.82, 0.82, 0.82], [0.65, 0.65, 0.65]),
		ILL,
		ALL_A
	),
	{
		key: 'satisfaction_half_life',
		section: 'satisfaction',
		label: { zh: '满意度半衰期', en: 'Satisfaction half-life' },
		unit: 'months',
		shape: 'scalar',
		default: 3,
		origin: 'illustrative',
		source: A,
		why: 'Months for satisfaction to close half the gap to its level (0 = at once).',
		min: 0,
		max: 120
	},
	{
		key: 'satisfaction_response',
		section: 'satisfaction',
		label: { zh: '资金缺口对满意度影响', en: 'Satisfaction lost per funding shortfall' },
		unit: 'per_shortfall',
		shape: 'scalar',
		default: 0.5,
		origin: 'illustrative',
		source: A,
		min: 0,
		max: 10
	},
	// ── pace of upgrades and coverage ─────────────────────────────────────────────────
	{
		key: 'upgrade_basic_to_quasi',
		section: 'pace',
		label: { zh: '基础物业转准物业比例', en: 'Basic compounds upgraded to quasi' },
		unit: 'share',
		shape: 'yearly',
		default: [0, 0, 0],
		origin: 'plan',
		source: '§七',
		why: '"As soon as conditions allow": the plan gives no pace, so the plan as written upgrades none.',
		min: 0,
		max: 1,
		after3: 'repeat'
	},
	{
		key: 'cover_self',
		section: 'pace',
		label: { zh: '居民自治小区纳入基础物业比例', en: 'Self-governed compounds brought into basic service' },
		unit: 'share',
		shape: 'yearly',
		default: [0, 0, 0],
		origin: 'plan',
		source: '§四(四)1',
		why: 'Full coverage within three years, with no pace and no budget: the plan as written covers none.',
		min: 0,
		max: 1,
		after3: 'repeat'
	},
	// ── governance ─────────────────────────────────────────────────────────────────────
	{
		key: 'committees_new',
		section: 'governance',
		label: { zh: '新成立业委会', en: 'Owners\u2019 committees formed' },
		unit: 'compounds',
		shape: 'yearly',
		default: [38, 31, 16],
		origin: 'plan',
		source: '§三',
		why: 'What the targets need: 222 · 253 · 269 of 316 from 184.',
		min: 0,
		max: 100000,
		after3: 'repeat'
	},
	{
		key: 'standard_new',
		section: 'governance',
		label: { zh: '计划新增达标小区', en: 'Compounds planned to reach the standard' },
		unit: 'compounds',
		shape: 'yearly',
		default: [0, 28, 32],
		origin: 'plan',
		source: '§三',
		why: 'What the targets need: 209 · 237 · 269 of 316.',
		min: 0,
		max: 100000,
		after3: 'repeat'
	},
	{
		key: 'bond_pass_rate',
		section: 'governance',
		label: { zh: '保证金返还比例', en: 'Share of bond instalment returned' },
		unit: 'share',
		shape: 'yearly',
		default: [0.9, 0.9, 0.9],
		origin: 'illustrative',
		source: A,
		why: '§五3 ties the share returned to assessment results but gives no figure.',
		min: 0,
		max: 1,
		after3: 'repeat'
	},
	// ── targets (§三, §四(四)1) ─────────────────────────────────────────────────────────
	{
		key: 'target_committee',
		section: 'targets',
		label: { zh: '业委会组建率目标', en: 'Committee formation target' },
		unit: 'share',
		shape: 'yearly',
		default: [0.7, 0.8, 0.85],
		origin: 'plan',
		source: '§三',
		min: 0,
		max: 1,
		blank: true,
		after3: 'repeat'
	},
	{
		key: 'target_standard',
		section: 'targets',
		label: { zh: '达标小区占比目标', en: 'Compounds at standard target' },
		unit: 'share',
		shape: 'yearly',
		default: [0.6614, 0.75, 0.85],
		origin: 'plan',
		source: '§三',
		min: 0,
		max: 1,
		blank: true,
		after3: 'repeat'
	},
	{
		key: 'target_satisfaction',
		section: 'targets',
		label: { zh: '居民总体满意度目标', en: 'Overall satisfaction target' },
		unit: 'share',
		shape: 'yearly',
		default: [0.8, 0.85, 0.9],
		origin: 'plan',
		source: '§三',
		min: 0,
		max: 1,
		blank: true,
		after3: 'repeat'
	},
	{
		key: 'target_coverage',
		section: 'targets',
		label: { zh: '物业管理覆盖率目标', en: 'Coverage target' },
		unit: 'share',
		shape: 'yearly',
		default: [null, null, 1],
		origin: 'plan',
		source: '§四(四)1',
		min: 0,
		max: 1,
		blank: true,
		after3: 'repeat'
	}
];

export const PARAM: ReadonlyMap<string, ParamDef> = new Map(CATALOGUE.map((p) => [p.key, p]));

/** The default of a parameter for plan year `y` (0-based), per MODEL.md's rule for horizons over three years. */
export function defaultCell(def: ParamDef, y: number): number | null {
	if (typeof def.default === 'number') return def.default;
	if (y < def.default.length) return def.default[y];
	return def.after3 === 'zero' ? 0 : def.default[def.default.length - 1];
}

/** HyperFormula / XLSX name of a cell: `<key>` for a scalar, `<key>_y<N>` (N from 1) for a plan year. */
export function cellName(def: ParamDef, y: number): string {
	return def.shape === 'scalar' ? def.key : `${def.key}_y${y + 1}`;
}
