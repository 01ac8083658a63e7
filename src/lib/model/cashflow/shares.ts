/**
 * Each street's share of each tier's area in the register (docs/model.md § 分月用款计划): the register says where
 * the area is, the scenario says how much there is, so a street's area in tier t is its share of the register's
 * tier-t area times the scenario's tier-t area. A tier the register has no area in cannot be placed: its money
 * stays on a district line (`unplaced`) and the screen says so.
 */
import { TIERS, type Tier } from '../catalogue';

/** What the rule needs of a compound (the register's Compound has more). */
export interface PlacedArea {
	street: string;
	tier: Tier;
	/** 万 m² */
	area: number;
}

export interface StreetShares {
	/** Streets in name order, numbers in names compared as numbers ("街道 2" before "街道 10"). */
	streets: string[];
	/** [street][tier] share of the register's tier area, 0–1; each tier's column sums to 1 (or is all 0). */
	share: number[][];
	/** The register's area per tier (万 m²). */
	registerArea: number[];
	/** Tiers with scenario area but no register area: their money cannot go to a street. */
	unplaced: Tier[];
}

/** One collator for every sort (localeCompare builds one per call). */
const BY_NAME = new Intl.Collator('zh-CN', { numeric: true });

export function streetShares(rows: readonly PlacedArea[], scenarioArea: readonly number[]): StreetShares {
	const index = new Map<string, number>();
	const area: number[][] = [];
	const registerArea = [0, 0, 0, 0];
	const tierIdx: Record<Tier, number> = { market: 0, quasi: 1, basic: 2, self: 3 };
	const names = [...new Set(rows.map((r) => r.street))].sort(BY_NAME.compare);
	for (const name of names) {
		index.set(name, area.length);
		area.push([0, 0, 0, 0]);
	}
	for (const r of rows) {
		const k = index.get(r.street) as number;
		const t = tierIdx[r.tier];
		area[k][t] += r.area;
		registerArea[t] += r.area;
	}
	// A street holding a whole tier gets exactly 1 (x / x), so exactly that tier's money.
	const share = area.map((a) => a.map((x, t) => (registerArea[t] > 0 ? x / registerArea[t] : 0)));
	const unplaced = TIERS.filter((_, t) => registerArea[t] === 0 && scenarioArea[t] > 0);
	return { streets: [...index.keys()], share, registerArea, unplaced };
}
