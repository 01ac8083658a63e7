/**
 * Plausible bands (docs/model.md § Guard rails): beside each parameter's hard valid range, the
 * range a planner's value is expected to fall in. A value outside it is kept, never refused, and announced.
 *
 * The band is [0, 3 × the reference], the reference being the largest of:
 * - the plan's own figures for the same quantity (the catalogue defaults), and
 * - the scenario's values for it before the edit.
 * "The same quantity" is, for a yearly rate or amount (fees, subsidies, costs, the reward fund, committees and
 * standard planned), every tier and every year of it: a subsidy of 50 元/m²/月 stands out against the plan's
 * 0.05–0.2 in any tier. For the start state (compounds, area) it is the same tier only, since the tiers differ by
 * orders of magnitude (self-governed 2.05 万 m², market-rate 1,244 万 m²). Shares, months and yes/no carry no
 * band beyond their hard range: 0–100 % is already the plausible range of a share.
 */
import { CATALOGUE, defaultCell, type ParamDef } from '../catalogue';
import type { Unit } from '../units';

/** How far beyond the plan and the scenario's own values a value may go before it is announced. */
export const BAND_FACTOR = 3;

const BANDED: ReadonlySet<Unit> = new Set<Unit>(['yuan_m2_month', 'wan_yuan_year', 'wan_m2', 'compounds']);

export interface Band {
	lo: number;
	hi: number;
}

/** The stem a tiered key shares with its other tiers (`basic_subsidy` → `subsidy`); a plain key is its own. */
const stemOf = (def: ParamDef) => (def.tier ? def.key.slice(def.tier.length + 1) : def.key);

/** The parameters whose values make the reference for `def`. */
export function family(def: ParamDef): ParamDef[] {
	if (!def.tier || def.shape === 'scalar') return [def];
	const stem = stemOf(def);
	return CATALOGUE.filter((d) => d.tier && stemOf(d) === stem);
}

/**
 * The band for parameter `def` in a scenario of `years` plan years, whose values before the edit `valueOf`
 * gives (null for a blank or an error); null when the parameter has none (a share, or nothing to compare with).
 */
export function plausibleBand(
	def: ParamDef,
	years: number,
	valueOf: (key: string, y: number) => number | null
): Band | null {
	if (!BANDED.has(def.unit)) return null;
	let ref = 0;
	for (const d of family(def)) {
		const n = d.shape === 'scalar' ? 1 : years;
		for (let y = 0; y < n; y++) {
			ref = Math.max(ref, Math.abs(defaultCell(d, y) ?? 0), Math.abs(valueOf(d.key, y) ?? 0));
		}
	}
	if (ref === 0) return null;
	return { lo: 0, hi: Math.min(def.max, BAND_FACTOR * ref) };
}

/** True when `x` lies outside the band (a value inside the hard range but far from the plan). */
export const outside = (b: Band, x: number) => x < b.lo || x > b.hi;
