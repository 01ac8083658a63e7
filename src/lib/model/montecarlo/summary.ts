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
	/** Share of runs meeting the target (the rounding rule of model/targets.ts); null where the year has no target. */
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

/**
 * Columns at, at+1, … of a row-major matrix (rows of `stride` numbers) into `cols`, in one pass over the rows:
 * a row's neighbouring columns share its cache lines, so a block costs one sweep of memory, not one per column
 * (column by column, the strided reads were most of the summary's time).
 */
function gatherBlock(cols: Float64Array[], src: Float64Array, at: number, stride: number): void {
	const k = cols.length,
		n = cols[0].length;
	for (let i = 0, j = at; i < n; i++, j += stride) for (let c = 0; c < k; c++) cols[c][i] = src[j + c];
}

function pushBand(b: Bands, p: Pct): void {
	b.p5.push(p.p5);
	b.p25.push(p.p25);
	b.p50.push(p.p50);
	b.p75.push(p.p75);
	b.p95.push(p.p95);
}
const bands = (): Bands => ({ p5: [], p25: [], p50: [], p75: [], p95: [] });

/**
 * Everything but the monthly bands from month `monthsTo` on (all of them by default): a second worker can
 * compute those meanwhile (monthBands) and joinMonths appends them, figures unchanged to the last digit.
 */
export function summarize(s: SampleStore, start: string, monthsTo = 12 * s.years): McSummary {
	const { n, years: Y } = s;
	// Scratch columns: one year's outputs, or one year's months, at a time (≈ 17·n numbers).
	const cols = Array.from({ length: Math.max(YEARLY_OUTPUTS.length, 12) }, () => new Float64Array(n));
	const years: McYear[] = [];
	const p50se: McConvergence['p50StandardError'] = [];
	const probSe: McConvergence['probabilityStandardError'] = [];
	let worst = 0;
	for (let y = 0; y < Y; y++) {
		gatherBlock(cols.slice(0, YEARLY_OUTPUTS.length), s.yearly, y * NY, Y * NY);
		const pct = {} as Record<YearlyOutput, Pct>;
		const se = {} as Record<YearlyOutput, number>;
		for (const key of YEARLY_OUTPUTS) ({ pct: pct[key], se50: se[key] } = percentiles(cols[OUT[key]]));
		const { prob, pse } = targetShares(s, y);
		for (const p of Object.values(pse)) worst = Math.max(worst, p ?? 0);
		years.push({ year: y + 1, ...yearSpan(start, y), percentiles: pct, targetProbability: prob });
		p50se.push({ year: y + 1, values: se });
		probSe.push({ year: y + 1, values: pse });
	}
	const outlay = percentiles(total(s, 'outlay', cols[0]));
	const subsidy = percentiles(total(s, 'subsidy', cols[0]));
	return {
		runs: n,
		years,
		totals: { outlay: outlay.pct, subsidy: subsidy.pct },
		months: monthBands(s, start, 0, monthsTo, cols),
		convergence: {
			runs: n,
			p50StandardError: p50se,
			probabilityStandardError: probSe,
			totalOutlayP50StandardError: outlay.se50,
			worstProbabilityStandardError: worst
		},
		formulaErrors: s.formulaErrors
	};
}

/** Share of runs meeting each target in year y, and its standard error √(p(1 − p)/n); null where no target. */
function targetShares(s: SampleStore, y: number) {
	const prob = {} as Record<TargetKind, number | null>;
	const pse = {} as Record<TargetKind, number | null>;
	TARGET_KINDS.forEach((kind, j) => {
		let met = 0,
			none = 0;
		for (let i = 0, at = y * NK + j; i < s.n; i++, at += s.years * NK) {
			if (s.met[at] === MET) met++;
			else if (s.met[at] === NO_TARGET) none++;
		}
		const p = none > 0 ? null : met / s.n;
		prob[kind] = p;
		pse[kind] = p === null ? null : Math.sqrt((p * (1 - p)) / s.n);
	});
	return { prob, pse };
}

/** Each run's horizon total, summed year by year from 0 as project() does (a zero-width range reproduces it). */
function total(s: SampleStore, key: YearlyOutput, out: Float64Array): Float64Array {
	const Y = s.years,
		src = s.yearly,
		at = OUT[key];
	for (let i = 0; i < s.n; i++) {
		let t = 0;
		for (let y = 0; y < Y; y++) t += src[(i * Y + y) * NY + at];
		out[i] = t;
	}
	return out;
}

/**
 * Fan-chart bands of monthly outlay, cumulative outlay and satisfaction for months [from, to), up to a year's
 * months at a time. The runs' cumulative outlay before `from` is summed month by month first, in the order the
 * bands sum it, so a split at any month gives the same figures.
 */
export function monthBands(
	s: Pick<SampleStore, 'n' | 'years' | 'monthOutlay' | 'monthSatisfaction'>,
	start: string,
	from: number,
	to: number,
	scratch?: Float64Array[]
): McSummary['months'] {
	const M = 12 * s.years;
	const cols = scratch ?? Array.from({ length: 12 }, () => new Float64Array(s.n));
	const months = { labels: [] as string[], outlay: bands(), cumulativeOutlay: bands(), satisfaction: bands() };
	const cum = new Float64Array(s.n);
	for (let m0 = 0; m0 < from; m0 += 12) {
		const block = cols.slice(0, Math.min(12, from - m0));
		gatherBlock(block, s.monthOutlay, m0, M);
		for (const col of block) for (let i = 0; i < s.n; i++) cum[i] += col[i];
	}
	for (let m0 = from; m0 < to; m0 += 12) {
		const block = cols.slice(0, Math.min(12, to - m0));
		gatherBlock(block, s.monthOutlay, m0, M);
		for (let c = 0; c < block.length; c++) {
			const col = block[c];
			months.labels.push(monthLabel(start, m0 + c));
			for (let i = 0; i < s.n; i++) cum[i] += col[i];
			pushBand(months.outlay, percentiles(col, false).pct);
			col.set(cum);
			pushBand(months.cumulativeOutlay, percentiles(col, false).pct);
		}
		gatherBlock(block, s.monthSatisfaction, m0, M);
		for (const col of block) pushBand(months.satisfaction, percentiles(col, false).pct);
	}
	return months;
}
