/**
 * `npm run simulate -- FILE --runs N --seed S [--lhs] --json`: the same Monte Carlo as the app's workers, in
 * one thread (same seed, same numbers: iteration i's draws depend only on the seed and i). The printed shape is
 * documented in docs/monte-carlo.md.
 */
import { achievedCorrelation, type AchievedCorrelation } from '../lib/model/montecarlo/achieved';
import type { Pct } from '../lib/model/montecarlo/quantiles';
import { sensitivity, type Sensitivity } from '../lib/model/montecarlo/sensitivity';
import { planInfo, preparePlan } from '../lib/model/montecarlo/plan';
import { checkSeed } from '../lib/model/montecarlo/prng';
import { checkRuns, runMonteCarlo } from '../lib/model/montecarlo/runner';
import type { YearlyOutput } from '../lib/model/montecarlo/samples';
import { summarize, type McSummary } from '../lib/model/montecarlo/summary';
import type { ScenarioDoc } from '../lib/model/scenario';
import type { TargetKind } from '../lib/model/targets';
import { createEngine } from '../lib/sheet/engine';
import { evaluateAll } from '../lib/sheet/evaluate';
import { propagatorFactory } from '../lib/sheet/propagate';

export interface CliMonteCarlo extends ReturnType<typeof planInfo> {
	runs: number;
	seed: number;
	lhs: boolean;
	years: {
		year: number;
		from: string;
		to: string;
		percentiles: Record<YearlyOutput, Pct>;
		targetProbability: Record<TargetKind, number | null>;
	}[];
	totals: McSummary['totals'];
	months: { month: string; outlay: Pct; cumulativeOutlay: Pct; satisfaction: Pct }[];
	convergence: McSummary['convergence'];
	formulaErrors: number;
	/** Spearman's matrix the draws achieved: the targets of `correlations`, ≈ 0 elsewhere. */
	correlation: AchievedCorrelation;
	/** Each parameter's share of each yearly output's variance, year by year. */
	sensitivity: Sensitivity;
	note?: string;
}

export async function runCliMonteCarlo(
	doc: ScenarioDoc,
	opts: { runs: number; seed: number; lhs: boolean }
): Promise<{ ok: true; result: CliMonteCarlo } | { ok: false; error: string }> {
	const bad = checkRuns(opts.runs) ?? checkSeed(opts.seed);
	if (bad) return { ok: false, error: `--runs/--seed: ${bad}` };
	// The reader has already evaluated the file; evaluate again here so the signature needs only the doc.
	const { hf, sheet } = createEngine(doc);
	const { values, issues } = evaluateAll(hf, sheet, doc.years);
	hf.destroy();
	if (issues.length)
		return {
			ok: false,
			error: `the scenario has ${issues.length} cell error(s), first ${issues[0].name}: ${issues[0].en}`
		};
	const p = await preparePlan(doc, values, (base) => propagatorFactory(doc, base));
	if (!p.ok) return { ok: false, error: p.error };
	try {
		const r = await runMonteCarlo(p.plan, { runs: opts.runs, seed: opts.seed, lhs: opts.lhs });
		if (!r.ok) return { ok: false, error: r.error };
		const s = summarize(r.samples, doc.start);
		const info = planInfo(p.plan);
		const pick = (b: McSummary['months']['outlay'], m: number): Pct => ({
			p5: b.p5[m],
			p25: b.p25[m],
			p50: b.p50[m],
			p75: b.p75[m],
			p95: b.p95[m]
		});
		const result: CliMonteCarlo = {
			runs: opts.runs,
			seed: opts.seed,
			lhs: opts.lhs,
			...info,
			years: s.years,
			totals: s.totals,
			months: s.months.labels.map((month, m) => ({
				month,
				outlay: pick(s.months.outlay, m),
				cumulativeOutlay: pick(s.months.cumulativeOutlay, m),
				satisfaction: pick(s.months.satisfaction, m)
			})),
			convergence: s.convergence,
			formulaErrors: s.formulaErrors,
			correlation: achievedCorrelation(p.plan, r.samples),
			sensitivity: sensitivity(p.plan, r.samples)
		};
		if (info.uncertain.length === 0)
			result.note = 'no parameter carries an "uncertainty" range: every run is the deterministic projection';
		return { ok: true, result };
	} finally {
		p.plan.propagator.dispose();
	}
}
