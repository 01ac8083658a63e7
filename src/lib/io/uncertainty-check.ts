/**
 * Bounds of a range against the parameter: per year, low ≤ high, inside the valid range, and — for triangular
 * and PERT, whose mode is the cell's value — low ≤ value ≤ high. Normal needs an sd.
 */
import type { ParamDef } from '../model/catalogue';
import type { Uncertainty } from '../model/scenario';

export function boundAt(b: number | number[] | undefined, y: number): number | undefined {
	return Array.isArray(b) ? b[y] : b;
}

/** `formula[y]`: that year's cell is a formula; a formula that follows a moving cell is not sampled around its own value, so its value need not lie inside low–high. */
export function checkUncertainty(
	def: ParamDef,
	u: Uncertainty,
	values: (number | null)[],
	years: number,
	formula: boolean[] = []
): string[] {
	const out: string[] = [];
	const n = def.shape === 'scalar' ? 1 : years;
	for (const [k, b] of [
		['low', u.low],
		['high', u.high]
	] as const) {
		if (Array.isArray(b) && b.length !== n)
			out.push(
				`uncertainty.${k} has ${b.length} values; expected ${n === 1 ? 'one number' : `${n} (one per plan year) or one number`}`
			);
	}
	if (out.length) return out;
	if (u.dist === 'normal') {
		if (u.sd === undefined) out.push('uncertainty: a normal distribution needs "sd"');
	} else if (u.low === undefined || u.high === undefined) {
		out.push(`uncertainty: a ${u.dist} distribution needs "low" and "high"`);
		return out;
	}
	for (let y = 0; y < n; y++) {
		const lo = boundAt(u.low, y),
			hi = boundAt(u.high, y),
			v = values[y];
		const at = n > 1 ? ` in year ${y + 1}` : '';
		if (lo !== undefined && hi !== undefined && lo > hi) out.push(`uncertainty: low ${lo} is above high ${hi}${at}`);
		for (const [k, b] of [
			['low', lo],
			['high', hi]
		] as const) {
			if (b !== undefined && (b < def.min || b > def.max))
				out.push(`uncertainty.${k} ${b}${at} is outside the valid range ${def.min}–${def.max}`);
		}
		if (v === null) out.push(`uncertainty${at}: a blank cell cannot carry a range`);
		else if (
			!formula[y] &&
			(u.dist === 'triangular' || u.dist === 'pert') &&
			lo !== undefined &&
			hi !== undefined &&
			(v < lo || v > hi)
		) {
			out.push(`uncertainty${at}: the cell's value ${v} (the mode) is outside low–high ${lo}–${hi}`);
		}
	}
	return out;
}
