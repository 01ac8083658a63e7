/** The difference of a figure against the baseline: absolute, and relative where the baseline is not zero. */
export interface Delta {
	abs: number;
	/** Fraction of the baseline (0.1 = +10 %); null when the baseline is 0, where a ratio means nothing. */
	rel: number | null;
}

export function delta(base: number, value: number): Delta {
	const abs = value - base;
	return { abs, rel: base === 0 ? null : abs / Math.abs(base) };
}
