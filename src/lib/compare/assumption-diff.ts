/**
 * What differs between two scenarios' assumptions, cell by cell, like a code review: for each parameter in
 * catalogue order (grouped by section), the old and the new cell — a number, a blank or a formula's text —
 * with what a formula evaluates to, so "=quasi_subsidy_y1" reads as the value it stands for.
 */
import { CATALOGUE, SECTIONS, type ParamDef, type Section } from '../model/catalogue';
import type { ParamValues } from '../model/inputs';
import type { Cell, Uncertainty } from '../model/scenario';
import type { ScenarioRun } from './types';

export interface CellChange {
	/** 1-based plan year; null for a scalar parameter. */
	year: number | null;
	/** undefined where the cell does not exist on that side (the horizons differ). */
	old: Cell | undefined;
	new: Cell | undefined;
	oldValue: number | null | undefined;
	newValue: number | null | undefined;
}

export interface ParamChange {
	def: ParamDef;
	cells: CellChange[];
	/** Set when the uncertainty ranges differ (the Monte Carlo reads them; the projection does not). */
	uncertainty?: { old?: Uncertainty; new?: Uncertainty };
}

export interface SectionChange {
	section: Section;
	params: ParamChange[];
}

export interface AssumptionDiff {
	/** The envelope: the first month and the horizon change every year's span. */
	meta: { field: 'start' | 'years'; old: string | number; new: string | number }[];
	sections: SectionChange[];
	/** Changed cells in all (a changed uncertainty counts as one). */
	count: number;
}

const valueAt = (values: ParamValues, def: ParamDef, y: number): number | null | undefined => {
	const v = values[def.key];
	return Array.isArray(v) ? v[y] : y === 0 ? v : undefined;
};

const sameUncertainty = (a?: Uncertainty, b?: Uncertainty) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function paramChange(def: ParamDef, a: ScenarioRun, b: ScenarioRun): ParamChange | null {
	const pa = a.doc.params[def.key];
	const pb = b.doc.params[def.key];
	const ca = pa?.cells ?? [];
	const cb = pb?.cells ?? [];
	const cells: CellChange[] = [];
	for (let y = 0; y < Math.max(ca.length, cb.length); y++) {
		// Cells compare as written, not as evaluated: 0.75 and "=quasi_collection_y1" are a change a reviewer must see.
		if (ca[y] === cb[y]) continue;
		cells.push({
			year: def.shape === 'scalar' ? null : y + 1,
			old: ca[y],
			new: cb[y],
			oldValue: y < ca.length ? valueAt(a.values, def, y) : undefined,
			newValue: y < cb.length ? valueAt(b.values, def, y) : undefined
		});
	}
	const u = sameUncertainty(pa?.uncertainty, pb?.uncertainty)
		? undefined
		: { old: pa?.uncertainty, new: pb?.uncertainty };
	return cells.length || u ? { def, cells, ...(u ? { uncertainty: u } : {}) } : null;
}

export function diffAssumptions(base: ScenarioRun, other: ScenarioRun): AssumptionDiff {
	const meta: AssumptionDiff['meta'] = [];
	if (base.doc.start !== other.doc.start) meta.push({ field: 'start', old: base.doc.start, new: other.doc.start });
	if (base.doc.years !== other.doc.years) meta.push({ field: 'years', old: base.doc.years, new: other.doc.years });
	const sections: SectionChange[] = [];
	let count = meta.length;
	for (const section of SECTIONS) {
		const params = CATALOGUE.filter((d) => d.section === section)
			.map((d) => paramChange(d, base, other))
			.filter((p): p is ParamChange => p !== null);
		if (!params.length) continue;
		sections.push({ section, params });
		count += params.reduce((s, p) => s + p.cells.length + (p.uncertainty ? 1 : 0), 0);
	}
	return { meta, sections, count };
}
