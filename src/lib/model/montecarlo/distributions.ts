/**
 * Inverse-CDF transforms of one quantile u (docs/model.md § Uncertainty). Inverse CDFs, not rejection, so that one u
 * moves every year of a parameter together (errors persist across years), Latin hypercube stratifies u directly,
 * and a zero-width range returns the cell's value exactly.
 */
import type { Distribution } from '../scenario';
import { BetaShape } from './beta';
import { normalQuantile } from './normal';

/** One uncertain cell: its value (mode or mean) and bounds, resolved for its year. */
export interface CellRange {
	mode: number;
	low: number; // −Infinity where a normal has no lower bound
	high: number;
	sd: number;
	/** The parameter's valid range (catalogue): every draw is kept inside it. */
	min: number;
	max: number;
	integer: boolean;
	/** PERT only: the beta shape, tabulated once per plan. */
	shape: BetaShape | null;
}

/**
 * PERT with λ = 4 (docs/model.md § Uncertainty): Beta(1 + 4(m − a)/(b − a), 1 + 4(b − m)/(b − a)) stretched onto [a, b]. Shapes
 * are shared through `cache` so that years with the same shape solve the quantile once.
 */
export function pertShape(mode: number, low: number, high: number, cache?: Map<string, BetaShape>): BetaShape | null {
	if (!(high > low)) return null;
	const a = 1 + (4 * (mode - low)) / (high - low),
		b = 1 + (4 * (high - mode)) / (high - low);
	const key = `${a}|${b}`;
	let shape = cache?.get(key);
	if (!shape) {
		shape = new BetaShape(a, b);
		cache?.set(key, shape);
	}
	return shape;
}

function triangular(u: number, a: number, c: number, b: number): number {
	const w = b - a;
	// Below the mode the CDF is (x − a)²/(w(c − a)); above it 1 − (b − x)²/(w(b − c)).
	return u * w < c - a ? a + Math.sqrt(u * w * (c - a)) : b - Math.sqrt((1 - u) * w * (b - c));
}

export function quantileOf(dist: Distribution, u: number, c: CellRange): number {
	let x: number;
	if (dist === 'normal') {
		// The value is the mean; the draw is then cut (clamped) to low/high: the tails pile up on the bounds,
		// which keeps "normal with bounds" a one-quantile transform (a truncated normal would need its own CDF).
		x = c.sd === 0 ? c.mode : c.mode + c.sd * normalQuantile(u);
		if (x < c.low) x = c.low;
		if (x > c.high) x = c.high;
	} else if (!(c.high > c.low)) {
		x = dist === 'uniform' ? c.low : c.mode; // zero width: exactly the value
	} else if (dist === 'uniform') {
		x = c.low + u * (c.high - c.low);
	} else if (dist === 'triangular') {
		x = triangular(u, c.low, c.mode, c.high);
	} else {
		x = c.low + (c.high - c.low) * (c.shape as BetaShape).quantile(u);
	}
	if (c.integer) x = Math.round(x); // grace months and the 0/1 flag stay whole, as the model reads them
	return x < c.min ? c.min : x > c.max ? c.max : x;
}
