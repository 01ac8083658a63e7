/**
 * The bridge (model/bridge): for random pairs of scenarios drawn over the whole catalogue, the parts add up to
 * the difference; changes that cannot interact each get exactly their own effect; and with up to four changes the
 * parts equal a Shapley value computed here by brute force — the average, over all n! orders of applying the
 * changes, of each change's step — on project() (not the kernel the bridge runs on).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridge, bridgeOutputNames, type Bridge } from '../../src/lib/model/bridge';
import { CATALOGUE } from '../../src/lib/model/catalogue';
import { defaultValues, type ParamValues } from '../../src/lib/model/inputs';
import { outputValue, parseOutput } from '../../src/lib/model/outputs';
import { runProjection } from '../../src/lib/model/run';
import { valuesArb } from './arbitraries';

const START = '2022-01';
const PLAYABLE = CATALOGUE.filter((d) => d.section !== 'targets').map((d) => d.key);

/** f(values) for every bridged output, by project(). */
function outputsOf(values: ParamValues, years: number): Record<string, number> {
	const p = runProjection(values, years, START);
	return Object.fromEntries(
		bridgeOutputNames(years).map((n) => {
			const r = parseOutput(n, years);
			if (!r.ok) throw new Error(n);
			return [n, outputValue(r.ref, p)];
		})
	);
}

const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));

/** A baseline and an alternative that takes `keys` from a second, independent draw. */
const pairArb = (years: number, keys: fc.Arbitrary<string[]>) =>
	fc.tuple(valuesArb(years), valuesArb(years), keys).map(([base, other, ks]) => {
		const alt = { ...base };
		for (const k of ks) alt[k] = other[k];
		return { base, alt, years };
	});

const run = (base: ParamValues, alt: ParamValues, years: number): Extract<Bridge, { ok: true }> => {
	const r = bridge({ values: base, years, start: START }, { values: alt, years, start: START });
	if (!r.ok) throw new Error(r.message.en);
	return r;
};

/** Σ over all n! orders of each player's step, ÷ n!: the Shapley value by its definition. */
function bruteShapley(base: ParamValues, alt: ParamValues, years: number, keys: string[]) {
	const memo = new Map<string, Record<string, number>>();
	const f = (set: string[]) => {
		const id = [...set].sort().join(',');
		if (!memo.has(id)) {
			const v = { ...base };
			for (const k of set) v[k] = alt[k];
			memo.set(id, outputsOf(v, years));
		}
		return memo.get(id)!;
	};
	const perms = (xs: string[]): string[][] =>
		xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
	const orders = perms(keys);
	const names = bridgeOutputNames(years);
	const phi: Record<string, Record<string, number>> = Object.fromEntries(
		names.map((n) => [n, Object.fromEntries(keys.map((k) => [k, 0]))])
	);
	for (const order of orders)
		order.forEach((k, i) => {
			const before = f(order.slice(0, i)),
				after = f(order.slice(0, i + 1));
			for (const n of names) phi[n][k] += (after[n] - before[n]) / orders.length;
		});
	return phi;
}

describe('bridge', () => {
	it('parts sum to the difference for random pairs over the whole catalogue', () => {
		const keys = fc.subarray(PLAYABLE, { minLength: 0, maxLength: PLAYABLE.length });
		const arb = fc.integer({ min: 1, max: 4 }).chain((y) => pairArb(y, keys));
		fc.assert(
			fc.property(arb, ({ base, alt, years }) => {
				const r = run(base, alt, years);
				const fb = outputsOf(base, years),
					fa = outputsOf(alt, years);
				for (const o of r.outputs) {
					const want = fa[o.ref.name] - fb[o.ref.name];
					const sum = o.parts.reduce((s, x) => s + x, 0);
					const scale = Math.max(Math.abs(fa[o.ref.name]), Math.abs(fb[o.ref.name]));
					if (!close(sum, want, scale) || !close(o.delta, want, scale))
						throw new Error(`${o.ref.name}: parts ${sum} vs difference ${want}`);
				}
			}),
			{ numRuns: 100, seed: 24 }
		);
	}, 120_000);

	it('with up to four changes, the parts equal a brute-force Shapley over all orders', () => {
		const keys = fc.subarray(PLAYABLE, { minLength: 1, maxLength: 4 });
		const arb = fc.integer({ min: 1, max: 3 }).chain((y) => pairArb(y, keys));
		fc.assert(
			fc.property(arb, ({ base, alt, years }) => {
				const r = run(base, alt, years);
				const changed = r.players.map((p) => p.keys[0]);
				const phi = bruteShapley(base, alt, years, changed);
				for (const o of r.outputs)
					changed.forEach((k, i) => {
						const want = phi[o.ref.name][k];
						if (!close(o.parts[i], want, Math.max(Math.abs(o.base), Math.abs(o.alt))))
							throw new Error(`${o.ref.name} ${k}: ${o.parts[i]} vs brute force ${want}`);
					});
			}),
			{ numRuns: 40, seed: 2024 }
		);
	}, 60_000);

	it("reports each change's own effect and a pair's interaction as its joint effect minus their own", () => {
		const keys = fc.subarray(PLAYABLE, { minLength: 2, maxLength: 4 });
		const arb = fc.integer({ min: 1, max: 3 }).chain((y) => pairArb(y, keys));
		fc.assert(
			fc.property(arb, ({ base, alt, years }) => {
				const r = run(base, alt, years);
				const k = r.players.map((p) => p.keys[0]);
				const with_ = (...ks: string[]) =>
					outputsOf({ ...base, ...Object.fromEntries(ks.map((x) => [x, alt[x]])) }, years);
				const fb = with_();
				const one = k.map((x) => with_(x));
				for (const o of r.outputs) {
					const n = o.ref.name;
					const scale = Math.max(Math.abs(o.base), Math.abs(o.alt));
					k.forEach((_, i) => expect(close(o.own[i], one[i][n] - fb[n], scale)).toBe(true));
					for (const x of o.interactions) {
						const joint = with_(k[x.a], k[x.b])[n] - fb[n];
						const want = joint - (one[x.a][n] - fb[n]) - (one[x.b][n] - fb[n]);
						if (!close(x.value, want, scale)) throw new Error(`${n}: interaction ${x.value} vs ${want}`);
					}
				}
			}),
			{ numRuns: 30, seed: 11 }
		);
	}, 60_000);

	it("changes that do not interact each get exactly their own effect (each tier's subsidy, the reward fund)", () => {
		const alone = ['market_subsidy', 'quasi_subsidy', 'basic_subsidy', 'self_subsidy', 'reward_fund'];
		const arb = fc.integer({ min: 1, max: 4 }).chain((y) => pairArb(y, fc.constant(alone)));
		fc.assert(
			fc.property(arb, ({ base, alt, years }) => {
				const r = run(base, alt, years);
				const fb = outputsOf(base, years);
				const outlays = ['total.outlay', ...Array.from({ length: years }, (_, y) => `y${y + 1}.outlay`)];
				r.players.forEach((p, i) => {
					const fk = outputsOf({ ...base, [p.keys[0]]: alt[p.keys[0]] }, years);
					for (const n of outlays) {
						const o = r.outputs.find((x) => x.ref.name === n)!;
						const want = fk[n] - fb[n];
						if (!close(o.parts[i], want, Math.abs(fb[n]) + Math.abs(fk[n])))
							throw new Error(`${n} ${p.keys[0]}: ${o.parts[i]} vs alone ${want}`);
					}
				});
			}),
			{ numRuns: 60, seed: 7 }
		);
	}, 60_000);

	it('splits the plan → subsidies held at year 1 into the two tiers’ plan figures (docs/model.md plan check)', () => {
		const base = defaultValues(3);
		const alt = { ...base, basic_subsidy: [0.1, 0.1, 0.1], quasi_subsidy: [0.2, 0.2, 0.2] };
		const r = run(base, alt, 3);
		const o = r.outputs.find((x) => x.ref.name === 'total.outlay')!;
		// Held at year 1: years 2 and 3 get back what the taper took, 516.474 × 2 (basic) and 299.172 × 2 (quasi).
		expect(r.players.map((p) => p.keys[0])).toEqual(['quasi_subsidy', 'basic_subsidy']);
		expect(o.parts[0]).toBeCloseTo(598.344, 6);
		expect(o.parts[1]).toBeCloseTo(1032.948, 6);
		expect(o.interactions).toEqual([]);
	});

	it('groups more than twelve changes by section, still summing to the difference', () => {
		const base = defaultValues(3);
		const alt = { ...base };
		for (const k of PLAYABLE.slice(0, 20))
			alt[k] = Array.isArray(base[k]) ? (base[k] as number[]).map((x) => x * 0.9) : (base[k] as number) * 0.9;
		const r = run(base, alt, 3);
		expect(r.grouped).toBe(true);
		expect(r.players.every((p) => p.section)).toBe(true);
		expect(r.players.flatMap((p) => p.keys).sort()).toEqual(
			PLAYABLE.slice(0, 20)
				.filter((k) => JSON.stringify(alt[k]) !== JSON.stringify(base[k]))
				.sort()
		);
		const fb = outputsOf(base, 3),
			fa = outputsOf(alt, 3);
		for (const o of r.outputs)
			expect(
				close(
					o.parts.reduce((s, x) => s + x, 0),
					fa[o.ref.name] - fb[o.ref.name],
					o.base
				)
			).toBe(true);
	});

	it('refuses scenarios on different horizons or start months, in words', () => {
		const v3 = defaultValues(3),
			v4 = defaultValues(4);
		const a = bridge({ values: v3, years: 3, start: START }, { values: v4, years: 4, start: START });
		expect(a.ok).toBe(false);
		if (!a.ok) expect(a.message.zh).toContain('规划期不同');
		const b = bridge({ values: v3, years: 3, start: START }, { values: v3, years: 3, start: '2022-07' });
		expect(b.ok).toBe(false);
		if (!b.ok) expect(b.message.en).toContain('2022-07');
	});
});
