/**
 * The scenario library on this page: which scenario is open, the list, creating, copying, renaming and
 * deleting, and what happens when the browser's storage fails: the work goes on in memory, is said plainly,
 * and is written once storage is back. Keeping each edit is `Saving`'s (saving.svelte.ts).
 */
import { LibraryStore } from './library-store';
import {
	diffDocs,
	openLibraryChannel,
	ScenarioRepository,
	type JournalWriter,
	type LibraryChannel,
	type RepositoryOptions,
	type ScenarioSummary,
	type ForkCopy,
	type FundUseInputs,
	uniqueName
} from '../store';
import type { ScenarioDoc } from '../model/scenario';
import { t } from '../i18n';
import { envelope, type Kept } from '../register/stored';
import { watchLeaving } from './leaving';
import { MemoryShelf } from './memory';
import { afterFork, backToPlan, forkPlan, type Forked, type PlanCopyHost } from './plan-copy.svelte';
import { RetrySchedule, type RetryHost } from './retry';
import { Saving, type Ticket } from './saving.svelte';
import { StorageFaults, type FaultsHost } from './storage-faults.svelte';
import { storageKeyOf } from './save-state';
import type { Workbench } from './workbench.svelte';

export type { SaveState } from './save-state';

/** What an imported file may carry beside the scenario, stored with it. */
export interface Carried {
	register?: Kept;
	fundUse?: FundUseInputs;
}

export class Library implements PlanCopyHost, FaultsHost, RetryHost {
	/** The browser's library; null while the work is kept in this tab's memory only. */
	repo: ScenarioRepository | null = null;
	/** History, backups and registers for the screens, which never hold the repository themselves. */
	readonly store = new LibraryStore(() => this.repo);
	list = $state.raw<ScenarioSummary[]>([]);
	currentId = $state<string | null>(null);
	/** The protected plan (store/plan.ts): its first edit goes into a working copy; null when there is none. */
	planId = $state<string | null>(null);
	/** The working copy the plan's first edit went into, announced until another scenario opens. */
	forked = $state<Forked | null>(null);
	/** How many working copies of the plan there were when this tab last opened it (fork.ts). */
	planForks = 0;
	/**
	 * Bumped when an imported file's fund-use inputs have been stored for a scenario: the fund-use plan reads them
	 * again even when that scenario is the one it shows (a file replacing the open scenario).
	 */
	carriedStamp = $state(0);
	/** Called when a journal row has committed (the benchmark times Enter to here). */
	onJournaled: ((at: number) => void) | null = null;
	/** Memory mode: scenarios kept in this tab, and which of them were edited (to be written when storage is back). */
	readonly memory = new MemoryShelf();
	readonly saving: Saving = new Saving(this);
	/** Storage failing and coming back: the work in memory meanwhile (storage-faults.svelte.ts). */
	readonly faults: StorageFaults = new StorageFaults(this, () => this.#fallback);
	/** Refused writes and a library waiting to be usable, tried again until nothing is owed (retry.ts). */
	readonly retry: RetrySchedule = new RetrySchedule(this);

	#channel: LibraryChannel | null = null;
	#fallback: ScenarioDoc | null = null;

	/** Built by the composition root (state/app.ts); tests pass a fresh database and channel. */
	constructor(
		readonly wb: Workbench,
		private deps: {
			repository?: RepositoryOptions;
			channel?: () => LibraryChannel;
			/** Writes the journal from its own thread (state/app.ts passes the worker; tests write in process). */
			journalWriter?: () => JournalWriter | null;
		} = {}
	) {}

	/** The red line: what is wrong with storage and what to do; null when all is well. */
	get problem() {
		return this.saving.problem;
	}
	get saveState() {
		return this.saving.saveState;
	}
	/** Cells this tab and another changed differently: shown side by side until the planner chooses. */
	get clash() {
		return this.saving.clash;
	}
	/** True while leaving the page would lose something: the browser asks first. */
	get unsafeToLeave(): boolean {
		return this.saving.unsafeToLeave;
	}
	/** Resolves when every edit so far is saved (before an update reloads the page). */
	settled = () => this.saving.settled();
	/** "Keep mine": my values on top of theirs, as a new revision. "Take theirs": mine saved, then theirs again. */
	resolve = (keep: 'theirs' | 'mine') => this.saving.resolve(keep);

	/** Opens the library and the last opened scenario, or stores `fallback` (the plan) as the first one. */
	async start(fallback: ScenarioDoc) {
		this.#fallback = fallback;
		this.wb.onAccept = (a) => this.saving.accept(a);
		this.wb.onChanges = (changes, doc, tickets) => this.saving.changed(changes, doc, tickets as (Ticket | null)[]);
		this.wb.onDoc = (doc, tickets) => this.saving.replaced(doc, tickets as (Ticket | null)[]);
		watchLeaving(
			() => this.unsafeToLeave,
			() => void this.retry.retryNow()
		);
		this.#channel = (this.deps.channel ?? openLibraryChannel)();
		let memory: Promise<void> | null = null;
		const opening = ScenarioRepository.open({
			...this.deps.repository,
			channel: this.#channel,
			// An old tab holds the library: open on the plan in memory now, write it all once that tab lets go.
			onBlocked: () => {
				this.saving.say('storage.blocked');
				memory ??= this.faults.startMemory(fallback);
			},
			onClosed: (e) => void this.faults.lost(e)
		});
		const r = await opening;
		if (!r.ok) {
			this.saving.say(r.error.kind === 'blocked' ? 'storage.newer' : 'storage.noIndexedDb');
			await (memory ??= this.faults.startMemory(fallback));
			return;
		}
		if (memory) {
			await memory;
			await this.faults.adopt(r.value);
			return;
		}
		this.useRepo(r.value);
		await this.refresh();
		await this.notePlan();
		const last = await r.value.getLastOpened();
		if (last.ok && last.value && (await this.open(last.value))) return;
		// A library whose "last opened" was never written (storage refused it on the first visit) opens on the
		// plan it holds, or its first scenario: a second copy of the plan would be a second "规划原文".
		if (this.planId && (await this.open(this.planId))) return;
		if (this.list[0] && (await this.open(this.list[0].id))) return;
		const made = await r.value.create(fallback);
		if (made.ok) {
			await this.refresh();
			await this.notePlan();
			// The record just made from the plan is the plan, noted or not.
			this.planId ??= made.value.id;
			if (await this.open(made.value.id)) return;
		}
		// The library opens but refuses to store even the plan (a tiny quota): work in memory, try again later.
		this.repo = null;
		this.faults.candidate = r.value;
		this.saving.say(
			made.ok ? 'storage.failed' : storageKeyOf(made.error),
			made.ok ? {} : { detail: made.error.message }
		);
		await this.faults.startMemory(fallback);
		this.schedule();
	}

	async refresh() {
		if (!this.repo) {
			this.list = this.memory.summaries();
			return;
		}
		const l = await this.repo.list();
		if (l.ok) this.list = l.value;
	}

	async open(id: string): Promise<boolean> {
		if (!this.repo) {
			const doc = this.memory.docs.get(id);
			if (!doc) return false;
			await this.wb.idle();
			if (this.forked && id !== this.forked.copyId) this.forked = null;
			this.currentId = id;
			await this.wb.open(doc);
			return true;
		}
		// The scenario being left is saved first, so no reply of its edits lands in the next one.
		await this.saving.settled();
		if (this.forked && id !== this.forked.copyId) this.forked = null;
		const r = await this.repo.recover(id);
		if (!r.ok) return false;
		const { record, replayed, clash } = r.value;
		// The copies of the plan made so far, as this tab opens it: its first edit names the next one (fork.ts).
		if (id === this.planId) this.planForks = await this.repo.forksOf(id).then((f) => (f.ok ? f.value : 0));
		this.currentId = id;
		this.saving.opened(record.rev, record.doc);
		// Shown first (the figures do not wait for the engine), then noted as the one to reopen next time.
		const shown = this.wb.open(record.doc);
		await this.repo.setLastOpened(id);
		await shown;
		// A clash left unanswered (here before a reload, or in another tab) waits for the planner.
		if (clash) await this.saving.reopenClash(id, clash);
		if (replayed) await this.refresh();
		return true;
	}

	/** A name no scenario in the library has yet: `name`, or "name (2)", "(3)" … (names.ts). */
	freeName(name: string, except?: string): string {
		return uniqueName(
			name,
			this.list.filter((s) => s.id !== except).map((s) => s.name)
		);
	}

	/**
	 * Adds `doc` as a new scenario and opens it; a name the library already has gets "(2)", "(3)" … A `register`
	 * and fund-use inputs the file carried are stored with it before it opens (so their screens find them).
	 */
	async create(given: ScenarioDoc, carried: Carried = {}) {
		await this.refresh();
		const doc = { ...given, name: this.freeName(given.name) };
		if (!this.repo) {
			// Nothing is replaced: the new scenario joins the ones this tab keeps in memory.
			const id = crypto.randomUUID();
			this.memory.docs.set(id, doc);
			await this.refresh();
			await this.open(id);
			return;
		}
		const r = await this.repo.create(doc);
		if (!r.ok) return void this.saving.failed(r.error);
		await this.#keepCarried(r.value.id, carried);
		await this.refresh();
		await this.open(r.value.id);
	}

	async #keepCarried(id: string, { register, fundUse }: Carried) {
		const r = register ? await this.repo?.putRegister(id, envelope(register)) : undefined;
		if (r && !r.ok) this.saving.failed(r.error);
		const f = fundUse ? await this.repo?.putFundUse(id, fundUse) : undefined;
		if (f && !f.ok) this.saving.failed(f.error);
		if (f?.ok) this.carriedStamp++;
	}

	async duplicate(wanted: string) {
		if (!this.currentId) return;
		await this.refresh();
		const name = this.freeName(wanted);
		if (!this.repo) return this.create({ ...($state.snapshot(this.wb.doc) as ScenarioDoc), name });
		await this.settled();
		const r = await this.repo.duplicate(this.currentId, name);
		if (r.ok) {
			await this.refresh();
			await this.open(r.value.id);
		} else this.saving.failed(r.error);
	}

	async rename(wanted: string) {
		const id = this.currentId;
		if (!id || !this.wb.doc) return;
		await this.refresh();
		const name = this.freeName(wanted, id);
		this.wb.doc = { ...this.wb.doc, name };
		// The engine's copy of the doc is what XLSX exports: it must carry the new name too.
		await this.wb.client.setMeta({ name });
		if (!this.repo) {
			this.memory.docs.set(id, $state.snapshot(this.wb.doc) as ScenarioDoc);
			this.memory.dirty.add(id);
			return this.refresh();
		}
		await this.saving.enqueue(id, { changes: [], name });
		await this.refresh();
	}

	/** Soft delete: the scenario goes to the bin and can be restored. In memory, it is gone (so it asks). */
	async remove(fallback: ScenarioDoc): Promise<string | null> {
		const id = this.currentId;
		if (!id) return null;
		if (!this.repo) {
			const name = this.wb.doc?.name ?? '';
			if (!confirm(t(this.wb.lang, 'storage.deleteMemory', { name }))) return null;
			this.memory.docs.delete(id);
			this.memory.dirty.delete(id);
			await this.refresh();
			if (this.list[0]) await this.open(this.list[0].id);
			else await this.create(fallback);
			return null;
		}
		await this.settled();
		const r = await this.repo.softDelete(id);
		if (!r.ok) return (this.saving.failed(r.error), null);
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

	/**
	 * An imported file takes the place of scenario `id` (same name); what it held stays in History. A register and
	 * fund-use inputs the file carries replace the kept ones; a file without them leaves those as they were.
	 */
	async replace(id: string, doc: ScenarioDoc, carried: Carried = {}) {
		if (!this.repo) {
			this.memory.docs.set(id, doc);
			this.memory.dirty.add(id);
			await this.refresh();
			await this.open(id);
			return;
		}
		await this.settled();
		const stored = await this.repo.get(id);
		const changes = stored.ok ? diffDocs(stored.value.doc, doc, Date.now()) : [];
		const r = await this.repo.save(id, doc, changes);
		if (!r.ok) return void this.saving.failed(r.error);
		await this.#keepCarried(id, carried);
		await this.refresh();
		await this.open(id);
	}

	// ——— the protected plan (plan-copy.svelte.ts) ———

	/** Called by saving as the plan's first edit is accepted: the working copy, opened at once. */
	forkPlan = (base: ScenarioDoc | null): ForkCopy | null => forkPlan(this, base);
	/** The announcement's undo: the copy goes to the bin and the plan, unchanged, opens again. */
	backToPlan = () => backToPlan(this);
	afterFork = (copyId: string) => afterFork(this, copyId);
	/** The announcement is put away; the copy stays open. */
	dismissFork = () => void (this.forked = null);

	/** Notes which stored scenario is the protected plan (for the library's parts too). */
	async notePlan() {
		const r = await this.repo?.planId(this.#fallback?.name ?? '');
		this.planId = r?.ok ? r.value : null;
	}

	// ——— storage faults (storage-faults.svelte.ts, retry.ts) ———

	/** Refused writes and a library waiting to be usable are tried again every few seconds and on leaving. */
	schedule = () => this.retry.schedule();

	/** Starts keeping the work in `repo` (for the library's parts: storage-faults.svelte.ts). */
	useRepo(repo: ScenarioRepository) {
		this.repo = repo;
		const writer = this.deps.journalWriter?.();
		if (writer) repo.useJournalWriter(writer);
		this.#channel?.subscribe((m) => void this.#onOther(m));
	}

	async #onOther(m: { type: string; id?: string; rev?: number }) {
		await this.refresh();
		if (m.type === 'saved' && m.id) this.saving.otherSaved(m.id, m.rev ?? 0);
	}
}
