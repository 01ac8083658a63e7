/**
 * Output names shared by the CLI and the screens (Monte Carlo, data tables, scenario discovery, reviews): one
 * number out of a projection, named after the fields of `simulate --json`.
 *
 *   total.outlay | total.subsidy | total.rewardFund | total.waiverCompensation      summed over the horizon (万元)
 *   y<N>.<field>        outlay, rewardFund, waiverCompensation, adequacy, committees, committeeRate, standard,
 *                       standardRate, coverage, satisfaction
 *   y<N>.<tiers>.<tier> subsidy, feesBilled, feesWaived, feesCollected, firmIncome, firmCost, compounds, area;
 *                       tier market | quasi | basic | self | total; `y<N>.<tiers>` alone is the total
 *   y<N>.bond.<x>       deposited | returned | forfeited
 *   y<N>.target.<kind>  committee | standard | satisfaction | coverage: 1 met, 0 missed, NaN where the year has
 *                       no such target
 *   targetsMet          1 when every target of every year is met (blank targets do not count), else 0
 *   <name>>X, <name><X, <name>>=X, <name><=X   a threshold: 1 when true, 0 when false (NaN stays NaN);
 *                       X may end in % (`y3.satisfaction>=85%`)
 *
 * Three ways to get the number:
 *   outputValue(ref, projection)       one deterministic projection (project() / runProjection()).
 *   outputSamples(ref, samples)        every iteration of a Monte Carlo run (the SampleStore the runner returns,
 *                                      McClient's `r.samples`): a Float64Array of samples.n values, iteration
 *                                      order. The fees, bond, compounds and area are not kept per iteration;
 *                                      for those it returns { ok: false } — check `inMonteCarlo(ref)` first.
 *   outputAt(ref, samples, row)        one iteration of it, without allocating.
 * A zero-width range gives, per iteration, exactly outputValue() of the projection (the kernel ≡ project()).
 */
import { TIERS, type Tier } from './param-def';
import type { Projection, TierSums, YearResult } from './projection';
import { MET, MISSED, NK, NO_TARGET, NY, OUT, type SampleStore, type StoredOutput } from './montecarlo/samples';
import { TARGET_KINDS, type TargetKind } from './targets';

export type Words = { zh: string; en: string };

export const TOTAL_FIELDS = ['outlay', 'subsidy', 'rewardFund', 'waiverCompensation'] as const;
export const YEAR_FIELDS = [
	'outlay',
	'rewardFund',
	'waiverCompensation',
	'adequacy',
	'committees',
	'committeeRate',
	'standard',
	'standardRate',
	'coverage',
	'satisfaction'
] as const;
export const TIER_FIELDS = [
	'subsidy',
	'feesBilled',
	'feesWaived',
	'feesCollected',
	'firmIncome',
	'firmCost',
	'compounds',
	'area'
] as const;
export const BOND_FIELDS = ['deposited', 'returned', 'forfeited'] as const;
export type TotalField = (typeof TOTAL_FIELDS)[number];
export type YearField = (typeof YEAR_FIELDS)[number];
export type TierField = (typeof TIER_FIELDS)[number];
export type BondField = (typeof BOND_FIELDS)[number];

export type OutputBase =
	| { kind: 'total'; field: TotalField }
	| { kind: 'year'; year: number; field: YearField }
	| { kind: 'tier'; year: number; field: TierField; tier: Tier | 'total' }
	| { kind: 'bond'; year: number; field: BondField }
	| { kind: 'target'; year: number; target: TargetKind }
	| { kind: 'targetsMet' };

export type Comparison = '>' | '<' | '>=' | '<=';

export interface OutputRef {
	/** The canonical name (`y2.subsidy.total` reads back as `y2.subsidy`; a threshold keeps its number). */
	name: string;
	base: OutputBase;
	threshold: { op: Comparison; value: number } | null;
	/** What the number is: 万元, a fraction, a count (compounds, committees), an area (万 m²) or a 0/1 flag. */
	unit: 'wan' | 'fraction' | 'count' | 'area' | 'flag';
}

export type OutputParse = { ok: true; ref: OutputRef } | { ok: false; message: Words };

const RATE_FIELDS: readonly string[] = ['adequacy', 'committeeRate', 'standardRate', 'coverage', 'satisfaction'];

/** What an output's number is, from its base (a threshold makes any output a flag). */
export function unitOf(b: OutputBase): OutputRef['unit'] {
	if (b.kind === 'target' || b.kind === 'targetsMet') return 'flag';
	if (b.kind === 'year') {
		if (RATE_FIELDS.includes(b.field)) return 'fraction';
		if (b.field === 'committees' || b.field === 'standard') return 'count';
	}
	if (b.kind === 'tier' && b.field === 'compounds') return 'count';
	if (b.kind === 'tier' && b.field === 'area') return 'area';
	return 'wan';
}

export function baseName(b: OutputBase): string {
	switch (b.kind) {
		case 'total':
			return `total.${b.field}`;
		case 'year':
			return `y${b.year}.${b.field}`;
		case 'tier':
			return b.tier === 'total' ? `y${b.year}.${b.field}` : `y${b.year}.${b.field}.${b.tier}`;
		case 'bond':
			return `y${b.year}.bond.${b.field}`;
		case 'target':
			return `y${b.year}.target.${b.target}`;
		case 'targetsMet':
			return 'targetsMet';
	}
}

/** Every base name for a horizon of `years`, in a stable order (totals, then year by year, then targetsMet). */
export function outputNames(years: number): string[] {
	const names: string[] = TOTAL_FIELDS.map((f) => `total.${f}`);
	for (let y = 1; y <= years; y++) {
		for (const f of YEAR_FIELDS) names.push(`y${y}.${f}`);
		for (const f of TIER_FIELDS) {
			names.push(`y${y}.${f}`);
			for (const t of TIERS) names.push(`y${y}.${f}.${t}`);
		}
		for (const f of BOND_FIELDS) names.push(`y${y}.bond.${f}`);
		for (const k of TARGET_KINDS) names.push(`y${y}.target.${k}`);
	}
	names.push('targetsMet');
	return names;
}

/** Levenshtein distance, for the did-you-mean of an unknown name. */
function distance(a: string, b: string): number {
	const d = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = d[0];
		d[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const t = d[j];
			d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = t;
		}
	}
	return d[b.length];
}

function unknown(name: string, years: number): Words {
	const lower = name.toLowerCase();
	let best = '',
		bestD = Infinity;
	for (const n of outputNames(years)) {
		const dd = distance(lower, n.toLowerCase());
		if (dd < bestD) [best, bestD] = [n, dd];
	}
	const near = bestD <= Math.max(2, Math.floor(name.length / 4));
	return {
		zh: `没有名为“${name}”的输出${near ? `；是否要用 ${best}？` : ''}（例如 total.outlay、y2.outlay、y3.target.satisfaction、targetsMet）`,
		en: `there is no output called "${name}"${near ? `; did you mean ${best}?` : ''} (e.g. total.outlay, y2.outlay, y3.target.satisfaction, targetsMet)`
	};
}

function parseBase(name: string, years: number): { ok: true; base: OutputBase } | { ok: false; message: Words } {
	if (name === 'targetsMet') return { ok: true, base: { kind: 'targetsMet' } };
	const parts = name.split('.');
	if (parts[0] === 'total' && parts.length === 2 && (TOTAL_FIELDS as readonly string[]).includes(parts[1]))
		return { ok: true, base: { kind: 'total', field: parts[1] as TotalField } };
	const m = /^y(\d+)$/.exec(parts[0]);
	if (!m || parts.length < 2 || parts.length > 3) return { ok: false, message: unknown(name, years) };
	const year = Number(m[1]);
	if (year < 1 || year > years)
		return {
			ok: false,
			message: {
				zh: `“${name}”：第${year}年不在规划期（第1–${years}年）内`,
				en: `"${name}": year ${year} is outside the plan's years 1–${years}`
			}
		};
	const [, field, sub] = parts;
	if (sub === undefined && (YEAR_FIELDS as readonly string[]).includes(field))
		return { ok: true, base: { kind: 'year', year, field: field as YearField } };
	if ((TIER_FIELDS as readonly string[]).includes(field)) {
		const tier = sub ?? 'total';
		if (tier === 'total' || (TIERS as readonly string[]).includes(tier))
			return { ok: true, base: { kind: 'tier', year, field: field as TierField, tier: tier as Tier | 'total' } };
	}
	if (field === 'bond' && (BOND_FIELDS as readonly string[]).includes(sub))
		return { ok: true, base: { kind: 'bond', year, field: sub as BondField } };
	if (field === 'target' && (TARGET_KINDS as readonly string[]).includes(sub))
		return { ok: true, base: { kind: 'target', year, target: sub as TargetKind } };
	return { ok: false, message: unknown(name, years) };
}

/** Reads an output name (with an optional threshold) for a horizon of `years`; a bad name says why, in words. */
export function parseOutput(name: string, years: number): OutputParse {
	const text = name.trim();
	const t = /^(.*?)\s*(>=|<=|>|<)\s*(.*)$/.exec(text);
	const b = parseBase(t ? t[1] : text, years);
	if (!b.ok) return b;
	let threshold: OutputRef['threshold'] = null;
	if (t) {
		const raw = t[3].trim();
		const pct = raw.endsWith('%');
		const num = pct ? raw.slice(0, -1).trim() : raw;
		const value = num === '' ? NaN : Number(num) / (pct ? 100 : 1);
		if (!Number.isFinite(value))
			return {
				ok: false,
				message: {
					zh: `“${text}”：比较的对象“${raw}”不是数字（例如 total.outlay>3600）`,
					en: `"${text}": "${raw}" after ${t[2]} is not a number (e.g. total.outlay>3600)`
				}
			};
		threshold = { op: t[2] as Comparison, value };
	}
	const base = baseName(b.base);
	return {
		ok: true,
		ref: {
			name: threshold ? `${base}${threshold.op}${threshold.value}` : base,
			base: b.base,
			threshold,
			unit: threshold ? 'flag' : unitOf(b.base)
		}
	};
}

function compare(x: number, th: OutputRef['threshold']): number {
	if (!th || Number.isNaN(x)) return x;
	const { op, value } = th;
	return (op === '>' ? x > value : op === '<' ? x < value : op === '>=' ? x >= value : x <= value) ? 1 : 0;
}

const flag = (b: boolean | null) => (b === null ? NaN : b ? 1 : 0);

function yearValue(b: Exclude<OutputBase, { kind: 'total' } | { kind: 'targetsMet' }>, r: YearResult): number {
	switch (b.kind) {
		case 'year':
			return r[b.field];
		case 'tier':
			return (r[b.field] as TierSums)[b.tier];
		case 'bond':
			return r.bond[b.field];
		case 'target':
			return flag(r.targets[b.target]);
	}
}

/** The output in one deterministic projection. */
export function outputValue(ref: OutputRef, p: Projection): number {
	const b = ref.base;
	let x: number;
	if (b.kind === 'total') x = p.totals[b.field];
	else if (b.kind === 'targetsMet') x = p.years.every((r) => TARGET_KINDS.every((k) => r.targets[k] !== false)) ? 1 : 0;
	else x = yearValue(b, p.years[b.year - 1]);
	return compare(x, ref.threshold);
}

/** The stored column an output reads in a Monte Carlo, or null when it is not kept per iteration. */
function storedOf(b: OutputBase): StoredOutput | 'tierTotal' | null {
	if (b.kind === 'year') return b.field;
	if (b.kind === 'tier') {
		if (b.field !== 'subsidy' && b.field !== 'firmIncome' && b.field !== 'firmCost') return null;
		if (b.tier === 'total') return b.field === 'subsidy' ? 'subsidy' : 'tierTotal';
		return `${b.field}_${b.tier}`;
	}
	return null;
}

/** Whether a Monte Carlo run keeps what this output needs (the fees, bond, compounds and area it does not). */
export function inMonteCarlo(ref: OutputRef): boolean {
	const b = ref.base;
	return b.kind === 'total' || b.kind === 'target' || b.kind === 'targetsMet' || storedOf(b) !== null;
}

/** The output in iteration `row` of a Monte Carlo's samples (NaN if `inMonteCarlo(ref)` is false). */
export function outputAt(ref: OutputRef, s: SampleStore, row: number): number {
	const b = ref.base;
	const Y = s.years;
	let x: number;
	if (b.kind === 'total') {
		// Summed from 0 year by year, as project() sums its totals: a zero-width range reproduces them exactly.
		const at = OUT[b.field];
		x = 0;
		for (let y = 0; y < Y; y++) x += s.yearly[(row * Y + y) * NY + at];
	} else if (b.kind === 'targetsMet') {
		x = 1;
		for (let j = row * Y * NK, end = j + Y * NK; j < end; j++) if (s.met[j] === MISSED) x = 0;
	} else if (b.kind === 'target') {
		const code = s.met[(row * Y + b.year - 1) * NK + TARGET_KINDS.indexOf(b.target)];
		x = code === NO_TARGET ? NaN : code === MET ? 1 : 0;
	} else {
		const col = storedOf(b);
		const at = (row * Y + b.year - 1) * NY;
		if (col === null) x = NaN;
		else if (col === 'tierTotal') {
			const f = (b as { field: 'firmIncome' | 'firmCost' }).field;
			const o = OUT[`${f}_market`];
			x = s.yearly[at + o] + s.yearly[at + o + 1] + s.yearly[at + o + 2] + s.yearly[at + o + 3];
		} else x = s.yearly[at + OUT[col]];
	}
	return compare(x, ref.threshold);
}

/** The output in every iteration of a Monte Carlo run, in iteration order. */
export function outputSamples(
	ref: OutputRef,
	s: SampleStore
): { ok: true; values: Float64Array } | { ok: false; message: Words } {
	if (!inMonteCarlo(ref))
		return {
			ok: false,
			message: {
				zh: `蒙特卡洛模拟不逐次保留“${ref.name}”（收费、保证金、小区数和面积只有确定性结果）`,
				en: `the Monte Carlo does not keep "${ref.name}" per iteration (fees, bond, compounds and area are deterministic-only)`
			}
		};
	const values = new Float64Array(s.n);
	for (let i = 0; i < s.n; i++) values[i] = outputAt(ref, s, i);
	return { ok: true, values };
}
