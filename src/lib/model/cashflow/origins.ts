/**
 * The district's monthly subsidy and waiver compensation split by the tier the area started in (its origin).
 * Every move of the model is a share of a tier (upgrade u of basic, cover c of self), so the area that started
 * in tier o follows the same path whichever street holds it: a street's months are then Σ_o (its share of
 * origin o) × (origin o's months), exactly the model's moves applied street by street (docs/model.md § 分月用款计划).
 * Same operations in the same order as project(): with no moves, origin t's series are tier t's to the bit.
 */
import type { ModelInputs } from '../inputs';

const QUASI = 1,
	BASIC = 2,
	SELF = 3,
	NT = 4;

/** Per origin tier, one value a month (万元, or 万 m² for `grace`). */
export interface OriginSeries {
	subsidy: Float64Array[]; // [origin][m], S summed over the tiers the origin's area is in
	waiverCompensation: Float64Array[]; // X
	billed: Float64Array[]; // F
	waived: Float64Array[]; // W
	grace: Float64Array[]; // basic area still in its grace period
}

export function originSeries(inp: ModelInputs): OriginSeries {
	const M = 12 * inp.years;
	const make = () => Array.from({ length: NT }, () => new Float64Array(M));
	const out: OriginSeries = {
		subsidy: make(),
		waiverCompensation: make(),
		billed: make(),
		waived: make(),
		grace: make()
	};
	for (let o = 0; o < NT; o++) runOrigin(inp, o, out);
	return out;
}

/** The projection's area bookkeeping for the area that starts in tier `o` only (moves and grace cohorts). */
function runOrigin(inp: ModelInputs, o: number, out: OriginSeries): void {
	const A = [0, 0, 0, 0];
	A[o] = inp.area[o];
	const graceFrom: number[] = [];
	const graceArea: number[] = [];
	for (let y = 0; y < inp.years; y++) {
		const m0 = 12 * y;
		if (y === 0) {
			graceFrom.push(0);
			graceArea.push(A[BASIC]);
		}
		const u = inp.upgrade[y];
		if (u !== 0) {
			const dA = u * A[BASIC];
			A[BASIC] -= dA;
			A[QUASI] += dA;
			for (let i = 0; i < graceArea.length; i++) graceArea[i] *= 1 - u;
		}
		const c = inp.cover[y];
		if (c !== 0) {
			const dA = c * A[SELF];
			A[SELF] -= dA;
			A[BASIC] += dA;
			graceFrom.push(m0);
			graceArea.push(dA);
		}
		for (let m = m0; m < m0 + 12; m++) {
			let G = 0;
			for (let i = 0; i < graceArea.length; i++) if (m < graceFrom[i] + inp.grace) G += graceArea[i];
			let S = 0,
				X = 0,
				F = 0,
				W = 0;
			for (let t = 0; t < NT; t++) {
				const billable = t === BASIC ? A[t] - G : A[t];
				const f = billable * inp.fee[t][y];
				const w = f * inp.waiverShare[t][y];
				S += A[t] * inp.subsidy[t][y] * inp.payout;
				X += w * inp.waiverCovered;
				F += f;
				W += w;
			}
			out.subsidy[o][m] = S;
			out.waiverCompensation[o][m] = X;
			out.billed[o][m] = F;
			out.waived[o][m] = W;
			out.grace[o][m] = G;
		}
	}
}
