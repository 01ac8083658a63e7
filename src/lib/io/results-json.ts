/** The `simulate --json` shape others test against: money in 万元, rates as fractions, numbers unrounded. */
import type { Projection } from '../model/projection';

export function resultsJson(name: string, p: Projection) {
	return {
		name,
		start: p.start,
		years: p.years.map((r) => ({
			year: r.year,
			from: r.from,
			to: r.to,
			subsidy: r.subsidy,
			rewardFund: r.rewardFund,
			waiverCompensation: r.waiverCompensation,
			outlay: r.outlay,
			feesBilled: r.feesBilled,
			feesWaived: r.feesWaived,
			feesCollected: r.feesCollected,
			firmIncome: r.firmIncome,
			firmCost: r.firmCost,
			adequacy: r.adequacy,
			bond: r.bond,
			compounds: r.compounds,
			area: r.area,
			committees: r.committees,
			committeeRate: r.committeeRate,
			standard: r.standard,
			standardRate: r.standardRate,
			coverage: r.coverage,
			satisfaction: r.satisfaction,
			targets: r.targets,
			targetValues: r.targetValues
		})),
		totals: p.totals
	};
}
