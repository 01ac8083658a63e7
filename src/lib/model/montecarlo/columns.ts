/**
 * Draw columns: one quantile per column per iteration. A parameter whose range applies the same way every year
 * ("same", the default) is one column for all its cells; "independent" or a year-to-year ρ gives it one column
 * per plan year. Correlations — between parameters (the scenario's `correlations`) and between the years of one
 * parameter (ρ) — become one target rank-correlation matrix over the columns involved, induced by Iman–Conover.
 */
import type { Correlation, Distribution, YearsRule } from '../scenario';
import type { CellLayout } from './cells';
import { minEigenvalue, nearestCorrelation, PSD_TOLERANCE, type Matrix } from './correlation';
import type { CellRange } from './distributions';

/** A parameter with a range: its cells' slots in the draw vector and each cell's range. */
export interface UncertainVar {
	key: string;
	dist: Distribution;
	slots: number[];
	ranges: CellRange[];
	/** How the range applies across years (undefined: "same"). */
	years?: YearsRule;
}

export interface DrawColumn {
	/** Index into plan.vars. */
	var: number;
	/** 0-based plan year, or −1 for a column that serves every year. */
	year: number;
	/** The parameter key, or its cell name for a per-year column (`basic_collection_y2`). */
	name: string;
	slots: number[];
	ranges: CellRange[];
}

export interface ColumnCorrelation {
	/** Column indices (into plan.columns) taking part, ascending. */
	cols: number[];
	/** Target Spearman matrix over `cols`, row-major. */
	target: Matrix;
	/**
	 * The combination of cross-parameter and year-to-year correlations was not a valid matrix (possible only
	 * with per-year draws) and its nearest valid matrix is used instead.
	 */
	adjusted: boolean;
}

const perYear = (r: YearsRule | undefined) => r !== undefined && r !== 'same';
/** Year-to-year ρ of a rule: "same" behaves as 1, "independent" as 0. */
const yearRho = (r: YearsRule | undefined) => (r === undefined || r === 'same' ? 1 : r === 'independent' ? 0 : r);

export function drawColumns(vars: UncertainVar[], layout: CellLayout): DrawColumn[] {
	const out: DrawColumn[] = [];
	vars.forEach((v, j) => {
		const years = [...new Set(v.slots.map((s) => layout.years0[s]))].sort((a, b) => a - b);
		if (!perYear(v.years) || years.length <= 1) {
			out.push({ var: j, year: -1, name: v.key, slots: v.slots, ranges: v.ranges });
			return;
		}
		for (const y of years) {
			const ks = v.slots.flatMap((s, k) => (layout.years0[s] === y ? [k] : []));
			out.push({
				var: j,
				year: y,
				name: `${v.key}_y${y + 1}`,
				slots: ks.map((k) => v.slots[k]),
				ranges: ks.map((k) => v.ranges[k])
			});
		}
	});
	return out;
}

/** The target over the columns that take part in any correlation; null when the draws stay independent. */
export function columnCorrelation(
	vars: UncertainVar[],
	columns: DrawColumn[],
	pairs: readonly Correlation[] | undefined
): ColumnCorrelation | null {
	const rhoOf = new Map<string, number>();
	for (const p of pairs ?? []) if (p.rho !== 0) rhoOf.set([p.a, p.b].sort().join('|'), p.rho);
	const pair = (a: string, b: string) => rhoOf.get([a, b].sort().join('|')) ?? 0;
	const involved = columns.flatMap((c, i) => {
		const v = vars[c.var];
		const linked = vars.some((w) => w !== v && pair(v.key, w.key) !== 0);
		const yearLinked = c.year >= 0 && yearRho(v.years) !== 0;
		return linked || yearLinked ? [i] : [];
	});
	if (involved.length < 2) return null;
	const k = involved.length;
	const m = new Float64Array(k * k);
	for (let i = 0; i < k; i++)
		for (let j = 0; j < k; j++) {
			const ci = columns[involved[i]],
				cj = columns[involved[j]];
			if (i === j) m[i * k + j] = 1;
			else if (ci.var === cj.var) m[i * k + j] = yearRho(vars[ci.var].years) ** Math.abs(ci.year - cj.year);
			else {
				const base = pair(vars[ci.var].key, vars[cj.var].key);
				// Across parameters and years: the pair's ρ, fading with the years between as both parameters' own
				// year-to-year correlations do (a "same" column stands for every year).
				const d = ci.year < 0 || cj.year < 0 ? 0 : Math.abs(ci.year - cj.year);
				const ra = yearRho(vars[ci.var].years),
					rb = yearRho(vars[cj.var].years);
				m[i * k + j] = d === 0 ? base : ra * rb > 0 ? base * Math.sqrt(ra * rb) ** d : 0;
			}
		}
	if (minEigenvalue(m, k) >= -PSD_TOLERANCE) return { cols: involved, target: m, adjusted: false };
	return { cols: involved, target: nearestCorrelation(m, k), adjusted: true };
}
