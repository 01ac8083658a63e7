/**
 * project() (projection.ts) restated over a flat cell vector for the Monte Carlo: the same operations in the
 * same order, but it keeps only what the Monte Carlo reports and writes into preallocated arrays (no objects
 * per iteration). test/model/kernel-equivalence.test.ts requires every number it reports to be the same double
 * as project()'s on 4,000 seeded scenarios drawn from the whole catalogue (1,000 of them with vanishing costs);
 * test/montecarlo/kernel.test.ts checks the shipped scenarios to 1e-12. Any change to the model must be made
 * in both places; those tests fail until it is.
 */
import { TIERS } from '../catalogue';
import { meets, TARGET_KINDS } from '../targets';
import type { Resume } from '../inputs';
import type { CellLayout } from './cells';
import { MET, MISSED, NO_TARGET, NK, NY, OUT } from './samples';

const QUASI = 1,
	BASIC = 2,
	SELF = 3,
	NT = 4;
const STEMS = [
	'compounds',
	'area',
	'satisfaction_start',
	'fee',
	'subsidy',
	'collection',
	'cost',
	'satisfaction',
	'waiver_share'
] as const;

export class Kernel {
	private readonly Y: number;
	private readonly o: Record<(typeof STEMS)[number], Int32Array>;
	private readonly k: Record<string, number>;
	private readonly targets: Int32Array;
	// Scratch, reused by every iteration.
	private readonly n = new Float64Array(NT);
	private readonly A = new Float64Array(NT);
	private readonly s = new Float64Array(NT);
	private readonly gFrom: Float64Array;
	private readonly gArea: Float64Array;
	private readonly sums = new Float64Array(4 * NT); // yearly I, K, S, X per tier
	// This year's per-tier inputs, hoisted out of the month loop.
	private readonly fee = new Float64Array(NT);
	private readonly waiver = new Float64Array(NT);
	private readonly coll = new Float64Array(NT);
	private readonly sub = new Float64Array(NT);
	private readonly cost = new Float64Array(NT);
	private readonly sat = new Float64Array(NT);

	/**
	 * `resume` restarts the years after `resume.after` from an actual state, as project() does for a
	 * re-forecast (model/reforecast.ts), so that the equivalence property covers re-forecasts too.
	 */
	constructor(
		layout: CellLayout,
		private readonly resume: Resume | null = null
	) {
		this.Y = layout.years;
		const at = (key: string) => layout.offset.get(key) as number;
		this.o = Object.fromEntries(
			STEMS.map((st) => [st, Int32Array.from(TIERS, (t) => at(`${t}_${st}`))])
		) as Kernel['o'];
		const keys = [
			'committees_start',
			'standard_start',
			'grace_months',
			'satisfaction_half_life',
			'satisfaction_response',
			'subsidy_payout',
			'waiver_covered',
			'bond_rate'
		];
		const yearly = ['reward_fund', 'upgrade_basic_to_quasi', 'cover_self', 'committees_new', 'standard_new'];
		this.k = Object.fromEntries([...keys, ...yearly].map((key) => [key, at(key)]));
		this.targets = Int32Array.from(TARGET_KINDS, (kind) => at(`target_${kind}`));
		this.gFrom = new Float64Array(this.Y + 1);
		this.gArea = new Float64Array(this.Y + 1);
	}

	/** One projection of cell vector `v` into row `row` of the sample arrays. */
	run(
		v: Float64Array,
		row: number,
		yearly: Float64Array,
		mOutlay: Float64Array,
		mSat: Float64Array,
		met: Uint8Array
	): void {
		const { Y, o, k, n, A, s, gFrom, gArea, sums, fee, waiver, coll, sub, cost, sat } = this;
		for (let t = 0; t < NT; t++) {
			n[t] = v[o.compounds[t]];
			A[t] = v[o.area[t]];
			s[t] = v[o.satisfaction_start[t]];
		}
		const N = n[0] + n[1] + n[2] + n[3];
		const h = v[k.satisfaction_half_life];
		const lambda = h === 0 ? 1 : 1 - Math.pow(0.5, 1 / h);
		const grace = v[k.grace_months],
			response = v[k.satisfaction_response],
			payout = v[k.subsidy_payout],
			covered = v[k.waiver_covered];
		let cohorts = 0;
		let H = v[k.committees_start];
		let Q = v[k.standard_start];
		const yBase = row * Y * NY,
			mBase = row * 12 * Y,
			kBase = row * Y * NK;

		for (let y = 0; y < Y; y++) {
			const m0 = 12 * y;
			if (y === 0) {
				gFrom[cohorts] = 0;
				gArea[cohorts++] = A[BASIC];
			}
			const u = v[k.upgrade_basic_to_quasi + y];
			if (u !== 0) {
				const dn = u * n[BASIC],
					dA = u * A[BASIC];
				n[BASIC] -= dn;
				n[QUASI] += dn;
				A[BASIC] -= dA;
				A[QUASI] += dA;
				for (let i = 0; i < cohorts; i++) gArea[i] *= 1 - u;
			}
			const c = v[k.cover_self + y];
			if (c !== 0) {
				const dn = c * n[SELF],
					dA = c * A[SELF];
				n[SELF] -= dn;
				n[BASIC] += dn;
				A[SELF] -= dA;
				A[BASIC] += dA;
				gFrom[cohorts] = m0;
				gArea[cohorts++] = dA;
			}
			sums.fill(0);
			for (let t = 0; t < NT; t++) {
				fee[t] = v[o.fee[t] + y];
				waiver[t] = v[o.waiver_share[t] + y];
				coll[t] = v[o.collection[t] + y];
				sub[t] = v[o.subsidy[t] + y];
				cost[t] = v[o.cost[t] + y];
				sat[t] = v[o.satisfaction[t] + y];
			}
			const reward = v[k.reward_fund + y];
			let lastOverall = 0;
			for (let m = m0; m < m0 + 12; m++) {
				let G = 0;
				for (let i = 0; i < cohorts; i++) if (m < gFrom[i] + grace) G += gArea[i];
				let outlay = m === m0 ? reward : 0;
				let wA = 0,
					wAs = 0;
				for (let t = 0; t < NT; t++) {
					const billable = t === BASIC ? A[t] - G : A[t];
					const F = billable * fee[t];
					const W = F * waiver[t];
					const C = (F - W) * coll[t];
					const S = A[t] * sub[t] * payout;
					const X = W * covered;
					const I = C + S + X;
					const K = A[t] * cost[t];
					const a = K > 0 ? I / K : 1;
					let L = sat[t] - response * (1 - (a < 1 ? a : 1));
					L = L < 0 ? 0 : L > 1 ? 1 : L;
					s[t] += (L - s[t]) * lambda;
					outlay += S + X;
					sums[t] += I;
					sums[NT + t] += K;
					sums[2 * NT + t] += S;
					sums[3 * NT + t] += X;
					wA += A[t];
					wAs += A[t] * s[t];
				}
				lastOverall = wA > 0 ? wAs / wA : (s[0] + s[1] + s[2] + s[3]) / NT;
				mOutlay[mBase + m] = outlay;
				mSat[mBase + m] = lastOverall;
			}
			H = Math.min(N, H + v[k.committees_new + y]);
			const kQB = sums[NT + QUASI] + sums[NT + BASIC];
			const ratio = kQB > 0 ? (sums[QUASI] + sums[BASIC]) / kQB : 1;
			// As project(): a vanishing but non-zero cost overflows the ratio to Infinity; cap it.
			const adequacy = Number.isFinite(ratio) ? ratio : Number.MAX_VALUE;
			Q = Math.min(N, Q + v[k.standard_new + y] * Math.min(1, adequacy));
			this.yearEnd(v, y, N, H, Q, adequacy, lastOverall, reward, yearly, yBase + y * NY, met, kBase + y * NK);
			const r = this.resume;
			if (r !== null && r.after === y) {
				H = r.committees;
				Q = r.standard;
				for (let t = 0; t < NT; t++) s[t] = r.satisfaction[t];
			}
		}
	}

	private yearEnd(
		v: Float64Array,
		y: number,
		N: number,
		H: number,
		Q: number,
		adequacy: number,
		sat: number,
		reward: number,
		out: Float64Array,
		at: number,
		met: Uint8Array,
		mAt: number
	): void {
		const sums = this.sums;
		const S = 2 * NT,
			X = 3 * NT;
		const subsidy = sums[S] + sums[S + 1] + sums[S + 2] + sums[S + 3];
		const waiver = sums[X] + sums[X + 1] + sums[X + 2] + sums[X + 3];
		const committee = N > 0 ? H / N : 0,
			standard = N > 0 ? Q / N : 0,
			coverage = N > 0 ? (N - this.n[SELF]) / N : 0;
		out[at + OUT.outlay] = subsidy + waiver + reward;
		out[at + OUT.subsidy] = subsidy;
		out[at + OUT.rewardFund] = reward;
		out[at + OUT.waiverCompensation] = waiver;
		out[at + OUT.adequacy] = adequacy;
		out[at + OUT.committeeRate] = committee;
		out[at + OUT.standardRate] = standard;
		out[at + OUT.coverage] = coverage;
		out[at + OUT.satisfaction] = sat;
		for (let t = 0; t < NT; t++) {
			out[at + OUT.firmIncome_market + t] = sums[t];
			out[at + OUT.firmCost_market + t] = sums[NT + t];
			out[at + OUT.subsidy_market + t] = sums[S + t];
		}
		out[at + OUT.committees] = H;
		out[at + OUT.standard] = Q;
		const tg = this.targets;
		met[mAt] = code(committee, v[tg[0] + y]);
		met[mAt + 1] = code(standard, v[tg[1] + y]);
		met[mAt + 2] = code(sat, v[tg[2] + y]);
		met[mAt + 3] = code(coverage, v[tg[3] + y]);
	}
}

/** TARGET_KINDS order: committee, standard, satisfaction, coverage. A blank target is NaN in the vector. */
function code(rate: number, target: number): number {
	return Number.isNaN(target) ? NO_TARGET : meets(rate, target) ? MET : MISSED;
}
