/**
 * Each street's P50/P90 from the Uncertainty tab's draws (same seed, runs and sampling), computed on this
 * thread: the sampler and the fund-use rule are pure and take about a second for 10,000 runs; the Uncertainty
 * tab's workers are busy with their own run and their API has no per-street output.
 */
import { streetBands, type StreetShares, type StreetBands } from '../../model/cashflow';
import { preparePlan } from '../../model/montecarlo/plan';
import type { Workbench } from '../../state/workbench.svelte';
import { prepare } from '../montecarlo/scenario';

export type BandsOutcome = { ok: true; result: StreetBands } | { ok: false; error: string };

export async function computeBands(
	wb: Workbench,
	shares: StreetShares,
	/** `rewardShare`: each street's share of the reward fund (StreetShares order), as the table gives it. */
	opts: { runs: number; seed: number; lhs: boolean; rewardShare: number[] }
): Promise<BandsOutcome> {
	const p = await prepare(wb);
	if (!p.ok) return { ok: false, error: p.message };
	const plan = await preparePlan(p.scenario.doc, p.scenario.values);
	if (!plan.ok) return { ok: false, error: plan.error };
	await new Promise((r) => setTimeout(r, 0)); // let "Computing…" paint first
	return { ok: true, result: streetBands(plan.plan, shares, opts) };
}
