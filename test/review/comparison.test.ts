/**
 * Plan / model / actual: the comparison's figures for the plan scenario with actuals for
 * 2022–2024, checked against figures worked out by hand from the plan's areas and rates; the headline's words;
 * the target table's actual rates judged by the model's rounding rule.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { runProjection } from '../../src/lib/model/run';
import { comparisonRows } from '../../src/lib/ui/review/comparison';
import { headline } from '../../src/lib/ui/review/headline';
import { actualTarget } from '../../src/lib/ui/results/actual-rates';

const text = readFileSync(resolve(__dirname, '../e2e/fixtures/plan-with-actuals.json'), 'utf8');
const r = readScenarioText(text);
if (!r.ok) throw new Error('fixture unreadable');
const p = runProjection(r.values, r.doc.years, r.doc.start);
const rows = comparisonRows(r.doc.actuals!, p);
const row = (f: string) => rows.find((x) => x.field === f)!;

// By hand (§七): quasi 249.31 万 m² × 0.1 元 × 12 = 299.172; basic 860.79 × 0.05 × 12 = 516.474; + 100 reward.
const OUTLAY_2023 = 249.31 * 0.1 * 12 + 860.79 * 0.05 * 12 + 100;

describe('plan, model and actual', () => {
	it('sets the model’s 2023 outlay, worked out by hand, beside the actual and their difference', () => {
		const c = row('outlay').years[1];
		expect(c.model).toBeCloseTo(OUTLAY_2023, 9);
		expect(c.actual).toBe(880.3);
		expect(c.vsModel).toBeCloseTo(880.3 - OUTLAY_2023, 9);
		expect(c.plan).toBeNull(); // the plan states no outlay: its 1631 · 816 · 816 are the subsidies (两项合计)
	});

	it('sets the plan’s stated subsidies (§七 合计) beside the actual, per year and over the three years', () => {
		const s = row('subsidy.total');
		expect(s.years.map((c) => c.plan?.value)).toEqual([1631, 816, 816]);
		expect(s.years[0].plan?.clause).toBe('§七 合计');
		expect(s.years[1].vsPlan).toBeCloseTo(790.3 - 816, 9);
		expect(s.cumulative?.plan?.value).toBe(3263);
		expect(s.cumulative?.actual).toBeCloseTo(1602.5 + 790.3 + 781, 9);
		expect(s.cumulative?.vsPlan).toBeCloseTo(1602.5 + 790.3 + 781 - 3263, 9);
	});

	it('gives the targets as the plan’s figures: satisfaction 80 · 85 · 90 %, committees as compounds of 316', () => {
		expect(row('satisfaction').years.map((c) => c.plan?.value)).toEqual([0.8, 0.85, 0.9]);
		expect(row('committees').years.map((c) => c.plan?.value)).toEqual([222, 253, 269]);
		expect(row('committees').years[0].plan?.derived).toBe(true);
		expect(row('coverage').years.map((c) => c.plan?.value ?? null)).toEqual([null, null, 1]);
		// Year-end states are not summed.
		expect(row('committees').cumulative).toBeNull();
	});

	it('says the largest money gap and the sum in plain words, in Chinese and English', () => {
		const d3 = 861 - OUTLAY_2023; // 2024's outlay equals 2023's: the same subsidy rates
		expect(d3).toBeCloseTo(-54.646, 9);
		const [year, sum, sat] = headline('zh', rows, p);
		expect(year).toBe('2024 年实际区财政支出比模型少 54.6 万元（−6.0 %）。');
		expect(sum).toMatch(/^2022–2024 年累计实际区财政支出比模型少 118\.8 万元（−3\.3 %）。$/);
		expect(sat).toMatch(/^2024 年末实际居民满意度 87\.2 %，比模型高 1\.1 个百分点。$/);
		expect(headline('en', rows, p)[0]).toBe(
			'In 2024 the actual district outlay was 54.6 万元 less than the model (−6.0 %).'
		);
	});
});

describe('the target table’s actual column', () => {
	it('judges the actual committees (218 of 316 = 68.99 %) against 70 % as missed, by 1.01 points', () => {
		const a = actualTarget(r.doc.actuals, p, 0, 'committee')!;
		expect(a.rate).toBeCloseTo(218 / 316, 12);
		expect(a.met).toBe(false);
		expect(a.margin).toBeCloseTo(-0.0101, 12);
	});

	it('meets 66.14 % with 209 compounds as the model’s column does (rounded to 0.01 points)', () => {
		const actuals = { standard: [209] };
		expect(actualTarget(actuals, p, 0, 'standard')!.met).toBe(true);
		expect(actualTarget({ standard: [208.9] }, p, 0, 'standard')!.met).toBe(false);
		expect(actualTarget(actuals, p, 1, 'standard')).toBeNull();
	});
});
