/**
 * The bridge from a parent's last year to its next plan's first (docs/model.md § Bridge): the difference in
 * two steps that add up exactly. First the parent's last year carried on one more year — the same parameters
 * from the new start state (the continuation's first year minus the parent's last); then the next plan's own
 * parameters against the continuation's, split by exact Shapley values (the bridge engine in bridge/). Targets
 * move no figure, so the continuation takes the next plan's: they are no part.
 */
import { bridge, type Bridge, type BridgeOutput } from './bridge';
import { CATALOGUE } from './catalogue';
import type { ParamValues } from './inputs';
import type { Follows, LastYear } from './scenario';

/** The first-year outputs a next plan's bridge explains: its outlay and each target's rate. */
export const CARRY_OUTPUTS = ['outlay', 'committeeRate', 'standardRate', 'satisfaction', 'coverage'] as const;
export type CarryOutput = (typeof CARRY_OUTPUTS)[number];

/** The continuation's yearly lists fitted to `years` (a horizon changed since: the last value carries on). */
export function continuationValues(f: Follows, years: number): ParamValues {
	const out: ParamValues = {};
	for (const [k, v] of Object.entries(f.continuation))
		out[k] = Array.isArray(v) ? Array.from({ length: years }, (_, y) => v[Math.min(y, v.length - 1)]) : v;
	return out;
}

export interface CarryBridge {
	/** The parameters' bridge (continuation → next plan), every output. */
	params: Extract<Bridge, { ok: true }>;
	/** The continuation as bridged (the next plan's targets). */
	cont: ParamValues;
}

export function carryBridge(f: Follows, values: ParamValues, years: number, start: string): CarryBridge | null {
	const cont = continuationValues(f, years);
	for (const d of CATALOGUE) if (d.section === 'targets') cont[d.key] = values[d.key];
	const b = bridge({ values: cont, years, start }, { values, years, start });
	return b.ok ? { params: b, cont } : null;
}

export interface CarryStep {
	/** The parent's last-year figure. */
	last: number;
	/** The first year carried on, minus `last`: what the new start state alone does. */
	carried: number;
	/** The parameters' split of the first year (base: the continuation's, alt: the next plan's). */
	out: BridgeOutput;
	/** The next plan's first-year figure minus `last`: `carried` plus the parts. */
	delta: number;
}

export function carryStep(b: CarryBridge, f: Follows, output: CarryOutput): CarryStep {
	const out = b.params.outputs.find((o) => o.ref.name === `y1.${output}`)!;
	const last = f.last[output as keyof Omit<LastYear, 'from'>];
	return { last, carried: out.base - last, out, delta: out.alt - last };
}
