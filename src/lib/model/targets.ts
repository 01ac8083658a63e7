/**
 * The target rule (docs/model.md): a rate meets its target when, rounded half up to 0.01 percentage points, it is at
 * least the target — so 209/316 = 66.139 % meets the plan's 66.14 %, as the plan itself rounds it.
 */
export function meets(rate: number, target: number | null): boolean | null {
	if (target === null) return null;
	return Math.floor(rate * 1e4 + 0.5) >= Math.floor(target * 1e4 + 0.5);
}

/** By how much a rate clears (+) or misses (−) its target, in the same rounded basis (fraction). */
export function margin(rate: number, target: number | null): number | null {
	if (target === null) return null;
	return (Math.floor(rate * 1e4 + 0.5) - Math.floor(target * 1e4 + 0.5)) / 1e4;
}

export const TARGET_KINDS = ['committee', 'standard', 'satisfaction', 'coverage'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
