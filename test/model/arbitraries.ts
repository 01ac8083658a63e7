/**
 * fast-check generators of valid scenarios: every parameter inside the catalogue's range, kept to moderate
 * magnitudes (a district, not 10⁶ 万 m²), with the cases the model documentation singles out drawn often: no upgrade or a full
 * one, grace 0–12, waivers paid, half-life 0, blank targets, horizons 1–6 and any start month.
 */
import fc from 'fast-check';
import { CATALOGUE, TIERS, type ParamDef } from '../../src/lib/model/catalogue';
import type { ParamValues } from '../../src/lib/model/inputs';
import type { Unit } from '../../src/lib/model/units';

const CAP: Partial<Record<Unit, number>> = {
	wan_m2: 5000,
	compounds: 500,
	yuan_m2_month: 3,
	wan_yuan_year: 1000,
	months: 36,
	per_shortfall: 2
};

export const cap = (def: ParamDef) => Math.min(def.max, CAP[def.unit] ?? def.max);

/**
 * A number in [min, cap]: on a 1/1000 grid (so the ends come up) or anywhere. Never −0, and nothing between 0
 * and 1e-6: vanishing magnitudes have their own explicit tests (properties.test.ts, read-scenario.test.ts).
 */
export function numberArb(def: ParamDef): fc.Arbitrary<number> {
	const hi = cap(def);
	if (def.integer) return fc.integer({ min: def.min, max: hi });
	const grid = fc.integer({ min: 0, max: 1000 }).map((k) => def.min + ((hi - def.min) * k) / 1000);
	const any = fc.double({ min: def.min, max: hi, noNaN: true }).map((x) => (Math.abs(x) < 1e-6 ? 0 : x));
	const arb = fc.oneof(grid, any);
	if (def.key === 'upgrade_basic_to_quasi' || def.key === 'cover_self')
		return fc.oneof(fc.constant(0), fc.constant(1), arb);
	if (def.key === 'satisfaction_half_life') return fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), arb);
	return arb;
}

export function cellArb(def: ParamDef): fc.Arbitrary<number | null> {
	return def.blank ? fc.oneof(fc.constant(null), numberArb(def)) : numberArb(def);
}

/** Values the reader would accept: at least one compound, no more committees or standard compounds than compounds. */
export function valuesArb(years: number, opts: { positiveArea?: boolean } = {}): fc.Arbitrary<ParamValues> {
	const rec: Record<string, fc.Arbitrary<number | (number | null)[]>> = {};
	for (const def of CATALOGUE) {
		rec[def.key] =
			def.shape === 'scalar'
				? (numberArb(def) as fc.Arbitrary<number>)
				: fc.array(cellArb(def), { minLength: years, maxLength: years });
	}
	return fc.record(rec).map((v) => {
		const n = TIERS.reduce((s, t) => s + (v[`${t}_compounds`] as number), 0);
		if (n === 0) v.market_compounds = 1;
		const N = n || 1;
		v.committees_start = Math.min(v.committees_start as number, N);
		v.standard_start = Math.min(v.standard_start as number, N);
		if (opts.positiveArea && TIERS.every((t) => v[`${t}_area`] === 0)) v.market_area = 1;
		return v as ParamValues;
	});
}

export const startArb = fc
	.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) })
	.map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

export interface GeneratedScenario {
	years: number;
	start: string;
	values: ParamValues;
}

export function scenarioArb(opts: { positiveArea?: boolean } = {}): fc.Arbitrary<GeneratedScenario> {
	return fc
		.integer({ min: 1, max: 6 })
		.chain((years) => fc.record({ years: fc.constant(years), start: startArb, values: valuesArb(years, opts) }));
}
