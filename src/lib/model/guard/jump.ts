/**
 * The factor rule (docs/model.md § Guard rails): an edit that multiplies or divides the
 * horizon's outlay by more than OUTLAY_FACTOR is kept but announced with the size of the change, so a slip
 * such as 50 typed for 0.05 cannot move the budget by orders of magnitude unnoticed.
 */

/** 3×: a real policy change (a tier's subsidy doubled) stays below it; a unit or decimal slip goes far above. */
export const OUTLAY_FACTOR = 3;

export interface Jump {
	before: number;
	after: number;
	/** after / before: > 1 a rise, < 1 a fall. */
	ratio: number;
}

/**
 * The outlay's change when it is larger than `factor` either way; null when it is not, or when there is no
 * outlay before to compare with (0 or less: a ratio would mean nothing).
 */
export function outlayJump(before: number, after: number, factor = OUTLAY_FACTOR): Jump | null {
	if (!(before > 0) || !Number.isFinite(after)) return null;
	const ratio = after / before;
	return ratio > factor || ratio < 1 / factor ? { before, after, ratio } : null;
}
