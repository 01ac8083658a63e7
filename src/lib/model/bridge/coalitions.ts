/**
 * The value of every output for every coalition S of players: the baseline's cells with the players in S taken
 * from the alternative, projected by the Monte Carlo kernel (bit-exact with project(), ~5–10 µs a run instead of
 * project()'s ~250 µs, which is what makes 2¹² runs fit the 300 ms budget). Coalition S is bit mask S: player i
 * is in S when bit i is set.
 */
import type { ParamValues } from '../inputs';
import { baseVector, cellLayout } from '../montecarlo/cells';
import { Kernel } from '../montecarlo/kernel';
import { allocSamples } from '../montecarlo/samples';
import { outputAt, type OutputRef } from '../outputs';
import type { Player } from './players';

/** values[k][S]: output k with coalition S applied. */
export function coalitionValues(
	base: ParamValues,
	alt: ParamValues,
	years: number,
	players: Player[],
	refs: OutputRef[]
): Float64Array[] {
	const layout = cellLayout(years);
	const vb = baseVector(layout, base);
	const va = baseVector(layout, alt);
	// The slots each player owns: its keys' cells, scalar or one per year.
	const slots = players.map((p) =>
		p.keys.flatMap((key) => {
			const at = layout.offset.get(key) as number;
			const n = layout.defs[at].shape === 'scalar' ? 1 : years;
			return Array.from({ length: n }, (_, y) => at + y);
		})
	);
	const kernel = new Kernel(layout);
	const store = allocSamples(1, years);
	const count = 1 << players.length;
	const values = refs.map(() => new Float64Array(count));
	const v = new Float64Array(layout.size);
	for (let S = 0; S < count; S++) {
		v.set(vb);
		for (let i = 0; i < players.length; i++) if (S & (1 << i)) for (const j of slots[i]) v[j] = va[j];
		kernel.run(v, 0, store.yearly, store.monthOutlay, store.monthSatisfaction, store.met);
		for (let k = 0; k < refs.length; k++) values[k][S] = outputAt(refs[k], store, 0);
	}
	return values;
}
