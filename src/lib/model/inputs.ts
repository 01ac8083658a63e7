/**
 * The resolved, numeric inputs of one projection: every formula already evaluated, every blank filled.
 * `ParamValues` is keyed by catalogue key (what files and the grid speak); `ModelInputs` is the shape the
 * projection's hot loop reads (arrays indexed by tier, then year), built once per run.
 */
import { CATALOGUE, TIERS, defaultCell, type Tier } from './catalogue';
import { PLAN_YEARS } from './plan-span';

/** Scalar → number; per-year → one number (or null, a blank target) per plan year. */
export type ParamValues = Record<string, number | (number | null)[]>;

export interface ModelInputs {
	years: number;
	compounds: number[]; // [tier]
	area: number[]; // [tier]
	satisfactionStart: number[]; // [tier]
	fee: number[][]; // [tier][year]
	subsidy: number[][];
	collection: number[][];
	cost: number[][];
	satisfaction: number[][];
	waiverShare: number[][];
	committeesStart: number;
	standardStart: number;
	grace: number;
	halfLife: number;
	response: number;
	payout: number;
	waiverCovered: number;
	bondRate: number;
	rewardFund: number[]; // [year]
	upgrade: number[];
	cover: number[];
	committeesNew: number[];
	standardNew: number[];
	bondPassRate: number[];
	/** A re-forecast (reforecast.ts): after year `after` (0-based), continue from this state instead. */
	resume?: Resume;
	/**
	 * The funded bound (reach/): every tier's funding adequacy taken as at least 1 in every month — no shortfall
	 * lowers satisfaction or the standard compounds — all else (money shown, areas, paces) as the inputs say.
	 */
	funded?: boolean;
	target: {
		committee: (number | null)[];
		standard: (number | null)[];
		satisfaction: (number | null)[];
		coverage: (number | null)[];
	};
}

export interface Resume {
	after: number;
	committees: number;
	standard: number;
	satisfaction: number[]; // [tier]
}

export const TIER_INDEX: Record<Tier, number> = { market: 0, quasi: 1, basic: 2, self: 3 };

/** The plan scenario's values (plan figures and illustrative defaults) for a horizon of `years`. */
export function defaultValues(years = PLAN_YEARS): ParamValues {
	const out: ParamValues = {};
	for (const def of CATALOGUE) {
		out[def.key] =
			def.shape === 'scalar'
				? (defaultCell(def, 0) as number)
				: Array.from({ length: years }, (_, y) => defaultCell(def, y));
	}
	return out;
}

function num(v: ParamValues, key: string): number {
	return v[key] as number;
}
function yearly(v: ParamValues, key: string): number[] {
	return (v[key] as (number | null)[]).map((x) => x ?? 0);
}
function targets(v: ParamValues, key: string): (number | null)[] {
	return (v[key] as (number | null)[]).slice();
}
const tiers = (v: ParamValues, stem: string) => TIERS.map((t) => num(v, `${t}_${stem}`));
const tierYears = (v: ParamValues, stem: string) => TIERS.map((t) => yearly(v, `${t}_${stem}`));

export function toModelInputs(v: ParamValues, years: number): ModelInputs {
	return {
		years,
		compounds: tiers(v, 'compounds'),
		area: tiers(v, 'area'),
		satisfactionStart: tiers(v, 'satisfaction_start'),
		fee: tierYears(v, 'fee'),
		subsidy: tierYears(v, 'subsidy'),
		collection: tierYears(v, 'collection'),
		cost: tierYears(v, 'cost'),
		satisfaction: tierYears(v, 'satisfaction'),
		waiverShare: tierYears(v, 'waiver_share'),
		committeesStart: num(v, 'committees_start'),
		standardStart: num(v, 'standard_start'),
		grace: num(v, 'grace_months'),
		halfLife: num(v, 'satisfaction_half_life'),
		response: num(v, 'satisfaction_response'),
		payout: num(v, 'subsidy_payout'),
		waiverCovered: num(v, 'waiver_covered'),
		bondRate: num(v, 'bond_rate'),
		rewardFund: yearly(v, 'reward_fund'),
		upgrade: yearly(v, 'upgrade_basic_to_quasi'),
		cover: yearly(v, 'cover_self'),
		committeesNew: yearly(v, 'committees_new'),
		standardNew: yearly(v, 'standard_new'),
		bondPassRate: yearly(v, 'bond_pass_rate'),
		target: {
			committee: targets(v, 'target_committee'),
			standard: targets(v, 'target_standard'),
			satisfaction: targets(v, 'target_satisfaction'),
			coverage: targets(v, 'target_coverage')
		}
	};
}
