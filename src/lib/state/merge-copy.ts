/**
 * A colleague's copy merged back: every cell, note, range, correlation and actual of `mine`
 * and `theirs` judged against `base` by the one three-way rule (merge.ts `pick3`). Pure: the page and
 * `npm run merge` both call it; nothing is stored here.
 */
import { CATALOGUE } from '../model/catalogue';
import type { CellNote } from '../model/cell-note';
import type { ScenarioDoc } from '../model/scenario';
import { allCells } from '../sheet/layout';
import { cellOf, cellRef } from '../store/journal';
import { pick3 } from './merge';

export type ItemKind = 'cell' | 'cellNote' | 'note' | 'range' | 'correlation' | 'actual' | 'name' | 'description';

/**
 * One thing both copies changed differently: its id (`basic_fee_y2`, `cellnote:basic_fee_y2` for a cell's 批注,
 * `note:basic_fee` for a parameter's plan note, …) and the three values.
 */
export interface Conflict {
	kind: ItemKind;
	cell: string;
	base: unknown;
	mine: unknown;
	theirs: unknown;
}

export type MergeResult =
	| { ok: true; merged: ScenarioDoc; conflicts: Conflict[]; fromTheirs: string[] }
	| { ok: false; mineYears: number; theirYears: number };

/** How to read and write one kind of item in a doc. */
interface Item {
	kind: ItemKind;
	id: string;
	get: (d: ScenarioDoc) => unknown;
	set: (d: ScenarioDoc, v: unknown) => void;
}

/** Equality of JSON values whatever their key order (a range written by another program). */
const canon = (x: unknown): string =>
	JSON.stringify(x, (_, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	) ?? 'undefined';
const same = (a: unknown, b: unknown) =>
	Object.is(a, b) || (typeof a === 'object' && typeof b === 'object' && canon(a) === canon(b));

const pairId = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function items(docs: ScenarioDoc[], years: number): Item[] {
	const out: Item[] = [];
	for (const { name } of allCells(years))
		out.push({
			kind: 'cell',
			id: name,
			get: (d) => cellOf(d, name),
			set: (d, v) => {
				const ref = cellRef(d, name);
				if (ref && v !== undefined) d.params[ref.key].cells[ref.y] = v as never;
			}
		});
	// A cell's note (批注) is one item, who, when and text together: an edit by either side is a new note.
	for (const { name } of allCells(years))
		out.push({
			kind: 'cellNote',
			id: `cellnote:${name}`,
			get: (d) => d.notes?.[name],
			set: (d, v) => {
				if (v !== undefined) (d.notes ??= {})[name] = structuredClone(v) as CellNote;
				else if (d.notes) delete d.notes[name];
			}
		});
	for (const { key } of CATALOGUE) {
		out.push({
			kind: 'note',
			id: `note:${key}`,
			get: (d) => d.params[key]?.note,
			set: (d, v) => {
				if (v === undefined) delete d.params[key].note;
				else d.params[key].note = v as string;
			}
		});
		out.push({
			kind: 'range',
			id: `range:${key}`,
			get: (d) => d.params[key]?.uncertainty,
			set: (d, v) => {
				if (v === undefined) delete d.params[key].uncertainty;
				else d.params[key].uncertainty = structuredClone(v) as never;
			}
		});
	}
	const pairs = new Set(docs.flatMap((d) => (d.correlations ?? []).map((c) => pairId(c.a, c.b))));
	for (const pair of pairs) {
		const [a, b] = pair.split('|');
		const find = (d: ScenarioDoc) => (d.correlations ?? []).find((c) => pairId(c.a, c.b) === pair);
		out.push({
			kind: 'correlation',
			id: `correlation:${pair}`,
			get: (d) => find(d)?.rho,
			set: (d, v) => {
				const rest = (d.correlations ?? []).filter((c) => pairId(c.a, c.b) !== pair);
				d.correlations = v === undefined ? rest : [...rest, { a, b, rho: v as number }];
			}
		});
	}
	const fields = new Set(docs.flatMap((d) => Object.keys(d.actuals ?? {})));
	for (const field of fields)
		for (let y = 0; y < years; y++)
			out.push({
				kind: 'actual',
				id: `actual:${field}:${y + 1}`,
				get: (d) => d.actuals?.[field]?.[y] ?? null,
				set: (d, v) => {
					const list = ((d.actuals ??= {})[field] ??= []);
					while (list.length <= y) list.push(null);
					list[y] = v as number | null;
				}
			});
	out.push({ kind: 'name', id: 'name', get: (d) => d.name, set: (d, v) => void (d.name = v as string) });
	out.push({
		kind: 'description',
		id: 'description',
		get: (d) => d.description,
		set: (d, v) => void (d.description = v as string)
	});
	return out;
}

/** Empty lists dropped, so a merged doc says no more than either side did. */
function tidy(d: ScenarioDoc): ScenarioDoc {
	if (d.notes && !Object.keys(d.notes).length) delete d.notes;
	if (d.correlations && !d.correlations.length) delete d.correlations;
	if (d.actuals) {
		for (const [k, v] of Object.entries(d.actuals)) if (v.every((x) => x === null)) delete d.actuals[k];
		if (!Object.keys(d.actuals).length) delete d.actuals;
	}
	return d;
}

/**
 * `mine` with every change `theirs` made alone laid over it; conflicts keep mine until `resolve` says otherwise.
 * The two copies must share a horizon (cells are named by plan year); `base` may differ (an old revision).
 */
export function mergeCopies(base: ScenarioDoc, mine: ScenarioDoc, theirs: ScenarioDoc): MergeResult {
	if (mine.years !== theirs.years || mine.start !== theirs.start)
		return { ok: false, mineYears: mine.years, theirYears: theirs.years };
	const merged = structuredClone(mine);
	const conflicts: Conflict[] = [];
	const fromTheirs: string[] = [];
	for (const it of items([base, mine, theirs], mine.years)) {
		const [b, m, t] = [it.get(base), it.get(mine), it.get(theirs)];
		const r = pick3(b, m, t, same);
		if (r.conflict) conflicts.push({ kind: it.kind, cell: it.id, base: b, mine: m, theirs: t });
		else if (r.take === 'theirs') {
			it.set(merged, t);
			fromTheirs.push(it.id);
		}
	}
	return { ok: true, merged: tidy(merged), conflicts, fromTheirs };
}

/** The merge with each conflict settled: `choose` says whose value each one keeps. */
export function resolve(
	r: Extract<MergeResult, { ok: true }>,
	theirs: ScenarioDoc,
	choose: (c: Conflict) => 'mine' | 'theirs'
): ScenarioDoc {
	const doc = structuredClone(r.merged);
	const byId = new Map(items([doc, theirs], doc.years).map((it) => [it.id, it]));
	for (const c of r.conflicts) if (choose(c) === 'theirs') byId.get(c.cell)?.set(doc, c.theirs);
	return tidy(doc);
}

/** For History: each conflict's losing value and whose it was, so that nothing of either side is lost. */
export function losers(r: Extract<MergeResult, { ok: true }>, choose: (c: Conflict) => 'mine' | 'theirs') {
	return r.conflicts.map((c) => {
		const kept = choose(c);
		return {
			kind: c.kind,
			cell: c.cell,
			side: kept === 'mine' ? 'theirs' : 'mine',
			value: kept === 'mine' ? c.theirs : c.mine
		} as const;
	});
}
