/**
 * A synthetic register for tests, demos and the benchmark. Every name says "(synthetic)": it must never pass
 * for the bureau's data. With the default n it reproduces the plan's start table exactly (§二 counts and
 * areas, 184 committees, 209 at standard) and §七's split of the old compounds by enclosure.
 */
import { TIERS, type Tier } from '../model/catalogue';
import type { WanM2 } from '../model/units';
import { apportion, mulberry32, shuffle, weightedPick, type Rng } from './prng';
import { ENCLOSURES, type Compound, type Enclosure } from './types';

/** §二 in whole m² (each figure is a whole number of m², so integer parts sum to it exactly). */
const PLAN_COUNT: Record<Tier, number> = { market: 100, quasi: 37, basic: 176, self: 3 };
const PLAN_M2: Record<Tier, number> = { market: 12_440_450, quasi: 2_493_100, basic: 8_607_900, self: 20_515 };
/** §二 gives 184 committees; 209 at standard is the catalogue's reading of the 2022 target (209/316). */
const PLAN_COMMITTEES = 184;
const PLAN_STANDARD = 209;
/** §七: the old compounds (quasi + basic = 1110.1 万 m²) are 134.3 single + 406.9 unenclosed + 568.9 enclosed. */
const OLD_M2: Record<Enclosure, number> = { single: 1_343_000, unenclosed: 4_069_000, enclosed: 5_689_000 };
const PLAN_N = 316;
const COMMUNITIES = 66; // §二
const STREETS = 12; // assumption: the plan does not say; invented names only

/** Assumption for plausibility only: better-run tiers more often have committees and meet the standard. */
const COMMITTEE_WEIGHT: Record<Tier, number> = { market: 3, quasi: 1.5, basic: 0.8, self: 0.3 };
const STANDARD_WEIGHT: Record<Tier, number> = { market: 5, quasi: 1.5, basic: 0.6, self: 0.2 };

export interface SampleOptions {
	seed?: number;
	/** Number of compounds; other sizes scale the plan's table (for the benchmark), no longer exact. */
	n?: number;
}

interface Block {
	tier: Tier;
	count: number;
	m2: number;
	enclosure: (rng: Rng) => Enclosure;
}

export function sampleRegister({ seed = 2022, n = PLAN_N }: SampleOptions = {}): Compound[] {
	const rng = mulberry32(seed);
	const scale = n / PLAN_N;
	const counts = apportion(
		n,
		TIERS.map((t) => PLAN_COUNT[t])
	);
	const count = (t: Tier) => counts[TIERS.indexOf(t)];
	const m2 = (t: Tier) => Math.round(PLAN_M2[t] * scale);

	const blocks: Block[] = [
		{
			tier: 'market',
			count: count('market'),
			m2: m2('market'),
			enclosure: (r) => (r() < 0.85 ? 'enclosed' : 'unenclosed')
		},
		...oldBlocks(count('quasi'), count('basic'), m2('quasi'), scale),
		{ tier: 'self', count: count('self'), m2: m2('self'), enclosure: (r) => (r() < 0.5 ? 'single' : 'unenclosed') }
	];
	const drafts = shuffle(
		blocks.flatMap((b) => {
			// Exponential sizes with a floor: many small compounds, a few large estates, none near zero.
			const areas = apportion(
				b.m2,
				Array.from({ length: b.count }, () => 0.25 - Math.log(1 - rng()))
			);
			return areas.map((a) => ({ tier: b.tier, m2: a, enclosure: b.enclosure(rng) }));
		}),
		rng
	);

	const committees = weightedPick(
		drafts.map((d) => COMMITTEE_WEIGHT[d.tier]),
		Math.round(PLAN_COMMITTEES * scale),
		rng
	);
	// A compound with a committee is assumed twice as likely to meet the standard.
	const standardW = drafts.map((d, i) => STANDARD_WEIGHT[d.tier] * (committees.has(i) ? 2 : 1));
	const standard = weightedPick(standardW, Math.round(PLAN_STANDARD * scale), rng);
	const width = Math.max(3, String(n).length);
	return drafts.map((d, i) => {
		const community = Math.floor(rng() * COMMUNITIES);
		return {
			name: `示例小区 ${String(i + 1).padStart(width, '0')} (synthetic)`,
			street: `示例街道 ${String((community % STREETS) + 1).padStart(2, '0')} (synthetic)`,
			community: `示例社区 ${String(community + 1).padStart(2, '0')} (synthetic)`,
			tier: d.tier,
			area: (d.m2 / 10_000) as WanM2,
			households: Math.round(d.m2 / (60 + 40 * rng())),
			committee: committees.has(i),
			standard: standard.has(i),
			enclosure: d.enclosure,
			row: i + 2 // as written by registerCsv: header on row 1
		};
	});
}

/** Quasi and basic compounds split by enclosure so both the tier areas and §七's enclosure areas hold. */
function oldBlocks(nQuasi: number, nBasic: number, quasiM2: number, scale: number): Block[] {
	const cols = ENCLOSURES.map((e) => Math.round(OLD_M2[e] * scale));
	const quasi = apportion(quasiM2, cols);
	const basic = cols.map((c, i) => c - quasi[i]);
	return [...tierBlocks('quasi', nQuasi, quasi), ...tierBlocks('basic', nBasic, basic)];
}

function tierBlocks(tier: Tier, n: number, areas: number[]): Block[] {
	const counts = apportion(n, areas);
	// With very few compounds an enclosure can get area but no compound: give its area to the largest group.
	const biggest = counts.indexOf(Math.max(...counts));
	const m2 = areas.map((a, i) => (counts[i] === 0 ? 0 : a));
	m2[biggest] += areas.reduce((s, a, i) => s + (counts[i] === 0 ? a : 0), 0);
	return ENCLOSURES.map((e, i) => ({ tier, count: counts[i], m2: m2[i], enclosure: () => e })).filter(
		(b) => b.count > 0
	);
}
