/**
 * Cells edited on the projection's inputs, not on the parameter values: toModelInputs is rebuilt for no single
 * change (it costs more than the projection), instead each cell's place in ModelInputs is found once — by
 * building the inputs with a marker in that cell and finding the marker — then set and restored around a run.
 */
import { toModelInputs, type ModelInputs, type ParamValues } from '../inputs';
import type { Cell } from './levers';

export type Path = (string | number)[];
export type Edit = { path: Path; x: number };

const MARKER = -7.654321e17;

function find(o: unknown, path: Path): Path | null {
	if (typeof o === 'number') return o === MARKER ? path : null;
	if (Array.isArray(o)) {
		for (let i = 0; i < o.length; i++) {
			const p = find(o[i], [...path, i]);
			if (p) return p;
		}
		return null;
	}
	if (o && typeof o === 'object')
		for (const [k, v] of Object.entries(o)) {
			const p = find(v, [...path, k]);
			if (p) return p;
		}
	return null;
}

/** Where a cell lands in ModelInputs (null: the model does not read it, e.g. a year beyond the horizon). */
export function locate(values: ParamValues, years: number, c: Cell): Path | null {
	const v: ParamValues = { ...values };
	if (c.year === null) v[c.def.key] = MARKER;
	else {
		const arr = (values[c.def.key] as (number | null)[]).slice();
		arr[c.year] = MARKER;
		v[c.def.key] = arr;
	}
	return find(toModelInputs(v, years), []);
}

type Box = Record<string | number, unknown>;
const parentOf = (inp: ModelInputs, path: Path) => {
	let o = inp as unknown as Box;
	for (let i = 0; i < path.length - 1; i++) o = o[path[i]] as Box;
	return o;
};

export const read = (inp: ModelInputs, path: Path) => parentOf(inp, path)[path[path.length - 1]] as number;

/** Runs `f` with the edits applied to `inp`, then puts the old values back. */
export function withEdits<T>(inp: ModelInputs, edits: readonly Edit[], f: () => T): T {
	const old = edits.map((e) => read(inp, e.path));
	for (const e of edits) parentOf(inp, e.path)[e.path[e.path.length - 1]] = e.x;
	try {
		return f();
	} finally {
		for (let i = edits.length - 1; i >= 0; i--) {
			const e = edits[i];
			parentOf(inp, e.path)[e.path[e.path.length - 1]] = old[i];
		}
	}
}
