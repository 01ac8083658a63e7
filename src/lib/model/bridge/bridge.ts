/**
 * The bridge from a baseline to an alternative (docs/model.md § Bridge / 差异分解): for every output of
 * bridgeOutputNames, the difference split into one part per changed parameter (Shapley values, exact), each
 * part's own effect, and the pair interactions that are not negligible at the output's shown precision.
 * Two scenarios on different horizons or start months have no common cells to swap: refused, not a number.
 */
import type { ParamValues } from '../inputs';
import type { OutputRef, Words } from '../outputs';
import { coalitionValues } from './coalitions';
import { bridgeOutputRefs } from './outputs';
import { changedKeys, playersOf, type Player } from './players';
import { shapley } from './shapley';

export interface BridgeSide {
	values: ParamValues;
	years: number;
	start: string;
}

export interface BridgeInteraction {
	/** Indices into `players`. */
	a: number;
	b: number;
	/** The pair's joint effect minus their own effects (each of the two parts carries half). */
	value: number;
}

export interface BridgeOutput {
	ref: OutputRef;
	base: number;
	alt: number;
	delta: number;
	/** One per player, in `players` order; they sum to `delta`. */
	parts: number[];
	own: number[];
	higher: number[];
	interactions: BridgeInteraction[];
}

export type Bridge =
	{ ok: true; players: Player[]; grouped: boolean; outputs: BridgeOutput[] } | { ok: false; message: Words };

/** Below half the last shown digit (0.001 万元, 0.01 个百分点 for rates) an interaction is not worth a line. */
export function negligible(ref: OutputRef, x: number): boolean {
	return Math.abs(x) < (ref.unit === 'fraction' ? 5e-5 : 5e-4);
}

function refusal(base: BridgeSide, alt: BridgeSide): Words | null {
	if (base.years !== alt.years)
		return {
			zh: `两个方案的规划期不同（${base.years} 年与 ${alt.years} 年），没有逐年对应的参数可以逐项分解差异`,
			en: `the two scenarios have different horizons (${base.years} and ${alt.years} years): there are no matching yearly cells to bridge`
		};
	if (base.start !== alt.start)
		return {
			zh: `两个方案的起始月份不同（${base.start} 与 ${alt.start}），同一“第几年”指的是不同的月份，无法逐项分解差异`,
			en: `the two scenarios start in different months (${base.start} and ${alt.start}): the same plan year means different months, so there is no bridge`
		};
	return null;
}

export function bridge(base: BridgeSide, alt: BridgeSide): Bridge {
	const no = refusal(base, alt);
	if (no) return { ok: false, message: no };
	const { players, grouped } = playersOf(changedKeys(base.values, alt.values));
	const refs = bridgeOutputRefs(base.years);
	const values = coalitionValues(base.values, alt.values, base.years, players, refs);
	return { ok: true, players, grouped, outputs: splitOutputs(refs, values, players.length) };
}

/** Each output's Shapley split from its 2ⁿ coalition values (values[k][S], S a bit mask of the n players). */
export function splitOutputs(refs: OutputRef[], values: Float64Array[], n: number): BridgeOutput[] {
	const full = (1 << n) - 1;
	return refs.map((ref, k): BridgeOutput => {
		const f = values[k];
		const s = shapley(f, n);
		return {
			ref,
			base: f[0],
			alt: f[full],
			delta: f[full] - f[0],
			parts: s.parts,
			own: s.own,
			higher: s.higher,
			interactions: s.pairs.filter((p) => !negligible(ref, p.value)).map((p) => ({ a: p.i, b: p.j, value: p.value }))
		};
	});
}
