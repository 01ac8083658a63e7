/**
 * The bridge's players (docs/model.md § Bridge): the parameters whose evaluated values differ between the
 * baseline and the alternative, each with all its yearly cells together. Values are compared as evaluated, so a
 * formula whose result moves (because a cell it reads changed) makes its parameter a player too; a formula
 * rewritten to the same value is not one. Targets are never players: they move no number the bridge explains.
 * Over MAX_EXACT players, the changed parameters are grouped by the catalogue's sections (at most nine), so the
 * bridge stays exact over groups instead of turning approximate.
 */
import { CATALOGUE, SECTIONS, type Section } from '../catalogue';
import type { ParamValues } from '../inputs';

/** 2¹² = 4,096 coalitions: the exact bridge's budget (bench `bridge12_ms`). */
export const MAX_EXACT = 12;

export interface Player {
	/** Catalogue keys moved together: one for a parameter, several for a section group. */
	keys: string[];
	/** Set when the player is a section group (more than MAX_EXACT parameters changed). */
	section?: Section;
}

const same = (a: number | (number | null)[], b: number | (number | null)[]): boolean => {
	if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
	return a.length === b.length && a.every((x, i) => x === b[i]);
};

/** Changed catalogue keys, in catalogue order (targets left out). */
export function changedKeys(base: ParamValues, alt: ParamValues): string[] {
	return CATALOGUE.filter((d) => d.section !== 'targets' && !same(base[d.key], alt[d.key])).map((d) => d.key);
}

export function playersOf(keys: string[]): { players: Player[]; grouped: boolean } {
	if (keys.length <= MAX_EXACT) return { players: keys.map((k) => ({ keys: [k] })), grouped: false };
	const players: Player[] = [];
	for (const section of SECTIONS) {
		const inSection = CATALOGUE.filter((d) => d.section === section && keys.includes(d.key)).map((d) => d.key);
		if (inSection.length) players.push({ keys: inSection, section });
	}
	return { players, grouped: true };
}
