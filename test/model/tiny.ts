/**
 * Tiny hand-sized inputs for the step-by-step tests: everything zero (no area, no fees, no targets) except what
 * a test sets, so every expected figure can be worked out by hand in a comment.
 */
import type { ModelInputs } from '../../src/lib/model/inputs';

export const MARKET = 0,
	QUASI = 1,
	BASIC = 2,
	SELF = 3;

export function tiny(years = 1): ModelInputs {
	const zeros = () => Array.from({ length: years }, () => 0);
	const perTier = () => [zeros(), zeros(), zeros(), zeros()];
	const blanks = () => Array.from({ length: years }, () => null);
	return {
		years,
		compounds: [0, 0, 0, 0],
		area: [0, 0, 0, 0],
		satisfactionStart: [0, 0, 0, 0],
		fee: perTier(),
		subsidy: perTier(),
		collection: perTier(),
		cost: perTier(),
		satisfaction: perTier(),
		waiverShare: perTier(),
		committeesStart: 0,
		standardStart: 0,
		grace: 0,
		halfLife: 0,
		response: 0,
		payout: 1,
		waiverCovered: 0,
		bondRate: 0,
		rewardFund: zeros(),
		upgrade: zeros(),
		cover: zeros(),
		committeesNew: zeros(),
		standardNew: zeros(),
		bondPassRate: zeros(),
		target: { committee: blanks(), standard: blanks(), satisfaction: blanks(), coverage: blanks() }
	};
}

/** The same figure every plan year. */
export const each = (years: number, x: number) => Array.from({ length: years }, () => x);
