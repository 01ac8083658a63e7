/**
 * "Why a target fails": a Monte Carlo run that keeps each iteration's draws, then PRIM (prim.ts) on the runs
 * where the output is missed (a target) or crossed (a threshold). The inputs are the sampled cells; cells of
 * one parameter that move together (one draw applied to every year) are one input, shown by the cell of the
 * output's year, so a condition reads "the 2024 basic collection rate below 72 %".
 */
import type { McPlan } from '../montecarlo/plan';
import { runWithDraws } from './draws';
import { isEvent, type RunOutput } from './output';
import { prim, type PrimOptions } from './prim';

export interface ExplainCondition {
	/** Cell name, e.g. `basic_collection_y3`. */
	key: string;
	op: '<' | '>';
	value: number;
}
export interface ExplainBox {
	conditions: ExplainCondition[];
	coverage: number;
	density: number;
	runs: number;
}
export interface Explanation {
	output: string;
	kind: RunOutput['kind'];
	missRate: number;
	runs: number;
	seed: number;
	lhs: boolean;
	boxes: ExplainBox[];
	/** The inputs considered (cell names), and the two to chart: the box's first, then the next that matters most. */
	inputs: string[];
	leading: string[];
}
/** The runs on the two leading inputs, for a scatter chart (at most `maxPoints`, evenly thinned). */
export interface ExplainPoints {
	x: Float64Array;
	y: Float64Array;
	missed: Uint8Array;
}

export type ExplainOutcome =
	| { ok: true; explanation: Explanation; points: ExplainPoints | null }
	| { ok: false; cancelled: boolean; error: string };

export interface ExplainRequest {
	runs: number;
	seed: number;
	lhs?: boolean;
	prim?: PrimOptions;
	maxPoints?: number;
	onProgress?: (done: number, total: number) => void;
	isCancelled?: () => boolean;
}

export async function explain(plan: McPlan, output: RunOutput, req: ExplainRequest): Promise<ExplainOutcome> {
	if (output.kind === 'value')
		return {
			ok: false,
			cancelled: false,
			error: `${output.name} is a number, not a target or a threshold: explain y3.target.satisfaction, or a threshold such as ${output.name}>X`
		};
	const slots = [...new Set(plan.vars.flatMap((v) => v.slots))];
	const r = await runWithDraws(plan, { ...req, slots });
	if (!r.ok) return r;
	const { samples, inputs } = r;
	const N = samples.n;
	const miss = new Uint8Array(N);
	let blank = 0;
	for (let i = 0; i < N; i++) {
		const x = output.at(samples, i);
		if (Number.isNaN(x)) blank++;
		miss[i] = isEvent(output, x) ? 1 : 0;
	}
	if (blank === N)
		return { ok: false, cancelled: false, error: `${output.name}: that year has no target, so nothing can be missed` };
	const keep = distinctInputs(plan, slots, inputs, output.year);
	const X = keep.map((k) => inputs[k]);
	const names = keep.map((k) => plan.layout.names[slots[k]]);
	const res = prim(X, miss, req.prim);
	const boxes = res.boxes.map((b) => ({
		conditions: b.conditions.map((c) => ({ key: names[c.feature], op: c.op, value: c.value })),
		coverage: b.coverage,
		density: b.density,
		runs: b.runs
	}));
	const lead = leadingInputs(
		X,
		miss,
		res.boxes.flatMap((b) => b.conditions.map((c) => c.feature))
	);
	const explanation: Explanation = {
		output: output.name,
		kind: output.kind,
		missRate: res.missRate,
		runs: req.runs,
		seed: req.seed,
		lhs: req.lhs ?? false,
		boxes,
		inputs: names,
		leading: lead.map((j) => names[j])
	};
	let points: ExplainPoints | null = null;
	if (req.maxPoints && lead.length > 0) {
		const step = Math.max(1, Math.ceil(N / req.maxPoints));
		const n = Math.ceil(N / step);
		points = { x: new Float64Array(n), y: new Float64Array(n), missed: new Uint8Array(n) };
		for (let q = 0, i = 0; i < N; i += step, q++) {
			points.x[q] = X[lead[0]][i];
			points.y[q] = lead.length > 1 ? X[lead[1]][i] : 0;
			points.missed[q] = miss[i];
		}
	}
	return { ok: true, explanation, points };
}

/**
 * Of the sampled cells, those that carry their own information: a cell that never moves is dropped, and of a
 * parameter's cells that rise and fall together (one draw for every year) only the one nearest the output's
 * year is kept — a box on it is the same box on any of them.
 */
function distinctInputs(plan: McPlan, slots: number[], inputs: Float64Array[], year: number | null): number[] {
	const { layout } = plan;
	const y0 = year === null ? 0 : year - 1;
	const distance = (k: number) => {
		const y = layout.years0[slots[k]];
		return y <= y0 ? y0 - y : 100 + y - y0; // the output's year, then earlier years, then later ones
	};
	const byParam = new Map<string, number[]>();
	slots.forEach((s, k) => {
		const key = layout.defs[s].key;
		byParam.set(key, [...(byParam.get(key) ?? []), k]);
	});
	const kept: number[] = [];
	for (const ks of byParam.values()) {
		const mine: number[] = [];
		for (const k of [...ks].sort((a, b) => distance(a) - distance(b))) {
			const col = inputs[k];
			if (col.every((x) => x === col[0])) continue;
			if (mine.some((q) => comonotone(inputs[q], col))) continue;
			mine.push(k);
		}
		kept.push(...mine);
	}
	return kept.sort((a, b) => a - b);
}

/** b never falls where a rises (and the reverse): the two columns rank the runs the same way. */
function comonotone(a: Float64Array, b: Float64Array): boolean {
	const ix = Array.from(a.keys()).sort((i, j) => a[i] - a[j] || b[i] - b[j]);
	for (let p = 1; p < ix.length; p++) if (b[ix[p]] < b[ix[p - 1]] - 1e-12) return false;
	return true;
}

/** The inputs of the boxes in order, then the one whose ranks separate missed from met runs best (AUC). */
function leadingInputs(X: Float64Array[], miss: Uint8Array, inBoxes: number[]): number[] {
	const lead = [...new Set(inBoxes)].slice(0, 2);
	if (lead.length >= 2 || X.length <= lead.length) return lead;
	let best = -1,
		bestScore = -1;
	for (let j = 0; j < X.length; j++) {
		if (lead.includes(j)) continue;
		const s = Math.abs(auc(X[j], miss) - 0.5);
		if (s > bestScore) {
			bestScore = s;
			best = j;
		}
	}
	return best >= 0 ? [...lead, best] : lead;
}

/** P(x of a missed run > x of a met run), ties counted half: 0.5 means the input does not separate them. */
function auc(x: Float64Array, miss: Uint8Array): number {
	const ix = Array.from(x.keys()).sort((i, j) => x[i] - x[j]);
	let rankSum = 0,
		m = 0;
	for (let p = 0; p < ix.length;) {
		let q = p;
		while (q < ix.length && x[ix[q]] === x[ix[p]]) q++;
		const rank = (p + q + 1) / 2; // average rank of the tie group, 1-based
		for (let r = p; r < q; r++)
			if (miss[ix[r]]) {
				rankSum += rank;
				m++;
			}
		p = q;
	}
	const n = ix.length - m;
	return m === 0 || n === 0 ? 0.5 : (rankSum - (m * (m + 1)) / 2) / (m * n);
}
