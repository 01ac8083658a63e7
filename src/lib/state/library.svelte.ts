/**
 * The scenario library on this page: which scenario is open, keeping every edit (journal at once, merged save
 * after the engine's reply), the list, what other tabs do to the same scenario, and what happens when the
 * browser's storage fails: the work goes on in memory, is said plainly, and is written once storage is back.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- private bookkeeping of writes and requests, never rendered */
import {
	cellOf,
	diffDocs,
	openLibraryChannel,
	ScenarioRepository,
	type CellClash,
	type JournalWriter,
	type LibraryChannel,
	type Patch,
	type RepositoryOptions,
	type ScenarioSummary,
	type StoreError
} from '../store';
import type { ScenarioDoc } from '../model/scenario';
import { allCells } from '../sheet/layout';
import type { Change } from '../sheet/session';
import { sw, type StorageKey } from '../i18n/messages/storage';
import type { Accepted, Workbench } from './workbench.svelte';

/** An accepted edit on its way: the scenario it belongs to and its journal row's key once written. */
interface Ticket {
	id: string;
	accepted: Accepted;
	key: Promise<number | null>;
}

export type SaveState = 'saved' | 'saving' | 'memory' | 'failed';

const RETRY_MS = 3000;

export class Library {
	/** The browser's library; null while the work is kept in this tab's memory only. */
	repo: ScenarioRepository | null = null;
	list = $state.raw<ScenarioSummary[]>([]);
	currentId = $state<string | null>(null);
	/** The red line: what is wrong with storage and what to do, in the planner's words; null when all is well. */
	problem = $state<{ key: StorageKey; vars?: Record<string, string> } | null>(null);
	saveState = $state<SaveState>('saved');
	/** Cells this tab and another changed differently: shown side by side until the planner chooses. */
	clash = $state<{ id: string; cells: CellClash[] } | null>(null);
	/** Called when a journal row has committed (the benchmark times Enter to here). */
	onJournaled: ((at: number) => void) | null = null;

	#rev = 0;
	/** The scenario as this tab last saw it stored: a cell that differs in a newer stored copy is another tab's. */
	#known: ScenarioDoc | null = null;
	#queue: Promise<unknown> = Promise.resolve();
	#channel: LibraryChannel | null = null;
	#pending = 0;
	#writing = 0;
	/** Accepted edits whose engine reply has not come yet: their cells are this tab's, whatever another tab saves. */
	#waiting = new Set<Ticket>();
	/** Writes the browser refused, retried until they succeed (never dropped). */
	#unsaved: { id: string; patch: Patch }[] = [];
	#journalFailed = false;
	#clashPatch: Patch | null = null;
	#clashDone: (() => void) | null = null;
	#retry: ReturnType<typeof setInterval> | null = null;
	/** Memory mode: scenarios kept in this tab, and which of them were edited (to be written when storage is back). */
	#memory = new Map<string, ScenarioDoc>();
	#dirty = new Set<string>();
	#fallback: ScenarioDoc | null = null;
	/** A library that opened but refused the first write (tiny quota): tried again now and then. */
	#candidate: ScenarioRepository | null = null;

	/** Built by the composition root (state/app.ts); tests pass a fresh database and channel. */
	constructor(
		private wb: Workbench,
		private deps: {
			repository?: RepositoryOptions;
			channel?: () => LibraryChannel;
			/** Writes the journal from its own thread (state/app.ts passes the worker; tests write in process). */
			journalWriter?: () => JournalWriter | null;
		} = {}
	) {}

	/** Resolves when every edit so far is saved (before an update reloads the page). */
	settled = async () => {
		await this.wb.idle();
		if (!this.clash) await this.#queue;
	};

	/** True while leaving the page would lose something: the browser asks first. */
	get unsafeToLeave(): boolean {
		return (
			this.#pending > 0 ||
			this.#writing > 0 ||
			this.wb.undoInFlight ||
			this.#unsaved.length > 0 ||
			this.clash !== null ||
			(!this.repo && this.#dirty.size > 0)
		);
	}

	/** Opens the library and the last opened scenario, or stores `fallback` (the plan) as the first one. */
	async start(fallback: ScenarioDoc) {
		this.#fallback = fallback;
		this.wb.onAccept = (a) => this.#accept(a);
		this.wb.onChanges = (changes, doc, tickets) => this.#changed(changes, doc, tickets as (Ticket | null)[]);
		this.wb.onDoc = (doc) => this.#replaced(doc);
		this.#listen();
		this.#channel = (this.deps.channel ?? openLibraryChannel)();
		let memory: Promise<void> | null = null;
		const opening = ScenarioRepository.open({
			...this.deps.repository,
			channel: this.#channel,
			// An old tab holds the library: open on the plan in memory now, write it all once that tab lets go.
			onBlocked: () => {
				this.#say('blocked');
				memory ??= this.#startMemory(fallback);
			},
			onClosed: (e) => void this.#lost(e)
		});
		const r = await opening;
		if (!r.ok) {
			this.#say(r.error.kind === 'blocked' ? 'newer' : 'noIndexedDb');
			await (memory ??= this.#startMemory(fallback));
			return;
		}
		if (memory) {
			await memory;
			await this.#adopt(r.value);
			return;
		}
		this.#useRepo(r.value);
		await this.refresh();
		const last = await r.value.getLastOpened();
		if (last.ok && last.value && (await this.open(last.value))) return;
		const made = await r.value.create(fallback);
		if (made.ok) {
			await this.refresh();
			if (await this.open(made.value.id)) return;
		}
		// The library opens but refuses to store even the plan (a tiny quota): work in memory, try again later.
		this.repo = null;
		this.#candidate = r.value;
		this.#say(made.ok ? 'failed' : this.#keyOf(made.error), made.ok ? {} : { detail: made.error.message });
		await this.#startMemory(fallback);
		this.#schedule();
	}

	async refresh() {
		if (!this.repo) {
			this.list = [...this.#memory].map(([id, d]) => ({
				id,
				name: d.name,
				description: d.description,
				rev: 0,
				updatedAt: 0,
				deletedAt: null
			}));
			return;
		}
		const l = await this.repo.list();
		if (l.ok) this.list = l.value;
	}

	async open(id: string): Promise<boolean> {
		if (!this.repo) {
			const doc = this.#memory.get(id);
			if (!doc) return false;
			await this.wb.idle();
			this.currentId = id;
			await this.wb.open(doc);
			return true;
		}
		// The scenario being left is saved first, so no reply of its edits lands in the next one.
		await this.wb.idle();
		if (!this.clash) await this.#queue;
		const r = await this.repo.recover(id);
		if (!r.ok) return false;
		const { record, replayed } = r.value;
		this.currentId = id;
		this.#rev = record.rev;
		this.#known = record.doc;
		await this.repo.setLastOpened(id);
		await this.wb.open(record.doc);
		if (replayed) await this.refresh();
		return true;
	}

	async create(doc: ScenarioDoc) {
		if (!this.repo) {
			// Nothing is replaced: the new scenario joins the ones this tab keeps in memory.
			const id = crypto.randomUUID();
			this.#memory.set(id, doc);
			await this.refresh();
			await this.open(id);
			return;
		}
		const r = await this.repo.create(doc);
		if (!r.ok) return void this.#say(this.#keyOf(r.error), { detail: r.error.message });
		await this.refresh();
		await this.open(r.value.id);
	}

	async duplicate(name: string) {
		if (!this.currentId) return;
		if (!this.repo) return this.create({ ...($state.snapshot(this.wb.doc) as ScenarioDoc), name });
		await this.settled();
		const r = await this.repo.duplicate(this.currentId, name);
		if (r.ok) {
			await this.refresh();
			await this.open(r.value.id);
		} else this.#say(this.#keyOf(r.error), { detail: r.error.message });
	}

	async rename(name: string) {
		const id = this.currentId;
		if (!id || !this.wb.doc) return;
		this.wb.doc = { ...this.wb.doc, name };
		// The engine's copy of the doc is what XLSX exports: it must carry the new name too.
		await this.wb.client.setMeta({ name });
		if (!this.repo) {
			this.#memory.set(id, $state.snapshot(this.wb.doc) as ScenarioDoc);
			this.#dirty.add(id);
			return this.refresh();
		}
		this.#enqueue(id, { changes: [], name }, []);
		await this.#queue;
		await this.refresh();
	}

	/** Soft delete: the scenario goes to the bin and can be restored. In memory, it is gone (so it asks). */
	async remove(fallback: ScenarioDoc): Promise<string | null> {
		const id = this.currentId;
		if (!id) return null;
		if (!this.repo) {
			const name = this.wb.doc?.name ?? '';
			if (!confirm(sw(this.wb.lang, 'deleteMemory', { name }))) return null;
			this.#memory.delete(id);
			this.#dirty.delete(id);
			await this.refresh();
			if (this.list[0]) await this.open(this.list[0].id);
			else await this.create(fallback);
			return null;
		}
		await this.settled();
		const r = await this.repo.softDelete(id);
		if (!r.ok) return (this.#say(this.#keyOf(r.error), { detail: r.error.message }), null);
		await this.refresh();
		if (this.list[0]) await this.open(this.list[0].id);
		else await this.create(fallback);
		return id;
	}

	async undelete(id: string) {
		const r = await this.repo?.restore(id);
		if (r?.ok) {
			await this.refresh();
			await this.open(id);
		}
	}

	/** "Keep mine": my values on top of theirs, as a new revision. "Take theirs": mine saved, then theirs again. */
	async resolve(keep: 'theirs' | 'mine') {
		const c = this.clash;
		const patch = this.#clashPatch;
		if (!c || !patch || !this.repo) return;
		const stored = await this.repo.get(c.id);
		if (!stored.ok) return;
		const clashing = new Set(c.cells.map((x) => x.cell));
		// Rebased on what is stored now: the clashing cells' starting value is theirs, so mine goes on top.
		const rebased: Patch = {
			...patch,
			changes: patch.changes.map((ch) =>
				clashing.has(ch.cell) ? { ...ch, old: cellOf(stored.value.doc, ch.cell) ?? null } : ch
			)
		};
		const r = await this.repo.applyPatch(c.id, rebased);
		if (!r.ok) {
			if (r.error.kind === 'clash') this.clash = { id: c.id, cells: r.error.cells };
			else this.#say(this.#keyOf(r.error), { detail: r.error.message });
			return;
		}
		let doc = r.value.doc;
		let rev = r.value.rev;
		if (keep === 'theirs') {
			// Mine is in History (the revision just written); theirs goes back on top of it.
			const at = Date.now();
			const back = c.cells.map((x) => ({
				at,
				cell: x.cell,
				old: cellOf(doc, x.cell) ?? null,
				new: cellOf(stored.value.doc, x.cell) ?? null
			}));
			const t = await this.repo.applyPatch(c.id, { changes: back });
			if (t.ok) ({ doc, rev } = t.value);
			if (c.id === this.currentId) await this.wb.applyRemote(back.map((b) => ({ name: b.cell, cell: b.new })));
		}
		if (c.id === this.currentId) {
			this.#rev = rev;
			this.#known = doc;
			await this.#sync(doc);
		}
		this.clash = null;
		this.#clashPatch = null;
		this.#clashDone?.();
		this.#clashDone = null;
		this.#refreshState();
		await this.refresh();
	}

	// ——— durable edits ———

	#accept(a: Accepted): Ticket | null {
		const id = this.currentId;
		if (!id) return null;
		const ticket: Ticket = { id, accepted: a, key: Promise.resolve(null) };
		this.#waiting.add(ticket);
		const repo = this.repo;
		if (!repo) {
			this.#dirty.add(id);
			return ticket;
		}
		this.#pending++;
		this.#refreshState();
		ticket.key = repo
			.journalTimed({
				scenarioId: id,
				baseRev: this.#rev,
				at: Date.now(),
				cells: a.cells,
				uncertainty: a.uncertainty,
				...(a.correlations ? { correlations: a.correlations } : {})
			})
			.then(({ result: r, committedAt }) => {
				this.#pending--;
				if (r.ok) {
					this.#journalFailed = false;
					this.onJournaled?.(committedAt - performance.timeOrigin);
				} else {
					this.#journalFailed = true;
					this.#failed(r.error);
				}
				this.#refreshState();
				return r.ok ? r.value : null;
			});
		return ticket;
	}

	#changed(changes: Change[], doc: ScenarioDoc, tickets: (Ticket | null)[]) {
		const tks = tickets.filter((t): t is Ticket => t !== null);
		for (const t of tks) this.#waiting.delete(t);
		const id = tks[0]?.id ?? this.currentId;
		if (!id) return;
		if (!this.repo) {
			if (id === this.currentId) this.#memory.set(id, $state.snapshot(doc) as ScenarioDoc);
			if (changes.length || tks.length) this.#dirty.add(id);
			this.#refreshState();
			return;
		}
		const at = Date.now();
		const patch: Patch = {
			changes: changes.map((c) => ({ at, cell: c.name, old: c.old, new: c.new })),
			ranges: tks.flatMap((t) => (t.accepted.uncertainty ? [t.accepted.uncertainty] : [])),
			correlations: tks.findLast((t) => t.accepted.correlations)?.accepted.correlations
		};
		this.#enqueue(
			id,
			patch,
			tks.map((t) => t.key)
		);
	}

	/**
	 * The doc was replaced whole (horizon, start month, actuals, or their undo): saved whole after the writes
	 * queued before it, its cell changes in History. Not journaled: it is one write, queued at once.
	 */
	#replaced(doc: ScenarioDoc) {
		const id = this.currentId;
		if (!id) return;
		const snap = $state.snapshot(doc) as ScenarioDoc;
		if (!this.repo) {
			this.#memory.set(id, snap);
			this.#dirty.add(id);
			return this.#refreshState();
		}
		const repo = this.repo;
		this.#writing++;
		this.#refreshState();
		this.#queue = this.#queue.then(async () => {
			try {
				const stored = await repo.get(id);
				const changes = stored.ok ? diffDocs(stored.value.doc, snap, Date.now()) : [];
				const r = await repo.save(id, snap, changes);
				if (!r.ok) return this.#failed(r.error);
				if (id === this.currentId) {
					this.#rev = r.value.rev;
					this.#known = snap;
				}
			} finally {
				this.#writing--;
				this.#refreshState();
			}
		});
	}

	#enqueue(id: string, patch: Patch, keys: Promise<number | null>[]) {
		this.#writing++;
		this.#refreshState();
		this.#queue = this.#queue.then(async () => {
			try {
				const journal = (await Promise.all(keys)).filter((k): k is number => k !== null);
				await this.#write(id, { ...patch, journal });
			} finally {
				this.#writing--;
				this.#refreshState();
			}
		});
	}

	/** One merged write; refused writes wait in `#unsaved` and go again with the next one (or the retry timer). */
	async #write(id: string, patch: Patch) {
		const held = this.#unsaved.filter((u) => u.id === id).map((u) => u.patch);
		this.#unsaved = this.#unsaved.filter((u) => u.id !== id);
		const all: Patch = {
			changes: [...held.flatMap((p) => p.changes), ...patch.changes],
			ranges: [...held.flatMap((p) => p.ranges ?? []), ...(patch.ranges ?? [])],
			name: patch.name ?? held.findLast((p) => p.name !== undefined)?.name,
			correlations: patch.correlations ?? held.findLast((p) => p.correlations)?.correlations,
			journal: [...held.flatMap((p) => p.journal ?? []), ...(patch.journal ?? [])]
		};
		const repo = this.repo;
		if (!repo) return void this.#unsaved.push({ id, patch: all });
		const r = await repo.applyPatch(id, all);
		if (r.ok) {
			if (id === this.currentId) {
				this.#rev = r.value.rev;
				await this.#sync(r.value.doc);
			}
			// A refused journal row no longer matters once its edit is in the stored scenario.
			if (!this.#waiting.size) this.#journalFailed = false;
			if (!this.#unsaved.length && !this.#journalFailed && this.problem?.key !== 'blocked') this.problem = null;
			return;
		}
		if (r.error.kind === 'clash') {
			// Nothing leaves this grid: the journal keeps my edit; the planner chooses; later writes wait.
			this.clash = { id, cells: r.error.cells };
			this.#clashPatch = all;
			if (id === this.currentId) await this.#sync(r.error.stored.doc);
			await new Promise<void>((resolve) => (this.#clashDone = resolve));
			return;
		}
		this.#unsaved.push({ id, patch: all });
		if (r.error.kind === 'conflict') this.#say('binned');
		else this.#failed(r.error);
		this.#schedule();
	}

	/** Shows cells another tab stored, where this tab has nothing of its own pending for them. */
	async #sync(stored: ScenarioDoc) {
		const known = this.#known;
		this.#known = stored;
		if (!known || !this.wb.doc || stored.years !== this.wb.doc.years) return;
		const mine = new Set<string>();
		for (const t of this.#waiting) for (const c of t.accepted.cells) mine.add(c.name);
		for (const u of this.#unsaved) for (const c of u.patch.changes) mine.add(c.cell);
		for (const c of this.clash?.cells ?? []) mine.add(c.cell);
		const edits: { name: string; cell: ScenarioDoc['params'][string]['cells'][number] }[] = [];
		for (const { name } of allCells(stored.years)) {
			const s = cellOf(stored, name);
			const k = cellOf(known, name);
			if (s === undefined || s === k || mine.has(name) || this.wb.cells[name] !== k) continue;
			if (this.wb.cells[name] !== s) edits.push({ name, cell: s });
		}
		if (stored.name !== this.wb.doc.name && known.name !== stored.name) {
			this.wb.doc = { ...this.wb.doc, name: stored.name };
			await this.wb.client.setMeta({ name: stored.name });
		}
		await this.wb.applyRemote(edits);
	}

	async #onOther(m: { type: string; id?: string; rev?: number }) {
		await this.refresh();
		if (m.type !== 'saved' || m.id !== this.currentId || (m.rev ?? 0) <= this.#rev) return;
		const id = m.id;
		this.#queue = this.#queue.then(async () => {
			const r = await this.repo?.get(id);
			if (!r?.ok || id !== this.currentId || r.value.rev <= this.#rev) return;
			this.#rev = r.value.rev;
			await this.#sync(r.value.doc);
		});
	}

	// ——— storage faults ———

	async #startMemory(fallback: ScenarioDoc) {
		this.repo = null;
		const id = crypto.randomUUID();
		this.#memory.set(id, fallback);
		this.currentId = id;
		await this.refresh();
		await this.wb.open(fallback);
		this.#refreshState();
	}

	/** Storage is back: the scenarios edited in memory are written to the library, and the line clears. */
	async #adopt(repo: ScenarioRepository) {
		await this.wb.idle();
		const current = this.currentId;
		const ids = new Map<string, string>();
		for (const [id, doc] of this.#memory) {
			if (!this.#dirty.has(id)) continue;
			const r = await repo.create(id === current ? ($state.snapshot(this.wb.doc) as ScenarioDoc) : doc);
			if (!r.ok) return void (this.#candidate = repo);
			ids.set(id, r.value.id);
		}
		this.#candidate = null;
		this.#memory.clear();
		this.#dirty.clear();
		this.#useRepo(repo);
		this.problem = null;
		await this.refresh();
		const target = current ? ids.get(current) : undefined;
		if (target && (await this.open(target))) return this.#refreshState();
		const last = await repo.getLastOpened();
		if (last.ok && last.value && (await this.open(last.value))) return this.#refreshState();
		if (this.list[0] && (await this.open(this.list[0].id))) return this.#refreshState();
		await this.create(this.#fallback!);
		this.#refreshState();
	}

	/** This tab's connection was taken away (a newer version upgraded the library): go on in memory. */
	async #lost(e: StoreError) {
		const id = this.currentId;
		this.repo = null;
		this.#say(e.kind === 'blocked' ? 'newer' : 'failed', { detail: e.message });
		await this.wb.idle();
		this.#memory.clear();
		if (id && this.wb.doc) {
			this.#memory.set(id, $state.snapshot(this.wb.doc) as ScenarioDoc);
			// Anything not yet stored is at least in this tab, and the browser asks before it is closed.
			if (this.#unsaved.length || this.#pending || this.#writing) this.#dirty.add(id);
		}
		await this.refresh();
		this.#refreshState();
	}

	#useRepo(repo: ScenarioRepository) {
		this.repo = repo;
		const writer = this.deps.journalWriter?.();
		if (writer) repo.useJournalWriter(writer);
		this.#channel?.subscribe((m) => void this.#onOther(m));
	}

	/** Refused writes and a library waiting to be usable are tried again every few seconds and on leaving. */
	#schedule() {
		this.#retry ??= setInterval(() => void this.#retryNow(), RETRY_MS);
	}

	async #retryNow() {
		if (this.#candidate && !this.repo) {
			await this.#adopt(this.#candidate);
		} else if (this.#unsaved.length && this.repo && !this.clash) {
			const ids = [...new Set(this.#unsaved.map((u) => u.id))];
			for (const id of ids) this.#enqueue(id, { changes: [] }, []);
			await this.#queue;
		}
		if (!this.#candidate && !this.#unsaved.length && this.#retry) {
			clearInterval(this.#retry);
			this.#retry = null;
		}
	}

	#listen() {
		if (typeof window === 'undefined') return;
		window.addEventListener('beforeunload', (e) => {
			if (!this.unsafeToLeave) return;
			e.preventDefault();
			e.returnValue = '';
		});
		// Journal rows are written as edits are accepted; leaving only needs the refused ones tried once more.
		const flush = () => void this.#retryNow();
		window.addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
	}

	#keyOf(e: StoreError): StorageKey {
		if (e.kind === 'quota') return 'quota';
		if (e.kind === 'blocked') return 'newer';
		return 'failed';
	}

	#failed(e: StoreError) {
		this.#say(this.#keyOf(e), { detail: e.message });
	}

	#say(key: StorageKey, vars?: Record<string, string>) {
		this.problem = { key, vars };
		this.#refreshState();
	}

	#refreshState() {
		this.saveState = !this.repo
			? 'memory'
			: this.#unsaved.length || this.#journalFailed
				? 'failed'
				: this.#pending || this.#writing
					? 'saving'
					: 'saved';
	}
}
