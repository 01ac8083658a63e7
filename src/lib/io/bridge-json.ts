/**
 * The `bridge` object of `simulate --bridge BASELINE.json --json`: per output, the difference from the
 * baseline, one part per changed parameter (a section's name when over twelve changed and they are grouped) and
 * the pair interactions worth a line. Numbers unrounded, as in the rest of `--json`; the screen shows the same.
 */
import type { Bridge } from '../model/bridge';

type Ok = Extract<Bridge, { ok: true }>;

export function bridgeJson(baseline: string, b: Ok) {
	const name = (i: number) => b.players[i].section ?? b.players[i].keys[0];
	const outputs: Record<string, unknown> = {};
	for (const o of b.outputs)
		outputs[o.ref.name] = {
			base: o.base,
			alt: o.alt,
			delta: o.delta,
			parts: o.parts.map((value, i) => ({
				parameter: name(i),
				...(b.grouped ? { parameters: b.players[i].keys } : {}),
				value,
				own: o.own[i]
			})),
			interactions: o.interactions.map((x) => ({ parameters: [name(x.a), name(x.b)], value: x.value }))
		};
	return { baseline, grouped: b.grouped, method: 'shapley', outputs };
}
