/**
 * A second implementation of the model documentation (docs/model.md), written from its text alone (not from src/lib/model/projection.ts), to
 * check the app's figures. Deliberately plain and differently built: records keyed by tier name, areas in grace
 * kept as cohorts with the month each starts to be billed, calendar months from Date, yearly figures summed
 * from monthly ones. It returns the issue's `simulate --json` shape.
 */
import type { ParamValues } from '../../src/lib/model/inputs';

type Tier = 'market' | 'quasi' | 'basic' | 'self';
const TIERS: Tier[] = ['market', 'quasi', 'basic', 'self'];
type ByTier = Record<Tier, number>;
export type TierTotals = ByTier & { total: number };
type TargetKind = 'committee' | 'standard' | 'satisfaction' | 'coverage';

export interface IndependentYear {
	year: number;
	from: string;
	to: string;
	subsidy: TierTotals;
	rewardFund: number;
	waiverCompensation: number;
	outlay: number;
	feesBilled: TierTotals;
	feesCollected: TierTotals;
	firmIncome: TierTotals;
	firmCost: TierTotals;
	bond: { deposited: number; returned: number; forfeited: number };
	committees: number;
	committeeRate: number;
	standard: number;
	standardRate: number;
	coverage: number;
	satisfaction: number;
	targets: Record<TargetKind, boolean | null>;
}

export interface IndependentResult {
	start: string;
	years: IndependentYear[];
	totals: { subsidy: number; rewardFund: number; waiverCompensation: number; outlay: number };
	monthlyOutlay: number[];
	monthlySatisfaction: number[];
}

const zero = (): ByTier => ({ market: 0, quasi: 0, basic: 0, self: 0 });
const withTotal = (x: ByTier): TierTotals => ({ ...x, total: x.market + x.quasi + x.basic + x.self });

/** "YYYY-MM" of the month m months after start. */
function calendarMonth(start: string, m: number): string {
	const [y, mo] = start.split('-').map(Number);
	const d = new Date(Date.UTC(y, mo - 1 + m, 1));
	return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Rounded half up to 0.01 percentage points, the rate must be at least the target; a blank target is none. */
function targetMet(rate: number, target: number | null): boolean | null {
	if (target === null) return null;
	return Math.floor(rate * 10000 + 0.5) >= Math.floor(target * 10000 + 0.5);
}

export function independentProjection(p: ParamValues, years: number, start: string): IndependentResult {
	const scalar = (key: string) => p[key] as number;
	const perYear = (key: string, y: number) => (p[key] as (number | null)[])[y] as number;
	const target = (key: string, y: number) => (p[key] as (number | null)[])[y];
	const byTier = (stem: string): ByTier => ({
		market: scalar(`market_${stem}`),
		quasi: scalar(`quasi_${stem}`),
		basic: scalar(`basic_${stem}`),
		self: scalar(`self_${stem}`)
	});

	const compounds = byTier('compounds');
	const area = byTier('area');
	const state = byTier('satisfaction_start');
	const N = compounds.market + compounds.quasi + compounds.basic + compounds.self;
	const h = scalar('satisfaction_half_life');
	const lambda = h === 0 ? 1 : 1 - Math.pow(0.5, 1 / h);
	const grace = scalar('grace_months');
	const payout = scalar('subsidy_payout');
	const covered = scalar('waiver_covered');
	const response = scalar('satisfaction_response');

	// Basic area in grace: each cohort is billed from month `billedFrom` on.
	const cohorts: { area: number; billedFrom: number }[] = [];
	let committees = scalar('committees_start');
	let standard = scalar('standard_start');
	let deposit = 0;
	const out: IndependentYear[] = [];
	const monthlyOutlay: number[] = [];
	const monthlySatisfaction: number[] = [];

	for (let y = 0; y < years; y++) {
		const first = 12 * y;
		// At m = 0 the whole basic area starts its new service, before year 0's upgrade.
		if (y === 0) cohorts.push({ area: area.basic, billedFrom: grace });

		// 1. Upgrade.
		const u = perYear('upgrade_basic_to_quasi', y);
		const upCompounds = u * compounds.basic;
		const upArea = u * area.basic;
		compounds.basic -= upCompounds;
		compounds.quasi += upCompounds;
		area.basic -= upArea;
		area.quasi += upArea;
		for (const c of cohorts) if (first < c.billedFrom) c.area *= 1 - u;

		// 2. Cover: a new paid service, in grace from this month.
		const c = perYear('cover_self', y);
		const coverCompounds = c * compounds.self;
		const coverArea = c * area.self;
		compounds.self -= coverCompounds;
		compounds.basic += coverCompounds;
		area.self -= coverArea;
		area.basic += coverArea;
		cohorts.push({ area: coverArea, billedFrom: first + grace });

		// Bond: a year of fees on the areas served in month 0 (after year 0's moves), self-governed excluded.
		if (y === 0) {
			const yearFees =
				12 *
				(area.market * perYear('market_fee', 0) +
					area.quasi * perYear('quasi_fee', 0) +
					area.basic * perYear('basic_fee', 0));
			deposit = scalar('bond_rate') * yearFees;
		}

		const billed = zero(),
			collected = zero(),
			income = zero(),
			cost = zero(),
			subsidy = zero(),
			paidWaivers = zero();
		let yearOutlay = 0;
		let lastSatisfaction = NaN;
		for (let m = first; m < first + 12; m++) {
			const inGrace = cohorts.filter((k) => m < k.billedFrom).reduce((s, k) => s + k.area, 0);
			let outlay = m % 12 === 0 ? perYear('reward_fund', y) : 0;
			let weighted = 0;
			let totalArea = 0;
			for (const t of TIERS) {
				const A = area[t];
				const B = t === 'basic' ? A - inGrace : A;
				const F = B * perYear(`${t}_fee`, y);
				const W = F * perYear(`${t}_waiver_share`, y);
				const C = (F - W) * perYear(`${t}_collection`, y);
				const S = A * perYear(`${t}_subsidy`, y) * payout;
				const X = W * covered;
				const I = C + S + X;
				const K = A * perYear(`${t}_cost`, y);
				const a = K > 0 ? I / K : 1;
				const level = Math.min(1, Math.max(0, perYear(`${t}_satisfaction`, y) - response * (1 - Math.min(a, 1))));
				state[t] = state[t] + (level - state[t]) * lambda;
				outlay += S + X;
				billed[t] += F;
				collected[t] += C;
				income[t] += I;
				cost[t] += K;
				subsidy[t] += S;
				paidWaivers[t] += X;
				weighted += A * state[t];
				totalArea += A;
			}
			lastSatisfaction = weighted / totalArea;
			monthlyOutlay.push(outlay);
			monthlySatisfaction.push(lastSatisfaction);
			yearOutlay += outlay;
		}

		// Year end.
		committees = Math.min(N, committees + perYear('committees_new', y));
		const costQB = cost.quasi + cost.basic;
		const abar = costQB === 0 ? 1 : (income.quasi + income.basic) / costQB;
		standard = Math.min(N, standard + perYear('standard_new', y) * Math.min(1, abar));
		const instalment = deposit / years;
		const returned = instalment * perYear('bond_pass_rate', y);
		const rates = {
			committee: committees / N,
			standard: standard / N,
			satisfaction: lastSatisfaction,
			coverage: (N - compounds.self) / N
		};
		out.push({
			year: y + 1,
			from: calendarMonth(start, first),
			to: calendarMonth(start, first + 11),
			subsidy: withTotal(subsidy),
			rewardFund: perYear('reward_fund', y),
			waiverCompensation: paidWaivers.market + paidWaivers.quasi + paidWaivers.basic + paidWaivers.self,
			outlay: yearOutlay,
			feesBilled: withTotal(billed),
			feesCollected: withTotal(collected),
			firmIncome: withTotal(income),
			firmCost: withTotal(cost),
			bond: { deposited: y === 0 ? deposit : 0, returned, forfeited: instalment - returned },
			committees,
			committeeRate: rates.committee,
			standard,
			standardRate: rates.standard,
			coverage: rates.coverage,
			satisfaction: rates.satisfaction,
			targets: {
				committee: targetMet(rates.committee, target('target_committee', y)),
				standard: targetMet(rates.standard, target('target_standard', y)),
				satisfaction: targetMet(rates.satisfaction, target('target_satisfaction', y)),
				coverage: targetMet(rates.coverage, target('target_coverage', y))
			}
		});
	}

	const sum = (f: (r: IndependentYear) => number) => out.reduce((s, r) => s + f(r), 0);
	return {
		start,
		years: out,
		totals: {
			subsidy: sum((r) => r.subsidy.total),
			rewardFund: sum((r) => r.rewardFund),
			waiverCompensation: sum((r) => r.waiverCompensation),
			outlay: sum((r) => r.outlay)
		},
		monthlyOutlay,
		monthlySatisfaction
	};
}
