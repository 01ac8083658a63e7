/**
 * The parameter catalogue's vocabulary: every input of the model (docs/model.md) with its labels, unit, shape, default, source and range.
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
	why?: { zh: string; en: string };
	min: number;
	max: number;
	integer?: boolean;
	/** A blank cell is allowed (targets: no target that year). */
	blank?: boolean;
	/** Beyond plan year 3: repeat year 3, or 0 (the plan funds subsidies and the reward fund for three years). */
	after3?: 'repeat' | 'zero';
	tier?: Tier;
}
