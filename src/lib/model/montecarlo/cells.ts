/**
 * Every parameter cell of a horizon as one flat Float64Array, in catalogue order (the workbook's row order):
 * one slot for a scalar, one per plan year otherwise. An iteration copies the deterministic vector, overwrites
 * the sampled and propagated slots and hands it to the kernel — no objects per iteration.
 */
import { CATALOGUE, cellName, type ParamDef } from '../catalogue';
import type { ParamValues } from '../inputs';

export interface CellLayout {
	years: number;
	size: number;
	/** Slot of a parameter's first cell (year 0) by catalogue key. */
	offset: ReadonlyMap<string, number>;
	/** Slot by cell name (`basic_fee_y2`, `grace_months`), lower-case. */
	index: ReadonlyMap<string, number>;
	/** Cell name and parameter of each slot. */
	names: readonly string[];
	defs: readonly ParamDef[];
	years0: readonly number[];
}

export function cellLayout(years: number): CellLayout {
	const offset = new Map<string, number>();
	const index = new Map<string, number>();
	const names: string[] = [];
	const defs: ParamDef[] = [];
	const years0: number[] = [];
	for (const def of CATALOGUE) {
		offset.set(def.key, names.length);
		const n = def.shape === 'scalar' ? 1 : years;
		for (let y = 0; y < n; y++) {
			index.set(cellName(def, y), names.length);
			names.push(cellName(def, y));
			defs.push(def);
			years0.push(y);
		}
	}
	return { years, size: names.length, offset, index, names, defs, years0 };
}

/** The deterministic values as a vector; a blank (a target that is no target) is NaN. */
export function baseVector(layout: CellLayout, values: ParamValues): Float64Array {
	const v = new Float64Array(layout.size);
	for (let i = 0; i < layout.size; i++) {
		const def = layout.defs[i];
		const x =
			def.shape === 'scalar' ? (values[def.key] as number) : (values[def.key] as (number | null)[])[layout.years0[i]];
		v[i] = x === null || x === undefined ? NaN : x;
	}
	return v;
}
