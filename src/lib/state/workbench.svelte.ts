/**
 * The workbench's state: the open scenario's cells as typed, the worker's latest evaluation, the last valid
 * projection (kept, greyed, while a cell is invalid), the selection and the language. One instance per page.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- private bookkeeping of writes and requests, never rendered */
import { cellLabel } from '../model/vocabulary';
import { allCells, parseName } from '../sheet/layout';
import type { CellIssue } from '../sheet/issues';
import { parseCellInput } from '../sheet/cell-input';
import type { Projection } from '../model/projection';
import type { Cell, Correlation, ScenarioDoc, Uncertainty } from '../model/scenario';
import type { Lang } from '../i18n';
import type { MergeRecord } from '../store/schema';
import type { Reply } from '../worker/sheet-api';
import type { Change } from '../sheet/session';
import { plainSnapshot, type Snapshot } from '../sheet/snapshot';
import { SheetClient, type SheetWorkerLike } from '../worker/sheet-client';

/** An edit as accepted, before the engine has seen it: what the journal keeps. */
export interface Accepted {
	cells: { name: string; cell: Cell }[];
	uncertainty?: { key: string; value: Uncertainty | null };
	/** The scenario's whole list of correlations as set on the Uncertainty tab ([] removes them). */
	correlations?: Correlation[];
	/** The scenario replaced whole (horizon, start month, actuals): journaled like a cell, before the engine replies. */
	doc?: ScenarioDoc;
	/** The replacement is a colleague's copy merged in: History names the file and keeps what lost. */
	merge?: MergeRecord;
}

/** A reply as applied: `edited` when it answers this tab's own cell edit (not undo, redo, another tab, open). */
export interface Applied {
	changes: Change[];
	edited: boolean;
	/** The reply opened or replaced the scenario whole. */
	whole: boolean;
	before: { values: Record<string, number | null>; projection: Projection | null };
}

export class Workbench {
	doc = $state.raw<ScenarioDoc | null>(null);
	/** Cells by name, as typed (formulas as written). */
	cells = $state.raw<Record<string, Cell>>({});
	values = $state.raw<Record<string, number | null>>({});
	issues = $state.raw<CellIssue[]>([]);
	rangeIssues = $state.raw<{ key: string; en: string; zh: string }[]>([]);
	projection = $state.raw<Projection | null>(null);
	stale = $state(false);
	canUndo = $state(false);
	canRedo = $state(false);
	selected = $state('market_compounds');
	lang = $state<Lang>('zh');
	/** A message about the last input (not a cell error): e.g. "abc is not a number". */
	notice = $state<{ en: string; zh: string } | null>(null);
	/** Bumped after each applied reply: what tests and benchmarks wait on. */
	revision = $state(0);
	/**
	 * False until the formula engine has answered once. Until then the grid and the figures are computed on this
	 * thread by the pure model (a scenario without formulas needs no engine), and edits are shown, journaled and
	 * sent: the engine applies them in order once it has loaded.
	 */
	engineReady = $state(false);
	/** An edit made before the engine answered whose figures only the engine can give (a formula): shown greyed. */
	awaitingEngine = $state(false);
	/** The doc with the edits accepted before the engine answered, and the last such request's number. */
	#early: ScenarioDoc | null = null;
	#earlySeq = -1;
	/**
	 * Called synchronously the moment an edit is accepted (parsed), before the engine sees it: the library writes
	 * it to the journal here. What it returns comes back in `onChanges` once the engine has applied the edit.
	 */
	onAccept: ((edit: Accepted) => unknown) | null = null;
	/** After each applied reply: the cells it changed, the doc now, and the tickets of the edits it covers. */
	onChanges: ((changes: Change[], doc: ScenarioDoc, tickets: unknown[]) => void) | null = null;
	/** After a reply that replaced the doc whole (horizon, start, actuals, or their undo/redo): save it whole. */
	onDoc: ((doc: ScenarioDoc, tickets: unknown[]) => void) | null = null;
	/** After each applied reply, with what was there before it (the guard rails compare the two). */
	onApplied: ((a: Applied) => void) | null = null;
	#client: SheetClient | null = null;
	/** Accepted edits waiting for the engine's reply, by request sequence number. */
	#tickets: { seq: number; ticket: unknown }[] = [];
	/** Accepted whole-doc replacements waiting for the engine's reply (saved whole, not as cell changes). */
	#docTickets: { seq: number; ticket: unknown }[] = [];
	/** Requests that apply another tab's cells: their changes are already stored, so they are not saved again. */
	#remote = new Set<number>();
	#inflight = new Set<Promise<unknown>>();

	/** Built by the composition root (state/app.ts), which passes the sheet worker. */
	constructor(private createWorker: () => SheetWorkerLike) {}

	get client(): SheetClient {
		return (this.#client ??= new SheetClient((r) => this.#apply(r), this.createWorker));
	}

	/** Starts the engine's worker now, so its script loads while the page renders and the library opens. */
	startEngine() {
		void this.client;
	}

	/** Resolves once every request sent so far has been answered and applied. */
	async idle() {
		while (this.#inflight.size) await Promise.all([...this.#inflight]);
	}

	#track<T>(p: Promise<T>): Promise<T> {
		this.#inflight.add(p);
		void p.finally(() => this.#inflight.delete(p));
		return p;
	}

	/** Sends accepted edits to the engine, noting their ticket against the request's sequence number. */
	#send(edits: { name: string; cell: Cell }[], ticket: unknown, remote = false) {
		if (!this.engineReady) this.#earlyEdit(edits);
		const p = this.#track(this.client.edit(edits));
		if (!this.engineReady) this.#earlySeq = this.client.seq;
		if (remote) this.#remote.add(this.client.seq);
		else this.#tickets.push({ seq: this.client.seq, ticket });
		return p;
	}

	async open(doc: ScenarioDoc) {
		this.#show(doc);
		if (!this.engineReady) {
			this.#early = structuredClone($state.snapshot(doc)) as ScenarioDoc;
			this.#earlySeq = -1;
			const s = plainSnapshot(this.#early);
			if (s) this.#showSnapshot(s);
		}
		await this.#track(this.client.open(doc));
	}

	/**
	 * An edit accepted before the engine has answered: its cells shown at once and, without formulas, its figures
	 * computed here (the engine's reply will say the same); with a formula the figures wait, greyed.
	 */
	#earlyEdit(edits: { name: string; cell: Cell }[]) {
		const doc = this.#early;
		if (!doc) return;
		const cells = { ...this.cells };
		for (const e of edits) {
			const ref = parseName(e.name, doc.years);
			if (!ref) continue;
			doc.params[ref.key].cells[ref.y] = e.cell;
			cells[e.name] = e.cell;
		}
		this.cells = cells;
		const s = plainSnapshot(doc);
		if (s) this.#showSnapshot(s);
		else this.awaitingEngine = true;
	}

	#showSnapshot(s: Snapshot) {
		this.values = s.values;
		this.issues = s.issues;
		this.rangeIssues = s.rangeIssues;
		if (s.projection) this.projection = s.projection;
		this.stale = s.projection === null;
	}

	#show(doc: ScenarioDoc) {
		this.doc = doc;
		const cells: Record<string, Cell> = {};
		for (const { def, y, name } of allCells(doc.years)) cells[name] = doc.params[def.key]?.cells[y] ?? null;
		this.cells = cells;
		if (!parseName(this.selected, doc.years)) this.selected = 'market_compounds';
	}

	/**
	 * Replaces the open scenario whole — a new horizon or start month (model/horizon.ts), its actuals, a note on a
	 * cell, or a colleague's copy merged in (`merge`) — as one
	 * undoable step (Ctrl+Z, the undo button), saved whole through `onDoc` like any edit. The caller validates.
	 */
	async replaceDoc(doc: ScenarioDoc, merge?: MergeRecord) {
		this.notice = null;
		const ticket = this.onAccept?.({
			cells: [],
			doc: $state.snapshot(doc) as ScenarioDoc,
			...(merge ? { merge } : {})
		});
		const p = this.#track(this.client.replace(doc));
		this.#docTickets.push({ seq: this.client.seq, ticket });
		await p;
	}

	/** Cells another tab saved: shown here, not saved again (they are in the library already). */
	async applyRemote(edits: { name: string; cell: Cell }[]) {
		if (edits.length) await this.#send(edits, null, true);
	}

	#apply(r: Reply) {
		const docCovered = this.#docTickets.filter((t) => t.seq <= r.seq).map((t) => t.ticket);
		this.#docTickets = this.#docTickets.filter((t) => t.seq > r.seq);
		// A replacement the engine did not take (no doc in its reply) is dropped like a refused edit.
		const covered = [
			...this.#tickets.filter((t) => t.seq <= r.seq),
			...(r.doc ? [] : docCovered.map((ticket) => ({ ticket })))
		];
		const edited = !r.doc && this.#tickets.some((t) => t.seq <= r.seq);
		this.#tickets = this.#tickets.filter((t) => t.seq > r.seq);
		const remote = this.#remote.delete(r.seq);
		const before = { values: this.values, projection: this.projection };
		if (r.doc) this.#show(r.doc);
		if (r.changes.length) {
			const cells = { ...this.cells };
			for (const c of r.changes) cells[c.name] = c.new;
			this.cells = cells;
			const doc = structuredClone($state.snapshot(this.doc)) as ScenarioDoc;
			for (const c of r.changes) {
				const { key, y } = parseName(c.name, doc.years)!; // the worker only reports cells it has
				doc.params[key].cells[y] = c.new;
			}
			this.doc = doc;
		}
		const mine = remote ? [] : r.changes;
		if (mine.length || covered.length)
			this.onChanges?.(
				mine,
				this.doc!,
				covered.map((t) => t.ticket)
			);
		if (r.doc) this.onDoc?.(this.doc!, docCovered);
		if (r.error) this.notice = { en: r.error, zh: r.error };
		// A reply to a request made before an early edit: the screen already shows more (that edit) than it.
		if (r.seq >= this.#earlySeq) {
			this.#showSnapshot(r.snapshot);
			this.#early = null;
			this.awaitingEngine = false;
		}
		this.engineReady = true;
		this.canUndo = r.canUndo;
		this.canRedo = r.canRedo;
		this.onApplied?.({ changes: r.changes, edited: edited && !remote, whole: !!r.doc, before });
		this.revision++;
	}

	/** Commits what was typed into a cell; text that is not a number or formula is refused, changing nothing. */
	async commit(name: string, text: string) {
		const p = parseCellInput(name, text);
		if (!p.ok) {
			// Named by label and year first (the selection may have moved on), the code after it as detail.
			const w = cellLabel(name, this.doc?.start ?? null);
			this.notice = { en: `${w.en} ${name}: ${p.en}`, zh: `${w.zh} ${name}：${p.zh}` };
			return false;
		}
		this.notice = null;
		const edits = [{ name, cell: p.cell }];
		await this.#send(edits, this.onAccept?.({ cells: edits }));
		return true;
	}

	async editMany(edits: { name: string; cell: Cell }[]) {
		this.notice = null;
		await this.#send(edits, this.onAccept?.({ cells: edits }));
	}

	/** Sets or clears a parameter's range; saved with the scenario like any edit. */
	async setUncertainty(key: string, u: Uncertainty | null) {
		const doc = structuredClone($state.snapshot(this.doc)) as ScenarioDoc;
		if (u) doc.params[key].uncertainty = u;
		else delete doc.params[key].uncertainty;
		this.doc = doc;
		const ticket = this.onAccept?.({ cells: [], uncertainty: { key, value: u } });
		const p = this.#track(this.client.setUncertainty(key, u));
		this.#tickets.push({ seq: this.client.seq, ticket });
		await p;
	}

	/**
	 * Replaces the scenario's correlations ([] removes the field, so the file is what it was without them); saved
	 * like a range. The sheet engine does not use them, so the save goes straight on without a round trip.
	 */
	setCorrelations(list: Correlation[]) {
		const doc = structuredClone($state.snapshot(this.doc)) as ScenarioDoc;
		if (list.length) doc.correlations = list;
		else delete doc.correlations;
		this.doc = doc;
		const ticket = this.onAccept?.({ cells: [], correlations: list });
		this.onChanges?.([], doc, [ticket]);
		this.revision++;
	}

	/**
	 * Undo and redo are worked out by the engine, so nothing can be journaled before it replies (~20–50 ms);
	 * until then leaving the page asks first (the library reads this), and the reply is saved like any edit.
	 */
	get undoInFlight() {
		return this.#undoing > 0;
	}
	#undoing = 0;
	#undoStep(p: Promise<unknown>) {
		this.#undoing++;
		return this.#track(p).finally(() => this.#undoing--);
	}
	undo = () => this.#undoStep(this.client.undo());
	redo = () => this.#undoStep(this.client.redo());
	// A fresh map per evaluation, never mutated: plain Map is right here.
	#issueMap = $derived(new Map(this.issues.map((i) => [i.name, i])));
	issueOf = (name: string) => this.#issueMap.get(name) ?? null;
}
