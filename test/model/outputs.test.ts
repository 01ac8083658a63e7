/**
 * Output names (src/lib/model/outputs.ts): every name reads the field of `simulate --json` it is named after,
 * thresholds give 1/0, bad names say what is wrong, and a Monte Carlo's per-iteration values agree with the
 * deterministic ones when nothing varies.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsJson } from '../../src/lib/io/results-json';
import { runSync } from '../../src/lib/model/montecarlo/runner';
import { summarize } from '../../src/lib/model/montecarlo/summary';
import { percentiles } from '../../src/lib/model/montecarlo/quantiles';
import {
	inMonteCarlo,
	outputAt,
	outputNames,
	outputSamples,
	outputValue,
	parseOutput,
	type OutputRef
} from '../../src/lib/model/outputs';
import { runProjection } from '../../src/lib/model/run';
import { planOf, readFile, SCENARIO_FILES } from '../montecarlo/helpers';

const ROOT = resolve(__dirname, '../..');

/** The JSON field a name points at, walked by path in the printed JSON (no use of outputs.ts). */
function fromJson(json: any, name: string): number {
	if (name === 'targetsMet')
		return json.years.every((r: any) => Object.values(r.targets).every((t) => t !== false)) ? 1 : 0;
	const [head, ...rest] = name.split('.');
	if (head === 'total') return json.totals[rest[0]];
	let x = json.years[Number(head.slice(1)) - 1];
	const path = rest[0] === 'target' ? ['targets', rest[1]] : rest;
	for (const k of path) x = x[k];
	if (typeof x === 'object' && x !== null) x = x.total; // `y2.subsidy` is the tiers' total
	return x === null ? NaN : typeof x === 'boolean' ? (x ? 1 : 0) : x;
}

const ref = (name: string, years = 3): OutputRef => {
	const r = parseOutput(name, years);
	if (!r.ok) throw new Error(r.message.en);
	return r.ref;
};

describe('output names', () => {
	it('read the printed fields of `simulate --json` on the plan scenario, every one of them', () => {
		const run = spawnSync(
			join(ROOT, 'node_modules/.bin/tsx'),
			['src/cli/simulate.ts', 'scenarios/plan-2022-2024.json', '--json'],
			{
				cwd: ROOT,
				encoding: 'utf8',
				timeout: 60_000
			}
		);
		const json = JSON.parse(run.stdout);
		const s = readFile('scenarios/plan-2022-2024.json');
		const p = runProjection(s.values, s.doc.years, s.doc.start);
		const names = outputNames(3);
		expect(names.length).toBeGreaterThan(100);
		for (const name of names) expect([name, outputValue(ref(name), p)]).toEqual([name, fromJson(json, name)]);
		// The plan's figures, by name.
		expect(outputValue(ref('total.subsidy'), p)).toBeCloseTo(3262.584, 9);
		expect(outputValue(ref('total.outlay'), p)).toBeCloseTo(3562.584, 9);
		expect(outputValue(ref('y1.subsidy'), p)).toBeCloseTo(1631.292, 9);
	});

	it('agree with the JSON of every shipped scenario', () => {
		for (const file of SCENARIO_FILES) {
			const s = readFile(file);
			const p = runProjection(s.values, s.doc.years, s.doc.start);
			const json = JSON.parse(JSON.stringify(resultsJson(s.doc.name, p)));
			for (const name of outputNames(s.doc.years))
				expect([file, name, outputValue(ref(name, s.doc.years), p)]).toEqual([file, name, fromJson(json, name)]);
		}
	});

	it('accept `.total` for a tier sum and list the names the issue gives', () => {
		expect(ref('y2.subsidy.total').name).toBe('y2.subsidy');
		for (const n of [
			'total.outlay',
			'y2.outlay',
			'y3.satisfaction',
			'y2.subsidy.basic',
			'y3.firmIncome.quasi',
			'y2.standardRate',
			'y3.target.coverage',
			'targetsMet'
		])
			expect(outputNames(3)).toContain(n);
		expect(outputNames(5)).toContain('y5.target.committee');
	});

	it('turn a threshold into 1 or 0', () => {
		const s = readFile('scenarios/plan-2022-2024.json');
		const p = runProjection(s.values, s.doc.years, s.doc.start);
		expect(outputValue(ref('total.outlay>3600'), p)).toBe(0); // 3562.584
		expect(outputValue(ref('total.outlay<3600'), p)).toBe(1);
		expect(outputValue(ref('total.outlay >= 3562.584'), p)).toBe(
			outputValue(ref('total.outlay'), p) >= 3562.584 ? 1 : 0
		);
		expect(ref('y3.satisfaction>=85%').threshold).toEqual({ op: '>=', value: 0.85 });
		expect(ref('total.outlay>3600').name).toBe('total.outlay>3600');
		expect(ref('total.outlay>3600').unit).toBe('flag');
		expect(ref('total.outlay').unit).toBe('wan');
		expect(ref('y2.coverage').unit).toBe('fraction');
	});

	it('explain a bad name in both languages', () => {
		const typo = parseOutput('y2.outly', 3);
		expect(typo.ok).toBe(false);
		if (!typo.ok) {
			expect(typo.message.en).toContain('did you mean y2.outlay?');
			expect(typo.message.zh).toContain('y2.outlay');
		}
		const year = parseOutput('y4.outlay', 3);
		expect(!year.ok && year.message.en).toBe(`"y4.outlay": year 4 is outside the plan's years 1–3`);
		expect(!year.ok && year.message.zh).toContain('第4年不在规划期');
		const num = parseOutput('total.outlay>lots', 3);
		expect(!num.ok && num.message.en).toContain('"lots" after > is not a number');
		expect(parseOutput('y2.target.happiness', 3).ok).toBe(false);
		expect(parseOutput('y2.subsidy.villa', 3).ok).toBe(false);
		expect(parseOutput('total.committees', 3).ok).toBe(false);
	});
});

describe('output names over a Monte Carlo run', () => {
	it('give, iteration by iteration, the deterministic value when no parameter varies', async () => {
		for (const file of SCENARIO_FILES) {
			const s = readFile(file);
			const p = runProjection(s.values, s.doc.years, s.doc.start);
			const plan = await planOf(s);
			const store = runSync(plan, 3, 1, false);
			for (const name of outputNames(s.doc.years)) {
				const r = ref(name, s.doc.years);
				if (!inMonteCarlo(r)) continue;
				const v = outputSamples(r, store);
				expect(v.ok).toBe(true);
				if (v.ok) expect([file, name, ...v.values]).toEqual([file, name, ...Array(3).fill(outputValue(r, p))]);
			}
		}
	});

	it('read the same samples the percentiles are made of, and refuse what is not kept', async () => {
		const s = readFile('test/montecarlo/fixtures/plan-uncertain.json');
		const plan = await planOf(s);
		const store = runSync(plan, 2000, 7, false);
		const sum = summarize(store, s.doc.start);
		const at = (name: string) => {
			const v = outputSamples(ref(name), store);
			if (!v.ok) throw new Error(v.message.en);
			return v.values;
		};
		expect(percentiles(at('y2.outlay')).pct).toEqual(sum.years[1].percentiles.outlay);
		expect(percentiles(at('y3.firmIncome.quasi')).pct).toEqual(sum.years[2].percentiles.firmIncome_quasi);
		expect(percentiles(at('total.outlay')).pct).toEqual(sum.totals.outlay);
		const sat = at('y3.target.satisfaction');
		expect(sat.reduce((a, b) => a + b, 0) / store.n).toBe(sum.years[2].targetProbability.satisfaction);
		expect(Number.isNaN(at('y1.target.coverage')[0])).toBe(true); // the plan sets no coverage target for year 1
		// A threshold per iteration: the share above the median is one half, give or take the ties.
		const over = at(`y2.outlay>${sum.years[1].percentiles.outlay.p50}`);
		expect(Math.abs(over.reduce((a, b) => a + b, 0) / store.n - 0.5)).toBeLessThan(0.01);
		expect(outputAt(ref('y2.subsidy.basic'), store, 5)).toBeGreaterThan(0);
		const fees = outputSamples(ref('y2.feesBilled.basic'), store);
		expect(fees.ok).toBe(false);
		if (!fees.ok) expect(fees.message.en).toContain('does not keep "y2.feesBilled.basic"');
	});
});
