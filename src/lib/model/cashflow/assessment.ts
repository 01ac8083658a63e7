/**
 * Quarterly assessment results per street (§七: the streets pay the firms by their assessment). A street that
 * released only a share r of a quarter's subsidy to its firms still holds (1 − r) of it, so the district pays
 * it that much less from the next month on, month by month until the withheld money is used up (never below
 * 0 in a month; what the horizon cannot absorb is reported as `carried`). The order of deduction is an
 * assumption (假设); docs/model.md § 分月用款计划.
 */
import type { CashflowPlan } from './plan';
import { periods } from './periods';

export interface AssessmentResult {
	street: string;
	/** Calendar quarter, "2022Q3". */
	quarter: string;
	/** Share of the quarter's subsidy released to the firms, 0–1. */
	released: number;
}

export interface Deductions {
	/** [street index][month] 万元 taken off that month's subsidy. */
	byStreet: Float64Array[];
	/** Per street, withheld money the horizon could not absorb (万元). */
	carried: number[];
}

export function deductions(plan: CashflowPlan, results: readonly AssessmentResult[]): Deductions {
	const M = plan.months.length;
	const quarters = new Map(
		periods(plan.months)
			.filter((p) => p.kind === 'quarter')
			.map((p) => [p.key, p.months])
	);
	const byStreet = plan.streets.map(() => new Float64Array(M));
	const carried = plan.streets.map(() => 0);
	plan.streets.forEach((s, k) => {
		// Withheld money becomes deductible after the last month of its quarter.
		const due = new Float64Array(M + 1);
		for (const r of results) {
			if (r.street !== s.street) continue;
			const months = quarters.get(r.quarter);
			if (!months) continue;
			let sub = 0;
			for (const m of months) sub += s.subsidy[m];
			due[months[months.length - 1] + 1] += (1 - r.released) * sub;
		}
		let owed = 0;
		for (let m = 0; m < M; m++) {
			owed += due[m];
			const d = Math.min(owed, s.subsidy[m]);
			byStreet[k][m] = d;
			owed -= d;
		}
		carried[k] = owed + due[M];
	});
	return { byStreet, carried };
}
