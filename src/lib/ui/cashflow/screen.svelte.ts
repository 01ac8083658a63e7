/**
 * The fund-use plan screen's own state: the year shown, the street whose sheet is printed, the
 * assessment results entered and the last P50/P90 computed. The plan itself is derived from the open scenario
 * and its register on every change (≈ 20 ms for 10,000 compounds, bench/cashflow.ts), so it is not kept here.
 */
import type { AssessmentResult, StreetBands } from '../../model/cashflow';

export class CashflowScreen {
	/** Which view of the register tab is shown: the register or the fund-use plan made from it. */
	view = $state<'register' | 'plan'>('register');
	/** Calendar year shown (null: the first). */
	year = $state<number | null>(null);
	printStreet = $state<string | null>(null);
	/** Whole-replaced on each change: plain data the model reads as is. */
	assessments = $state.raw<AssessmentResult[]>([]);
	/** The planner's split of the reward fund by street, 0–1 each (an assumption; none by default). */
	rewardShares = $state.raw<Record<string, number>>({});
	bands = $state.raw<{ key: string; result: StreetBands } | null>(null);
	bandsBusy = $state(false);
	bandsError = $state<string | null>(null);

	/** A new result for the same street and quarter replaces the old one. */
	setAssessment(r: AssessmentResult) {
		this.assessments = [...this.assessments.filter((a) => a.street !== r.street || a.quarter !== r.quarter), r];
	}
	/** Sets a street's reward share, or refuses when the shares would add up to more than the whole fund. */
	setRewardShare(street: string, share: number): boolean {
		const next = { ...this.rewardShares, [street]: share };
		if (Object.values(next).reduce((a, b) => a + b, 0) > 1 + 1e-12) return false;
		this.rewardShares = next;
		return true;
	}
	removeRewardShare(street: string) {
		const next = { ...this.rewardShares };
		delete next[street];
		this.rewardShares = next;
	}
	removeAssessment(i: number) {
		this.assessments = this.assessments.filter((_, j) => j !== i);
	}
}
