/**
 * One scenario open for editing: the HyperFormula engine, the cells as typed, and an undo history of edit
 * batches (a paste of many cells is one step). Every edit returns what changed and a fresh evaluation; the
 * projection runs only when every cell is valid — otherwise the caller keeps the last valid one.
 */
import type { HyperFormula } from 'hyperformula';
import type { Cell, ScenarioDoc, Uncertainty } from '../model/scenario';
import { createEngine, rawContent } from './engine';
import { evaluateAll } from './evaluate';
import { allCells, parseName, ROW } from './layout';
import { snapshotOf, type Snapshot } from './snapshot';
import { precedentNames } from './names';
import { MAX_NESTING, nesting } from './nesting';

export type { Snapshot };

export interface Change {
	name: string;
	old: Cell;
	new: Cell;
}

/** An undo step: a batch of cell edits, or the whole doc replaced (the horizon, the start month, actuals). */
type Step = Change[] | { before: ScenarioDoc; after: ScenarioDoc };

export class SheetSession {
	#doc: ScenarioDoc;
	#hf: HyperFormula;
	#sheet: number;
	#undo: Step[] = [];
	#redo: Step[] = [];
	/** Set when the last step replaced the doc: the reply carries the new doc so the page follows. */
	#replaced: ScenarioDoc | null = null;

	constructor(doc: ScenarioDoc) {
		this.#doc = structuredClone(doc);
		({ hf: this.#hf, sheet: this.#sheet } = createEngine(this.#doc));
	}

	get doc(): ScenarioDoc {
		return structuredClone(this.#doc);
	}
	get canUndo() {
		return this.#undo.length > 0;
	}
	get canRedo() {
		return this.#redo.length > 0;
	}

	cell(name: string): Cell {
		const ref = parseName(name, this.#doc.years);
		return ref ? (this.#doc.params[ref.key].cells[ref.y] ?? null) : null;
	}

	/** Applies edits as one undoable step; unknown names are refused before anything changes. */
	edit(edits: { name: string; cell: Cell }[]): { ok: true; changes: Change[] } | { ok: false; message: string } {
		for (const e of edits)
			if (!parseName(e.name, this.#doc.years)) return { ok: false, message: `no parameter cell named "${e.name}"` };
		for (const e of edits) {
			const deep = typeof e.cell === 'string' ? nesting(e.cell) : 0;
			if (deep > MAX_NESTING)
				return {
					ok: false,
					message: `${e.name}: the formula nests ${deep} levels deep (brackets or signs); at most ${MAX_NESTING}`
				};
		}
		const changes = edits
			.map((e) => ({ name: e.name, old: this.cell(e.name), new: e.cell }))
			.filter((c) => c.old !== c.new);
		if (!changes.length) return { ok: true, changes };
		this.#apply(changes, 'new');
		this.#push(changes);
		return { ok: true, changes };
	}

	#push(step: Step) {
		this.#undo.push(step);
		if (this.#undo.length > 200) this.#undo.shift();
		this.#redo = [];
	}

	/**
	 * Replaces the whole doc as one undoable step (a new horizon or start month, actuals): the engine is rebuilt
	 * only when cells or the calendar changed. The name and description stay as they are now.
	 */
	replace(doc: ScenarioDoc) {
		const before = this.doc;
		this.#setDoc(structuredClone(doc));
		this.#push({ before, after: this.doc });
	}

	/** The doc the last replace, undo or redo put in place, once (null when the step was cell edits). */
	takeReplaced(): ScenarioDoc | null {
		const d = this.#replaced;
		this.#replaced = null;
		return d;
	}

	#setDoc(doc: ScenarioDoc) {
		const same =
			doc.years === this.#doc.years &&
			doc.start === this.#doc.start &&
			JSON.stringify(doc.params) === JSON.stringify(this.#doc.params);
		doc = { ...doc, name: this.#doc.name, description: this.#doc.description };
		if (!same) {
			this.#hf.destroy();
			({ hf: this.#hf, sheet: this.#sheet } = createEngine(doc));
		}
		this.#doc = doc;
		this.#replaced = structuredClone(doc);
	}

	undo(): Change[] | null {
		const step = this.#undo.pop();
		if (!step) return null;
		this.#redo.push(step);
		if (!Array.isArray(step)) return (this.#setDoc(structuredClone(step.before)), []);
		this.#apply(step, 'old');
		return step.map((c) => ({ name: c.name, old: c.new, new: c.old }));
	}

	redo(): Change[] | null {
		const step = this.#redo.pop();
		if (!step) return null;
		this.#undo.push(step);
		if (!Array.isArray(step)) return (this.#setDoc(structuredClone(step.after)), []);
		this.#apply(step, 'new');
		return step;
	}

	#apply(changes: Change[], side: 'old' | 'new') {
		this.#hf.batch(() => {
			for (const c of changes) {
				const ref = parseName(c.name, this.#doc.years)!;
				this.#doc.params[ref.key].cells[ref.y] = c[side];
				this.#hf.setCellContents({ sheet: this.#sheet, row: ROW.get(ref.key)!, col: ref.y }, [[rawContent(c[side])]]);
			}
		});
	}

	/** A parameter's range for the Monte Carlo (or none); checked on every evaluation, not undoable. */
	setUncertainty(key: string, u: Uncertainty | null) {
		const entry = this.#doc.params[key];
		if (!entry) return false;
		if (u) entry.uncertainty = u;
		else delete entry.uncertainty;
		return true;
	}

	/** Notes, name and description travel with the doc but are not cells. */
	setMeta(meta: Partial<Pick<ScenarioDoc, 'name' | 'description'>>) {
		Object.assign(this.#doc, meta);
	}

	evaluate(): Snapshot {
		return snapshotOf(this.#doc, evaluateAll(this.#hf, this.#sheet, this.#doc.years));
	}

	/** Cells this cell's formula names, and cells whose formulas name this one. */
	links(name: string): { precedents: string[]; dependents: string[] } {
		const years = this.#doc.years;
		const own = this.cell(name);
		const precedents = typeof own === 'string' ? precedentNames(own, years) : [];
		const dependents = allCells(years)
			.filter(({ name: n }) => {
				const c = this.cell(n);
				return typeof c === 'string' && precedentNames(c, years).includes(name.toLowerCase());
			})
			.map((c) => c.name);
		return { precedents, dependents };
	}

	destroy() {
		this.#hf.destroy();
	}
}
