/** Shorthands for writing the catalogue: one entry per tier, and the common sources. */
import { TIER_LABEL, TIERS, type Origin, type ParamDef, type Tier } from './param-def';

export const MAX_AREA = 1e6; // 万 m²: far above any district, low enough to catch a unit slip (m² typed as 万 m²)
export const MAX_RATE = 100; // 元/m²/month

export type PerTier<T> = Record<Tier, T>;
export const per = <T>(m: T, q: T, b: T, s: T): PerTier<T> => ({ market: m, quasi: q, basic: b, self: s });

export function tiered(
	stem: string,
	base: Omit<ParamDef, 'key' | 'label' | 'default' | 'origin' | 'source' | 'tier'>,
	label: (t: { zh: string; en: string }) => { zh: string; en: string },
	defaults: PerTier<ParamDef['default']>,
	origin: PerTier<Origin>,
	source: PerTier<string>,
	why?: PerTier<{ zh: string; en: string } | undefined>
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

export const A = 'assumption';
export const ILL = per<Origin>('illustrative', 'illustrative', 'illustrative', 'illustrative');
export const ALL_A = per(A, A, A, A);
