/**
 * What a link carries, before compression: the cells that differ from a named plan template, the horizon, the
 * notes (the parameters' and the cells' 批注), ranges, correlations and actuals — and back again into a scenario FILE object, which the one reader
 * then checks like any file (a link is just another file). Short keys: every byte counts toward 2,000 characters.
 */
import { CATALOGUE } from '../model/catalogue';
import { FORMAT, MAX_YEARS, PLAN_YEARS, VERSION, type Cell, type ScenarioDoc } from '../model/scenario';
import { templateCells, templateNote, type FrozenTemplate } from './templates';

import type { Lineage } from '../io/read-lineage';
import { sortedNotes } from '../io/notes-order';

export type { Lineage };

export interface Payload {
	/** The template version the cells differ from. */
	t: number;
	n: string;
	d?: string;
	s: string;
	y: number;
	/** Changed cells: a scalar's cell, or a yearly parameter's `{ "<0-based year>": cell }`. */
	c?: Record<string, unknown>;
	/** Notes that differ from the template's: the text, or null for none. */
	o?: Record<string, string | null>;
	u?: Record<string, unknown>;
	r?: unknown;
	a?: unknown;
	l?: Lineage;
	/** Notes on cells (批注) by cell name, each `[text, by, at]`: a link made before notes has none. */
	k?: unknown;
}

export function toPayload(doc: ScenarioDoc, t: FrozenTemplate, lineage?: Lineage): Payload {
	const c: Record<string, unknown> = {};
	const o: Record<string, string | null> = {};
	const u: Record<string, unknown> = {};
	for (const def of CATALOGUE) {
		const p = doc.params[def.key];
		if (!p) continue;
		const base = templateCells(t, def.key, doc.years) ?? [];
		if (def.shape === 'scalar') {
			if (p.cells[0] !== base[0]) c[def.key] = p.cells[0] ?? null;
		} else {
			const changed: Record<string, Cell> = {};
			for (let y = 0; y < doc.years; y++) if (p.cells[y] !== base[y]) changed[y] = p.cells[y] ?? null;
			if (Object.keys(changed).length) c[def.key] = changed;
		}
		const note = templateNote(t, def.key);
		if (p.note !== note) o[def.key] = p.note ?? null;
		if (p.uncertainty) u[def.key] = p.uncertainty;
	}
	const out: Payload = { t: t.version, n: doc.name, s: doc.start, y: doc.years };
	if (doc.description) out.d = doc.description;
	if (Object.keys(c).length) out.c = c;
	if (Object.keys(o).length) out.o = o;
	if (Object.keys(u).length) out.u = u;
	if (doc.correlations?.length) out.r = doc.correlations;
	if (doc.actuals && Object.keys(doc.actuals).length) out.a = doc.actuals;
	if (lineage) out.l = lineage;
	const notes = sortedNotes(doc);
	if (notes) out.k = Object.fromEntries(Object.entries(notes).map(([cell, n]) => [cell, [n.text, n.by, n.at]]));
	return out;
}

/** `[text, by, at]` back to a file's note; anything else is passed on for the reader to refuse with its reason. */
function unpackNotes(k: unknown): unknown {
	if (typeof k !== 'object' || k === null || Array.isArray(k)) return k;
	const out: Record<string, unknown> = Object.create(null);
	for (const [cell, n] of Object.entries(k))
		out[cell] = Array.isArray(n) && n.length === 3 ? { text: n[0], by: n[1], at: n[2] } : n;
	return out;
}

/** A yearly change's key that is not a plan year of this horizon: the one shape problem the reader cannot see. */
export interface BadYear {
	key: string;
	at: string;
}

/**
 * The payload as a scenario file (format v1): the template's cells with the changes laid over them. Values are
 * not judged here — the reader does that — only where they go. Keys come from the link: the objects built here
 * have no prototype, so `__proto__` is just a key that the reader then refuses as an unknown parameter.
 */
export function toFile(p: Payload, t: FrozenTemplate): { file: Record<string, unknown> } | { bad: BadYear } {
	const years = Number.isInteger(p.y) && p.y >= 1 && p.y <= MAX_YEARS ? p.y : PLAN_YEARS;
	const params: Record<string, Record<string, unknown>> = Object.create(null);
	for (const key of Object.keys(t.cells)) {
		const cells = templateCells(t, key, years)!;
		const note = templateNote(t, key);
		params[key] = Array.isArray(t.cells[key]) ? { values: [...cells] } : { value: cells[0] };
		if (note !== undefined) params[key].note = note;
	}
	const entry = (key: string) => (params[key] ??= Object.create(null) as Record<string, unknown>);
	for (const [key, change] of Object.entries(p.c ?? {})) {
		const e = entry(key);
		if (!Array.isArray(e.values) || typeof change !== 'object' || change === null || Array.isArray(change)) {
			e[Array.isArray(e.values) ? 'values' : 'value'] = change; // the reader names what is wrong with it
			continue;
		}
		for (const [at, cell] of Object.entries(change)) {
			const y = /^\d{1,2}$/.test(at) ? Number(at) : -1;
			if (y < 0 || y >= years) return { bad: { key, at } };
			e.values[y] = cell;
		}
	}
	for (const [key, note] of Object.entries(p.o ?? {})) {
		if (note === null) delete entry(key).note;
		else entry(key).note = note;
	}
	for (const [key, u] of Object.entries(p.u ?? {})) entry(key).uncertainty = u;
	const file: Record<string, unknown> = {
		format: FORMAT,
		version: VERSION,
		name: p.n,
		...(p.d !== undefined ? { description: p.d } : {}),
		start: p.s,
		years: p.y,
		parameters: params
	};
	if (p.r !== undefined) file.correlations = p.r;
	if (p.a !== undefined) file.actuals = p.a;
	if (p.l !== undefined) file.lineage = p.l;
	if (p.k !== undefined) file.notes = unpackNotes(p.k);
	return { file };
}
