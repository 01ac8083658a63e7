/**
 * Keeping every edit of the open scenario: an accepted edit is journaled at once (durable before the engine
 * replies); once the engine has applied it, it is written merged, cell by cell, with what other tabs stored;
 * writes the browser refuses wait and go again (never dropped: retry.ts); a cell another tab changed differently
 * waits, shown side by side, for the planner's choice (clash-choice.svelte.ts).
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- private bookkeeping of writes and requests, never rendered */
import {
	diffDocs,
	type CellClash,
	type ForkCopy,
	type Patch,
	type ScenarioRepository,
	type StoreError
} from '../store';
import type { ScenarioDoc } from '../model/scenario';
import type { Change } from '../sheet/session';
import type { StorageKey } from '../i18n/messages/storage';
import { ClashChoice } from './clash-choice.svelte';
import { mergeHeld, remoteEdits } from './merge';
import type { MemoryShelf } from './memory';
import { OwedCopies } from './plan-copy.svelte';
import { Refused } from './retry';
import { saveStateOf, storageKeyOf, type SaveState } from './save-state';
import type { Accepted, Workbench } from './workbench.svelte';

/** An accepted edit on its way: the scenario it belongs to and its journal row's key once written. */
export interface Ticket {
	id: string;
	accepted: Accepted;
	key: Promise<number | null>;
}

/** What saving needs of the library around it. */
export interface SavingHost {
	readonly wb: Workbench;
	/** The browser's library; null while the work is kept in this tab's memory only. */
	readonly repo: ScenarioRepository | null;
	readonly currentId: string | null;
	readonly memory: MemoryShelf;
	/** Called when a journal row has committed (the benchmark times Enter to here). */
	readonly onJournaled: ((at: number) => void) | null;
	/**
	 * When `currentId` is the protected plan: makes its working copy from `base` and opens it at once
	 * (synchronously, so the edit's journal row names the copy); null for any other scenario.
	 */
	forkPlan(base: ScenarioDoc | null): ForkCopy | null;
	/** The copy is stored (with the edit's journal row): listed, and given the plan's register. */
	afterFork(copyId: string): Promise<void>;
	/** Refused writes are tried again every few seconds. */
	schedule(): void;
	refresh(): Promise<void>;
}

export class Saving {
	/** The red line: what is wrong with storage and what to do, in the planner's words; null when all is well. */
	problem = $state<{ key: StorageKey; vars?: Record<string, string> } | null>(null);
	saveState = $state<SaveState>('saved');

	#rev = 0;
	/** The scenario as this tab last saw it stored: a cell that differs in a newer stored copy is another tab's. */
	#known: ScenarioDoc | null = null;
	#queue: Promise<unknown> = Promise.resolve();
	#pending = 0;
	#writing = 0;
	/** Accepted edits whose engine reply has not come yet: their cells are this tab's, whatever another tab saves. */
	#waiting = new Set<Ticket>();
	/** Writes the browser refused, retried until they succeed (never dropped). */
	readonly #unsaved = new Refused();
	#journalFailed = false;
	/** Working copies of the plan the browser refused to store: made first by the next write to them. */
	readonly #forks = new OwedCopies();
	readonly #clash: ClashChoice;

	constructor(private host: SavingHost) {
		this.#clash = new ClashChoice(host, {
			stored: (rev, doc) => this.#stored(rev, doc),
			failed: (e) => this.failed(e),
			refreshState: () => this.refreshState()
		});
	}

	/** Cells this tab and another changed differently: shown side by side until the planner chooses. */
	get clash(): { id: string; cells: CellClash[] } | null {
		return this.#clash.current;
	}

	/** Resolves when every edit so far is saved (before an update reloads the page or another scenario opens). */
	settled = async () => {
		await this.host.wb.idle();
		if (!this.clash) await this.#queue;
	};

	/** True while leaving the page would lose something: the browser asks first. */
	get unsafeToLeave(): boolean {
		return (
			this.busy ||
			this.host.wb.undoInFlight ||
			this.clash !== null ||
			(!this.host.repo && this.host.memory.dirty.size > 0)
		);
	}

	/** Something accepted is not yet in the stored scenario (journaling, writing, or refused). */
	get busy(): boolean {
		return this.#pending > 0 || this.#writing > 0 || this.#unsaved.size > 0;
	}

	get hasUnsaved(): boolean {
		return this.#unsaved.size > 0;
	}

	/** The revision the open scenario was last stored at: what an export's lineage names. */
	get rev(): number {
		return this.#rev;
	}

	/** The open scenario as stored at revision `rev`: what later writes and other tabs' saves compare with. */
	opened(rev: number, doc: ScenarioDoc) {
		this.#rev = rev;
		this.#known = doc;
	}

	accept(a: Accepted): Ticket | null {
		const opened = this.host.currentId;
		if (!opened) return null;
		// The first edit to the plan goes into a working copy, made in the same write as the edit's journal row.
		const fork = this.host.forkPlan(this.host.repo ? this.#known : (this.host.memory.docs.get(opened) ?? null));
		if (fork) this.opened(1, fork.doc);
		const id = fork?.id ?? opened;
		const ticket: Ticket = { id, accepted: a, key: Promise.resolve(null) };
		this.#waiting.add(ticket);
		const repo = this.host.repo;
		if (!repo) {
			this.host.memory.dirty.add(id);
			return ticket;
		}
		this.#pending++;
		this.refreshState();
		const edit = {
			baseRev: this.#rev,
			at: Date.now(),
			cells: a.cells,
			uncertainty: a.uncertainty,
			...(a.correlations ? { correlations: a.correlations } : {}),
			// A whole doc (a new horizon, an actual) replayed over the copy keeps the copy's name.
			...(a.doc ? { doc: fork ? { ...a.doc, name: fork.doc.name } : a.doc } : {})
		};
		const written = fork ? repo.forkTimed(fork, edit) : repo.journalTimed({ scenarioId: id, ...edit });
		ticket.key = written.then(({ result: r, committedAt }) => {
			this.#pending--;
			if (r.ok) {
				this.#journalFailed = false;
				this.host.onJournaled?.(committedAt - performance.timeOrigin);
				if (fork) void this.host.afterFork(fork.id);
			} else {
				this.#journalFailed = true;
				if (fork) this.#forks.owe(fork, edit);
				this.failed(r.error);
			}
			this.refreshState();
			return r.ok ? r.value : null;
		});
		return ticket;
	}

	changed(changes: Change[], doc: ScenarioDoc, tickets: (Ticket | null)[]) {
		const tks = tickets.filter((t): t is Ticket => t !== null);
		for (const t of tks) this.#waiting.delete(t);
		const id = tks[0]?.id ?? this.host.currentId;
		if (!id) return;
		if (!this.host.repo) {
			if (id === this.host.currentId) {
				// The name as shown: a copy just made from the plan is named, the engine's doc may not be yet.
				const name = this.host.wb.doc?.name ?? doc.name;
				this.host.memory.docs.set(id, { ...($state.snapshot(doc) as ScenarioDoc), name });
			}
			if (changes.length || tks.length) this.host.memory.dirty.add(id);
			this.refreshState();
			return;
		}
		const at = Date.now();
		const patch: Patch = {
			changes: changes.map((c) => ({ at, cell: c.name, old: c.old, new: c.new })),
			ranges: tks.flatMap((t) => (t.accepted.uncertainty ? [t.accepted.uncertainty] : [])),
			correlations: tks.findLast((t) => t.accepted.correlations)?.accepted.correlations
		};
		this.enqueue(
			id,
			patch,
			tks.map((t) => t.key)
		);
	}

	/**
	 * The doc was replaced whole (horizon, start month, actuals, or their undo): saved whole after the writes
	 * queued before it, its cell changes in History, and the journal rows of the replacement (written when it was
	 * accepted, `tickets`) deleted in the same transaction. An undo or redo has no ticket (the engine works it out).
	 */
	replaced(doc: ScenarioDoc, tickets: (Ticket | null)[] = []) {
		const tks = tickets.filter((t): t is Ticket => t !== null);
		for (const t of tks) this.#waiting.delete(t);
		const opened = tks[0]?.id ?? this.host.currentId;
		if (!opened) return;
		let snap = $state.snapshot(doc) as ScenarioDoc;
		// A whole doc keeps the scenario's name: the engine's copy may still bear the plan's (a working copy
		// made by this very change, or an undo back past it).
		const name = this.host.repo ? this.#known?.name : this.host.memory.docs.get(opened)?.name;
		if (opened === this.host.currentId && name && snap.name !== name) {
			snap = { ...snap, name };
			const wb = this.host.wb;
			if (wb.doc) wb.doc = { ...wb.doc, name };
			void wb.client.setMeta({ name });
		}
		// The plan replaced whole with no journal row of its own (an undo or redo): the copy takes the new doc.
		const fork = tks.length ? null : this.host.forkPlan(snap);
		const id = fork?.id ?? opened;
		const repo = this.host.repo;
		if (!repo) {
			this.host.memory.docs.set(id, fork?.doc ?? snap);
			this.host.memory.dirty.add(id);
			return this.refreshState();
		}
		this.#writing++;
		this.refreshState();
		if (fork) this.opened(1, fork.doc);
		this.#queue = this.#queue.then(async () => {
			try {
				if (fork) {
					const f = await repo.forkTimed(fork, null);
					if (!f.result.ok) {
						this.#forks.owe(fork, null);
						this.#unsaved.hold(fork.id, { changes: [] });
						this.host.schedule();
						return this.failed(f.result.error);
					}
					return void (await this.host.afterFork(fork.id));
				}
				const journal = (await Promise.all(tks.map((t) => t.key))).filter((k): k is number => k !== null);
				const stored = await repo.get(id);
				const changes = stored.ok ? diffDocs(stored.value.doc, snap, Date.now()) : [];
				// A note changed alone is a History entry too; a merge is one whatever it changed, naming the file.
				const record = stored.ok && JSON.stringify(stored.value.doc.notes ?? {}) !== JSON.stringify(snap.notes ?? {});
				const merge = tks.find((t) => t.accepted.merge)?.accepted.merge;
				const r = await repo.save(id, snap, changes, undefined, journal, { record, ...(merge ? { merge } : {}) });
				if (!r.ok) return this.failed(r.error);
				if (id === this.host.currentId) this.opened(r.value.rev, snap);
			} finally {
				this.#writing--;
				this.refreshState();
			}
		});
	}

	/** Queues one merged write of `patch` (after the journal rows `keys`, which it then deletes); resolves once written. */
	enqueue(id: string, patch: Patch, keys: Promise<number | null>[] = []): Promise<unknown> {
		this.#writing++;
		this.refreshState();
		this.#queue = this.#queue.then(async () => {
			try {
				const journal = (await Promise.all(keys)).filter((k): k is number => k !== null);
				await this.#write(id, { ...patch, journal });
			} finally {
				this.#writing--;
				this.refreshState();
			}
		});
		return this.#queue;
	}

	/** One merged write; refused writes wait in `#unsaved` and go again with the next one (or the retry timer). */
	async #write(id: string, patch: Patch) {
		const all = mergeHeld(this.#unsaved.take(id), patch);
		const repo = this.host.repo;
		if (!repo) return void this.#unsaved.hold(id, all);
		// An owed copy first (with the edit's journal row, deleted by this write), then the write on top of it.
		const made = await this.#forks.make(repo, id);
		if (made && !made.ok) {
			this.#unsaved.hold(id, all);
			this.failed(made.error);
			return this.host.schedule();
		}
		if (made) {
			if (made.value !== null) all.journal = [...(all.journal ?? []), made.value];
			void this.host.afterFork(id);
		}
		const r = await repo.applyPatch(id, all);
		if (r.ok) {
			if (id === this.host.currentId) {
				this.#rev = r.value.rev;
				await this.#sync(r.value.doc);
			}
			// A refused journal row no longer matters once its edit is in the stored scenario.
			if (!this.#waiting.size) this.#journalFailed = false;
			if (!this.#unsaved.size && !this.#journalFailed && this.problem?.key !== 'storage.blocked') this.problem = null;
			return;
		}
		if (r.error.kind === 'clash') {
			// Nothing leaves this grid: the journal keeps my edit; the planner chooses; later writes wait.
			await this.#clash.hold(repo, id, r.error.cells, all);
			if (id === this.host.currentId) await this.#sync(r.error.stored.doc);
			await this.#clash.chosen();
			return;
		}
		this.#unsaved.hold(id, all);
		if (r.error.kind === 'conflict') this.say('storage.binned');
		else this.failed(r.error);
		this.host.schedule();
	}

	/** A clash nobody answered, found in the journal on opening scenario `id`: shown again until the planner chooses. */
	reopenClash(id: string, held: { cells: CellClash[]; rows: number[] }): Promise<void> {
		return this.#clash.reopen(id, held);
	}

	/** "Keep mine": my values on top of theirs, as a new revision. "Take theirs": mine saved, then theirs again. */
	resolve(keep: 'theirs' | 'mine'): Promise<void> {
		return this.#clash.resolve(keep);
	}

	/** Shows cells another tab stored, where this tab has nothing of its own pending for them. */
	async #sync(stored: ScenarioDoc) {
		const wb = this.host.wb;
		const known = this.#known;
		this.#known = stored;
		if (!known || !wb.doc || stored.years !== wb.doc.years) return;
		const mine = new Set<string>();
		for (const t of this.#waiting) for (const c of t.accepted.cells) mine.add(c.name);
		for (const c of this.#unsaved.cells()) mine.add(c);
		for (const c of this.clash?.cells ?? []) mine.add(c.cell);
		const edits = remoteEdits(stored, known, wb.cells, mine);
		if (stored.name !== wb.doc.name && known.name !== stored.name) {
			wb.doc = { ...wb.doc, name: stored.name };
			await wb.client.setMeta({ name: stored.name });
		}
		await wb.applyRemote(edits);
	}

	/** Another tab saved revision `rev` of scenario `id`: if it is the open one and newer, its cells are shown. */
	otherSaved(id: string, rev: number) {
		if (id !== this.host.currentId || rev <= this.#rev) return;
		this.#queue = this.#queue.then(async () => {
			const r = await this.host.repo?.get(id);
			if (!r?.ok || id !== this.host.currentId || r.value.rev <= this.#rev) return;
			this.#rev = r.value.rev;
			await this.#sync(r.value.doc);
		});
	}

	/** The open scenario was written here (a clash settled): nothing in it is another tab's to show. */
	async #stored(rev: number, doc: ScenarioDoc) {
		this.#rev = rev;
		this.#known = doc;
		await this.#sync(doc);
	}

	/** Refused writes go again (the retry timer, leaving the page); resolves once they are tried. */
	async retryUnsaved() {
		if (!this.#unsaved.size || !this.host.repo || this.clash) return;
		for (const id of this.#unsaved.ids()) this.enqueue(id, { changes: [] });
		await this.#queue;
	}

	failed(e: StoreError) {
		this.say(storageKeyOf(e), { detail: e.message });
	}

	say(key: StorageKey, vars?: Record<string, string>) {
		this.problem = { key, vars };
		this.refreshState();
	}

	refreshState() {
		this.saveState = saveStateOf({
			stored: this.host.repo !== null,
			refused: this.#unsaved.size > 0 || this.#journalFailed,
			busy: this.#pending > 0 || this.#writing > 0
		});
	}
}
