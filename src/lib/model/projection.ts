/**
 * The monthly projection of docs/model.md, step by step in its order of computation. Pure and allocation-light:
 * the Monte Carlo calls it tens of thousands of times.
 */
import type { ModelInputs } from './inputs';
import { meets, type TargetKind } from './targets';
import { yearSpan } from './time';

const MARKET = 0,
	QUASI = 1,
	BASIC = 2,
	SELF = 3;
const NT = 4;

/** One number per tier plus their total. */
export interface TierSums {
	market: number;
	quasi: number;
	basic: number;
	self: number;
	total: number;
}

export interface YearResult {
	year: number; // 1-based
	from: string;
	to: string;
	subsidy: TierSums;
	rewardFund: number;
	waiverCompensation: number;
	/** District outlay: subsidies + waiver compensation + reward fund (万元). */
	outlay: number;
	feesBilled: TierSums;
	feesWaived: TierSums;
	feesCollected: TierSums;
	firmIncome: TierSums;
	firmCost: TierSums;
	/** Firms' income ÷ cost over the year, quasi and basic together (ā in docs/model.md). */
	adequacy: number;
	bond: { deposited: number; returned: number; forfeited: number };
	compounds: TierSums; // at year end
	area: TierSums;
	committees: number;
	committeeRate: number;
	standard: number;
	standardRate: number;
	coverage: number;
	satisfaction: number;
	targets: Record<TargetKind, boolean | null>;
	targetValues: Record<TargetKind, number | null>;
}

export interface MonthSeries {
	outlay: Float64Array;
	satisfaction: Float64Array; // overall, after the month's update
	tierSatisfaction: Float64Array[]; // [tier]
	income: Float64Array[]; // [tier] firms' income
	cost: Float64Array[]; // [tier] firms' cost
	subsidy: Float64Array[]; // [tier]
	/** Waived fees the district pays (X), per tier: with `subsidy`, the district's monthly outlay but the reward fund. */
	waiverCompensation: Float64Array[]; // [tier]
}

export interface Projection {
	start: string;
	years: YearResult[];
	months: MonthSeries;
	totals: { subsidy: number; rewardFund: number; waiverCompensation: number; outlay: number };
}

const sums = (a: ArrayLike<number>): TierSums => ({
	market: a[MARKET],
	quasi: a[QUASI],
	basic: a[BASIC],
	self: a[SELF],
	total: a[MARKET] + a[QUASI] + a[BASIC] + a[SELF]
});

const perTier = (len: number) => Array.from({ length: NT }, () => new Float64Array(len));

export function project(inp: ModelInputs, start: string): Projection {
	const Y = inp.years;
	const M = 12 * Y;
	const n = inp.compounds.slice();
	const A = inp.area.slice();
	const N = n[0] + n[1] + n[2] + n[3]; // fixed: moves only shift compounds between tiers
	const s = inp.satisfactionStart.slice();
	const h = inp.halfLife;
	const lambda = h === 0 ? 1 : 1 - Math.pow(0.5, 1 / h);
	const funded = inp.funded === true;
	// Basic area in its grace period, as cohorts by the month they entered service (§四(四)4).
	const graceFrom: number[] = [];
	const graceArea: number[] = [];

	const months: MonthSeries = {
		outlay: new Float64Array(M),
		satisfaction: new Float64Array(M),
		tierSatisfaction: perTier(M),
		income: perTier(M),
		cost: perTier(M),
		subsidy: perTier(M),
		waiverCompensation: perTier(M)
	};
	const years: YearResult[] = [];
	let H = inp.committeesStart;
	let Q = inp.standardStart;
	let D = 0;

	for (let y = 0; y < Y; y++) {
		const m0 = 12 * y;
		// At m = 0 the whole basic area starts its new service and enters grace (before year 0's upgrade).
		if (y === 0) {
			graceFrom.push(0);
			graceArea.push(A[BASIC]);
		}
		// 1. Upgrade basic → quasi: compounds and area move; area still in grace shrinks by (1 − u).
		const u = inp.upgrade[y];
		if (u !== 0) {
			const dn = u * n[BASIC],
				dA = u * A[BASIC];
			n[BASIC] -= dn;
			n[QUASI] += dn;
			A[BASIC] -= dA;
			A[QUASI] += dA;
			for (let i = 0; i < graceArea.length; i++) graceArea[i] *= 1 - u;
		}
		// 2. Cover self → basic: a new paid service, entering its grace period this month.
		const c = inp.cover[y];
		if (c !== 0) {
			const dn = c * n[SELF],
				dA = c * A[SELF];
			n[SELF] -= dn;
			n[BASIC] += dn;
			A[SELF] -= dA;
			A[BASIC] += dA;
			graceFrom.push(m0);
			graceArea.push(dA);
		}
		// Performance bond (§五3): deposited in month 0 on the areas served after year 0's moves.
		if (y === 0) {
			let fees = 0;
			for (let t = 0; t < NT; t++) if (t !== SELF) fees += A[t] * inp.fee[t][0];
			D = inp.bondRate * 12 * fees;
		}

		const yF = new Float64Array(NT),
			yW = new Float64Array(NT),
			yC = new Float64Array(NT);
		const yS = new Float64Array(NT),
			yX = new Float64Array(NT),
			yI = new Float64Array(NT),
			yK = new Float64Array(NT);
		let lastOverall = 0;
		for (let m = m0; m < m0 + 12; m++) {
			let G = 0;
			for (let i = 0; i < graceArea.length; i++) if (m < graceFrom[i] + inp.grace) G += graceArea[i];
			let outlay = m === m0 ? inp.rewardFund[y] : 0;
			let wA = 0,
				wAs = 0;
			for (let t = 0; t < NT; t++) {
				const billable = t === BASIC ? A[t] - G : A[t];
				const F = billable * inp.fee[t][y];
				const W = F * inp.waiverShare[t][y];
				const C = (F - W) * inp.collection[t][y];
				const S = A[t] * inp.subsidy[t][y] * inp.payout; // paid on all served area, grace included
				const X = W * inp.waiverCovered;
				const I = C + S + X;
				const K = A[t] * inp.cost[t][y];
				const a = K > 0 ? I / K : 1;
				// Only a shortfall hurts; money above cost is margin.
				let L = inp.satisfaction[t][y] - (funded ? 0 : inp.response * (1 - (a < 1 ? a : 1)));
				L = L < 0 ? 0 : L > 1 ? 1 : L;
				s[t] += (L - s[t]) * lambda;
				outlay += S + X;
				yF[t] += F;
				yW[t] += W;
				yC[t] += C;
				yS[t] += S;
				yX[t] += X;
				yI[t] += I;
				yK[t] += K;
				months.tierSatisfaction[t][m] = s[t];
				months.income[t][m] = I;
				months.cost[t][m] = K;
				months.subsidy[t][m] = S;
				months.waiverCompensation[t][m] = X;
				wA += A[t];
				wAs += A[t] * s[t];
			}
			// Overall satisfaction is area-weighted; with no area at all, the plain mean of the tiers (no NaN).
			lastOverall = wA > 0 ? wAs / wA : (s[0] + s[1] + s[2] + s[3]) / NT;
			months.outlay[m] = outlay;
			months.satisfaction[m] = lastOverall;
		}

		// Year end.
		H = Math.min(N, H + inp.committeesNew[y]);
		const kQB = yK[QUASI] + yK[BASIC];
		const ratio = kQB > 0 ? (yI[QUASI] + yI[BASIC]) / kQB : 1;
		// A vanishing but non-zero cost can overflow the ratio; only min(1, ā) enters the model, so cap it.
		const adequacy = Number.isFinite(ratio) ? ratio : Number.MAX_VALUE;
		Q = Math.min(N, Q + inp.standardNew[y] * (funded ? 1 : Math.min(1, adequacy)));
		const instalment = D / Y;
		const returned = instalment * inp.bondPassRate[y];
		const subsidy = sums(yS);
		const waiverCompensation = yX[0] + yX[1] + yX[2] + yX[3];
		const rates = {
			committee: N > 0 ? H / N : 0,
			standard: N > 0 ? Q / N : 0,
			satisfaction: lastOverall,
			coverage: N > 0 ? (N - n[SELF]) / N : 0
		};
		const tv = {
			committee: inp.target.committee[y],
			standard: inp.target.standard[y],
			satisfaction: inp.target.satisfaction[y],
			coverage: inp.target.coverage[y]
		};
		years.push({
			year: y + 1,
			...yearSpan(start, y),
			subsidy,
			rewardFund: inp.rewardFund[y],
			waiverCompensation,
			outlay: subsidy.total + waiverCompensation + inp.rewardFund[y],
			feesBilled: sums(yF),
			feesWaived: sums(yW),
			feesCollected: sums(yC),
			firmIncome: sums(yI),
			firmCost: sums(yK),
			adequacy,
			bond: { deposited: y === 0 ? D : 0, returned, forfeited: instalment - returned },
			compounds: sums(n),
			area: sums(A),
			committees: H,
			committeeRate: rates.committee,
			standard: Q,
			standardRate: rates.standard,
			coverage: rates.coverage,
			satisfaction: rates.satisfaction,
			targets: {
				committee: meets(rates.committee, tv.committee),
				standard: meets(rates.standard, tv.standard),
				satisfaction: meets(rates.satisfaction, tv.satisfaction),
				coverage: meets(rates.coverage, tv.coverage)
			},
			targetValues: tv
		});
		// A re-forecast: the years after `after` start from the actual state (grace cohorts and the bond go on).
		if (inp.resume && inp.resume.after === y) {
			H = inp.resume.committees;
			Q = inp.resume.standard;
			for (let t = 0; t < NT; t++) s[t] = inp.resume.satisfaction[t];
		}
	}

	const totals = { subsidy: 0, rewardFund: 0, waiverCompensation: 0, outlay: 0 };
	for (const r of years) {
		totals.subsidy += r.subsidy.total;
		totals.rewardFund += r.rewardFund;
		totals.waiverCompensation += r.waiverCompensation;
		totals.outlay += r.outlay;
	}
	return { start, years, months, totals };
}
