/**
 * From raw samples to what the UI and the CLI show: percentiles of every yearly output, of monthly outlay,
 * cumulative outlay and satisfaction, the probability of meeting each target each year, and how precise those
 * figures are for this many runs. JSON-friendly (plain numbers and arrays) so it crosses comlink and prints.
 */
import { TARGET_KINDS, type TargetKind } from '../targets';
import { monthLabel, yearSpan } from '../time';
import { percentiles, type Pct } from './quantiles';
import { MET, NK, NO_TARGET, NY, OUT, YEARLY_OUTPUTS, type SampleStore, type YearlyOutput } from './samples';

export type Bands = { p5: number[]; p25: number[]; p50: number[]; p75: number[]; p95: number[] };

export interface McYear {
	year: number; // 1-based
	from: string;
	to: string;
	percentiles: Record<YearlyOutput, Pct>;
	/** Share of runs meeting the target (MODEL.md's rounding rule); null where the year has no target. */
	targetProbability: Record<TargetKind, number | null>;
}

export interface McConvergence {
	runs: number;
	/** Standard error of each P50 (order-statistic method), same units as the output. */
	p50StandardError: { year: number; values: Record<YearlyOutput, number> }[];
	/** √(p(1 − p)/n) for each target probability; null where no target. */
	probabilityStandardError: { year: number; values: Record<TargetKind, number | null> }[];
	totalOutlayP50StandardError: number;
	/** The largest probability standard error: ≤ 0.005 means probabilities are good to about ±1 point. */
	worstProbabilityStandardError: number;
}

export interface McSummary {
	runs: number;
	years: McYear[];
	totals: { outlay: Pct; subsidy: Pct };
	months: { labels: string[]; outlay: Bands; cumulativeOutlay: Bands; satisfaction: Bands };
	convergence: McConvergence;
	/** Runs in which a propagated formula errored (÷0 …) and kept its deterministic value. */
	formulaErrors: number;
}

function pushBand(b: Bands, p: Pct): void {
	b.p5.push(p.p5); b.p25.push(p.p25); b.p50.push(p.p50); b.p75.push(p.p75); b.p95.push(p.p95); // prettier-ignore
}
const bands = (): Bands => ({ p5: [], p25: [], p50: [], p75: [], p95: [] });

export function summarize(s: SampleStore, start: string): McSummary {
	const { n, years: Y } = s;
	const col = new Float64Array(n);
	const years: McYear[] = [];
	const p50se: McConvergence['p50StandardError'] = [];
	const probSe: McConvergence['probabilityStandardError'] = [];
	let worst = 0;
	for (let y = 0; y < Y; y++) {
		const pct = {} as Record<YearlyOutput, Pct>;
		const se = {} as Record<YearlyOutput, number>;
		for (const key of YEARLY_OUTPUTS) {
			for (let i = 0; i < n; i++) col[i] = s.yearly[(i * Y + y) * NY + OUT[key]];
			const r = percentiles(col);
			pct[key] = r.pct;
			se[key] = r.se50;
		}
		const prob = {} as Record<TargetKind, number | null>;
		const pse = {} as Record<TargetKind, number | null>;
		TARGET_KINDS.forEach((kind, j) => {
			let met = 0, none = 0; // prettier-ignore
			for (let i = 0; i < n; i++) {
				const c = s.met[(i * Y + y) * NK + j];
				if (c === MET) met++;
				else if (c === NO_TARGET) none++;
			}
			const p = none > 0 ? null : met / n;
			prob[kind] = p;
			pse[kind] = p === null ? null : Math.sqrt((p * (1 - p)) / n);
			worst = Math.max(worst, pse[kind] ?? 0);
		});
		years.push({ year: y + 1, ...yearSpan(start, y), percentiles: pct, targetProbability: prob });
		p50se.push({ year: y + 1, values: se });
		probSe.push({ year: y + 1, values: pse });
	}
	// Horizon totals, summed year by year from 0 as project() does, so a zero-width range reproduces them exactly.
	const total = (key: YearlyOutput) => {
		for (let i = 0; i < n; i++) {
			let t = 0;
			for (let y = 0; y < Y; y++) t += s.yearly[(i * Y + y) * NY + OUT[key]];
			col[i] = t;
		}
		return percentiles(col);
	};
	const outlay = total('outlay');
	const subsidy = total('subsidy');
	const M = 12 * Y;
	const months = { labels: [] as string[], outlay: bands(), cumulativeOutlay: bands(), satisfaction: bands() };
	const cum = new Float64Array(n);
	for (let m = 0; m < M; m++) {
		months.labels.push(monthLabel(start, m));
		for (let i = 0; i < n; i++) col[i] = s.monthOutlay[i * M + m];
		pushBand(months.outlay, percentiles(col).pct);
		for (let i = 0; i < n; i++) col[i] = cum[i] += s.monthOutlay[i * M + m];
		pushBand(months.cumulativeOutlay, percentiles(col).pct);
		for (let i = 0; i < n; i++) col[i] = s.monthSatisfaction[i * M + m];
		pushBand(months.satisfaction, percentiles(col).pct);
	}
	return {
		runs: n,
		years,
		totals: { outlay: outlay.pct, subsidy: subsidy.pct },
		months,
		convergence: { runs: n, p50StandardError: p50se, probabilityStandardError: probSe, totalOutlayP50StandardError: outlay.se50, worstProbabilityStandardError: worst },
		formulaErrors: s.formulaErrors
	};
}
