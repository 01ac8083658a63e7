import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { compile, exportRound } from '../../src/lib/model/montecarlo/formula/compile';
import { parseFormula } from '../../src/lib/model/montecarlo/formula/parse';
import { planInfo } from '../../src/lib/model/montecarlo/plan';
import { runMonteCarlo } from '../../src/lib/model/montecarlo/runner';
import { Sampler } from '../../src/lib/model/montecarlo/sampler';
import { allocSamples } from '../../src/lib/model/montecarlo/samples';
import { HF_CONFIG } from '../../src/lib/sheet/engine';
import { planOf, readFile, readInline } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';

describe('formula propagation', () => {
	it('moves a formula of an uncertain cell with it: quasi_subsidy_y2 = quasi_subsidy_y1/2 in every iteration', async () => {
		const plan = await planOf(readFile(FIXTURE));
		expect(planInfo(plan).propagated).toEqual(['quasi_subsidy_y2', 'quasi_subsidy_y3']);
		const [y1, y2, y3] = ['quasi_subsidy_y1', 'quasi_subsidy_y2', 'quasi_subsidy_y3'].map(
			(n) => plan.layout.index.get(n) as number
		);
		const sampler = new Sampler(plan, 9, 50, false);
		const store = allocSamples(1, 3);
		const seen = new Set<number>();
		for (let i = 0; i < 50; i++) {
			sampler.iterate(i, store, 0);
			expect(sampler.v[y2]).toBe(exportRound(sampler.v[y1] / 2));
			expect(sampler.v[y3]).toBe(sampler.v[y2]);
			seen.add(sampler.v[y2]);
		}
		expect(seen.size).toBe(50);
	});

	it('gives the same samples compiled as through HyperFormula, on the fixture and on the formula scenarios', async () => {
		const withRanges = (file: string, key: string) => {
			const s = readFile(file);
			s.doc.params[key].uncertainty = { dist: 'triangular', low: 0.05, high: 0.3 };
			return s;
		};
		for (const s of [
			readFile(FIXTURE),
			withRanges('scenarios/subsidy-held.json', 'basic_subsidy'),
			withRanges('scenarios/collection-stagnates.json', 'basic_collection')
		]) {
			const [compiled, hf] = await Promise.all([planOf(s, 'compiled'), planOf(s, 'hyperformula')]);
			expect([compiled.propagator.kind, hf.propagator.kind]).toEqual(['compiled', 'hyperformula']);
			const a = await runMonteCarlo(compiled, { runs: 300, seed: 2 });
			const b = await runMonteCarlo(hf, { runs: 300, seed: 2 });
			expect(a.ok && b.ok && a.samples.yearly).toEqual(b.ok && b.samples.yearly);
			hf.propagator.dispose();
		}
	});

	it('falls back to HyperFormula for a function it does not compile, with the same numbers', async () => {
		const s = readInline({
			basic_collection: {
				values: [0.6, '=LOG10(10^basic_collection_y1)', '=MIN(1, basic_collection_y1 + 0.1)'],
				uncertainty: { dist: 'uniform', low: [0.5, 0.5, 0.6], high: [0.7, 0.7, 0.8] }
			}
		});
		const plan = await planOf(s);
		expect(plan.propagator.kind).toBe('hyperformula');
		const y = ['basic_collection_y1', 'basic_collection_y2'].map((n) => plan.layout.index.get(n) as number);
		const sampler = new Sampler(plan, 1, 10, false);
		sampler.iterate(3, allocSamples(1, 3), 0);
		expect(sampler.v[y[1]]).toBeCloseTo(sampler.v[y[0]], 13);
		plan.propagator.dispose();
	});

	it('samples a formula cell that reads nothing uncertain around its value, but does not draw a driven one twice', async () => {
		const s = readInline({
			quasi_collection: {
				values: ['=0.75', '=quasi_collection_y1', 0.85],
				uncertainty: { dist: 'uniform', low: [0.7, 0.7, 0.8], high: [0.8, 0.8, 0.9] }
			}
		});
		const info = planInfo(await planOf(s));
		expect(info.uncertain[0].cells).toEqual(['quasi_collection_y1', 'quasi_collection_y3']);
		expect(info.propagated).toEqual(['quasi_collection_y2']);
	});
});

// Random formulas over three named cells, evaluated by HyperFormula and by the compiled closure.
describe('the formula compiler', () => {
	const names = { a: 0.37, b: -2.5, c: 1e-14 };
	const leaf = fc.oneof(
		fc.constantFrom('a', 'b', 'c'),
		fc.double({ min: -100, max: 100, noNaN: true }).map((x) => String(Math.round(x * 1000) / 1000)),
		fc.constantFrom('0', '1', '0.1', '3')
	);
	const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
		e: fc.oneof(
			{ depthSize: 'small', withCrossShrink: true },
			leaf,
			fc
				.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^', '=', '<', '>=', '<>'), tie('e'))
				.map(([x, op, y]) => `${x}${op}${y}`),
			tie('e').map((x) => `(${x})`),
			tie('e').map((x) => `-${x}`),
			tie('e').map((x) => `${x}%`),
			fc
				.tuple(fc.constantFrom('MIN', 'MAX', 'SUM', 'AVERAGE'), fc.array(tie('e'), { minLength: 1, maxLength: 3 }))
				.map(([f, xs]) => `${f}(${xs.join(',')})`),
			fc.tuple(tie('e'), tie('e'), tie('e')).map(([x, y, z]) => `IF(${x},${y},${z})`),
			fc.tuple(fc.constantFrom('ABS', 'SQRT', 'NOT'), tie('e')).map(([f, x]) => `${f}(${x})`),
			fc
				.tuple(fc.constantFrom('ROUND', 'ROUNDUP', 'ROUNDDOWN'), tie('e'), fc.integer({ min: -2, max: 4 }))
				.map(([f, x, d]) => `${f}(${x},${d})`)
		)
	})).e;

	it('agrees with HyperFormula on random formulas (number for number, error for error)', () => {
		const hf = HyperFormula.buildFromSheets({ S: [[names.a, names.b, names.c]] }, HF_CONFIG, [
			{ name: 'a', expression: '=S!$A$1' },
			{ name: 'b', expression: '=S!$B$1' },
			{ name: 'c', expression: '=S!$C$1' }
		]);
		const v = Float64Array.from([names.a, names.b, names.c]);
		const slot: Record<string, number> = { a: 0, b: 1, c: 2 };
		let compiled = 0;
		fc.assert(
			fc.property(expr, (body) => {
				const formula = `=${body}`;
				hf.setCellContents({ sheet: 0, row: 1, col: 0 }, [[formula]]);
				const want = hf.getCellValue({ sheet: 0, row: 1, col: 0 });
				const tree = parseFormula(formula);
				const fn = tree && compile(tree, (n) => (n in slot ? { slot: slot[n], from: 'v' } : null));
				if (!fn) return; // outside the subset (a boolean result, a boolean compared): HyperFormula evaluates it
				compiled++;
				const raw = fn(v, v);
				const got = Number.isNaN(raw) ? 'error' : exportRound(raw);
				expect([formula, got]).toEqual([formula, typeof want === 'number' ? want : 'error']);
			}),
			{ numRuns: 1500 }
		);
		expect(compiled).toBeGreaterThan(500);
		hf.destroy();
	});

	it('follows HyperFormula precedence: unary minus before ^, ^ left to right, % first', () => {
		const ev = (f: string) => compile(parseFormula(f)!, () => null)!(new Float64Array(0), new Float64Array(0));
		expect([ev('=-2^2'), ev('=2^3^2'), ev('=2*-3^2'), ev('=1-2^2'), ev('=50%^2'), ev('=1-0.99999999999999')]).toEqual([
			4, 64, 18, -3, 0.25, 0
		]);
		expect(parseFormula('="text"')).toBeNull();
		expect(parseFormula('=A1:B2')).toBeNull();
	});
});
