/**
 * The scenario library as one object: a thin facade over the free functions of this folder that also tells
 * other tabs about every committed write. Every method resolves to a `StoreResult`; none throws.
 */
import type { ScenarioDoc } from '../model/scenario';
import { exportBackup, importBackup, type ExportOptions, type ImportOptions, type ImportReport } from './backup';
import type { Backup } from './backup-schema';
import { listDeleted, purge, purgeDeleted, restore, softDelete } from './bin';
import type { LibraryChannel, LibraryMessage } from './channel';
import { openWorkbenchDb, type OpenOptions } from './db';
import { history, restoreFromHistory, type HistoryEntry } from './history';
import { addJournal, applyPatch, pendingJournal, recover, type Patch, type Patched, type Recovered } from './journal';
import { holdClash } from './held-clash';
import { forksOf, forkWithEdit, type ForkCopy, type ForkEdit } from './fork';
import { mirrorOpened } from '../offline/first-paint';
import type { Forked, JournalApi, Journaled } from './journal-writer';
import { planId } from './plan';
import { copyRegister, getLastOpened, getRegister, putRegister, setLastOpened } from './meta';
import { copyFundUse, getFundUse, putFundUse } from './fund-use';
import type { FundUseInputs } from './fund-use-schema';
import { ok, type CellClash, type StoreResult } from './result';
import type { CellChange, JournalRecord, MergeRecord, ScenarioRecord } from './schema';
import { create, duplicate, get, list, rename, save, type Saved, type ScenarioSummary } from './scenarios';
import type { Ctx } from './tx';

export interface RepositoryOptions extends OpenOptions {
	/** Posts `saved`/`removed` after each committed write (see channel.ts). */
	channel?: LibraryChannel;
	/** Injected by tests; the app keeps the defaults. */
	now?: () => number;
	newId?: () => string;
	/** Entries kept per scenario; older ones are dropped on save. Default 1000 (~4 MB a scenario). */
	historyLimit?: number;
}

/** The journal worker as the page sees it (comlink's proxy of `JournalApi`). */
export type JournalWriter = {
	[K in keyof JournalApi]: (...a: Parameters<JournalApi[K]>) => Promise<Awaited<ReturnType<JournalApi[K]>>>;
};

export class ScenarioRepository {
	#writer: { api: JournalWriter; ready: Promise<boolean>; ok?: boolean } | null = null;

	private constructor(
		private readonly ctx: Ctx,
		private readonly channel?: LibraryChannel,
		private readonly name?: string
	) {}

	static async open(options: RepositoryOptions = {}): Promise<StoreResult<ScenarioRepository>> {
		const db = await openWorkbenchDb(options);
		if (!db.ok) return db;
		const ctx: Ctx = {
			db: db.value,
			now: options.now ?? Date.now,
			newId: options.newId ?? (() => crypto.randomUUID()),
			historyLimit: options.historyLimit ?? 1000
		};
		return ok(new ScenarioRepository(ctx, options.channel, options.name));
	}

	close(): void {
		this.ctx.db.close();
		void this.#writer?.api.close().catch(() => {});
	}

	/**
	 * Journal writes go through `api` (a worker with its own connection) once it has opened the library; if it
	 * does not answer within `timeoutMs` (a worker that cannot start), they stay on this thread. Each write goes
	 * one way only, so no edit is ever journaled twice.
	 */
	useJournalWriter(api: JournalWriter, timeoutMs = 3000): void {
		const late = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs));
		const w: { api: JournalWriter; ready: Promise<boolean>; ok?: boolean } = {
			api,
			ready: Promise.race([api.open(this.name).catch(() => false), late])
		};
		void w.ready.then((ok) => (w.ok = ok));
		this.#writer = w;
	}

	/**
	 * `journal` with the moment the row was committed (ms since the epoch), from whichever thread wrote it. The
	 * request leaves synchronously (no await before it): a microtask would queue it behind the page's rendering.
	 */
	journalTimed(record: Omit<JournalRecord, 'id'>): Promise<Journaled> {
		return this.#timed(
			(api) => api.add(record),
			() => addJournal(this.ctx, record)
		);
	}

	/** The protected plan's working copy and its first edit, in one transaction (fork.ts), timed like `journalTimed`. */
	forkTimed(copy: ForkCopy, edit: ForkEdit | null): Promise<Forked> {
		const r = this.#timed(
			(api) => api.fork(copy, edit),
			() => forkWithEdit(this.ctx, copy, edit)
		);
		// The copy is what the library reopens now (fork.ts, in either thread): so is the next first paint's.
		void r.then((f) => f.result.ok && (this.post({ type: 'saved', id: copy.id, rev: 1 }), mirrorOpened(copy.id)));
		return r;
	}

	/** The journal worker's write if it has opened the library, else (or if it has no connection) this thread's. */
	#timed<T extends { result: StoreResult<unknown>; committedAt: number }>(
		there: (api: JournalWriter) => Promise<T>,
		here: () => Promise<T['result']>
	): Promise<T> {
		const local = async () => ({ result: await here(), committedAt: performance.timeOrigin + performance.now() }) as T;
		// 'unavailable' from the worker means it wrote nothing (its connection is gone): this thread tries.
		const remote = (api: JournalWriter) =>
			there(api)
				.catch(() => null)
				.then((j) => (j && (j.result.ok || j.result.error.kind !== 'unavailable') ? j : local()));
		const w = this.#writer;
		if (!w || w.ok === false) return local();
		if (w.ok === undefined) return w.ready.then((ok) => (ok ? remote(w.api) : local()));
		return remote(w.api);
	}

	list = (): Promise<StoreResult<ScenarioSummary[]>> => list(this.ctx);
	/** How many working copies of the plan were ever made (fork.ts): noted when a tab opens the plan. */
	forksOf = (planId: string): Promise<StoreResult<number>> => forksOf(this.ctx, planId);
	listDeleted = (): Promise<StoreResult<ScenarioSummary[]>> => listDeleted(this.ctx);
	get = (id: string): Promise<StoreResult<ScenarioRecord>> => get(this.ctx, id);
	create = (doc: ScenarioDoc): Promise<StoreResult<Saved>> => this.told(create(this.ctx, doc));
	duplicate = (id: string, newName: string): Promise<StoreResult<Saved>> => this.told(duplicate(this.ctx, id, newName));
	rename = (id: string, name: string, expectedRev?: number): Promise<StoreResult<Saved>> =>
		this.told(rename(this.ctx, id, name, expectedRev));
	/**
	 * `changes` go to history and the `journal` rows it makes redundant are deleted, in the same transaction; a
	 * stale `expectedRev` fails with kind 'conflict'.
	 */
	save = (
		id: string,
		doc: ScenarioDoc,
		changes: CellChange[] = [],
		expectedRev?: number,
		journal?: number[],
		/** `record`: a History entry even with no cell changed (a note); `merge`: the colleague's file and what lost. */
		extra: { record?: boolean; merge?: MergeRecord } = {}
	): Promise<StoreResult<Saved>> => this.told(save(this.ctx, id, doc, changes, expectedRev, journal, extra));
	/** Writes one accepted edit at once, before any recomputation; resolves to the row's key. */
	journal = (record: Omit<JournalRecord, 'id'>): Promise<StoreResult<number>> => addJournal(this.ctx, record);
	pendingJournal = (id: string): Promise<StoreResult<JournalRecord[]>> => pendingJournal(this.ctx, id);
	/** Reads a scenario with any journal rows a page left behind applied (and saved) over it. */
	async recover(id: string): Promise<StoreResult<Recovered>> {
		const r = await recover(this.ctx, id);
		if (r.ok && r.value.replayed) this.post({ type: 'saved', id, rev: r.value.record.rev });
		return r;
	}
	/** Marks journal rows as held by an unanswered clash, so opening the scenario shows it again (held-clash.ts). */
	holdClash = (ids: number[], cells: CellClash[]): Promise<StoreResult<number>> => holdClash(this.ctx, ids, cells);
	/** Cell-level merge with what is stored; a cell another tab changed differently fails with kind 'clash'. */
	async applyPatch(id: string, patch: Patch): Promise<StoreResult<Patched>> {
		const r = await applyPatch(this.ctx, id, patch);
		if (r.ok) this.post({ type: 'saved', id, rev: r.value.rev });
		return r;
	}
	softDelete = (id: string): Promise<StoreResult<Saved>> => this.told(softDelete(this.ctx, id));
	restore = (id: string): Promise<StoreResult<Saved>> => this.told(restore(this.ctx, id));

	async purge(id: string): Promise<StoreResult<string>> {
		const r = await purge(this.ctx, id);
		if (r.ok) this.post({ type: 'removed', id });
		return r;
	}

	async purgeDeleted(olderThanMs: number): Promise<StoreResult<string[]>> {
		const r = await purgeDeleted(this.ctx, olderThanMs);
		if (r.ok) for (const id of r.value) this.post({ type: 'removed', id });
		return r;
	}

	setLastOpened = (id: string): Promise<StoreResult<string>> => setLastOpened(this.ctx, id);
	getLastOpened = (): Promise<StoreResult<string | null>> => getLastOpened(this.ctx);
	/** The protected plan's id (plan.ts); null when it is in the bin, purged, or there never was one. */
	planId = (planName: string): Promise<StoreResult<string | null>> => planId(this.ctx, planName);
	history = (id: string, limit?: number): Promise<StoreResult<HistoryEntry[]>> => history(this.ctx, id, limit);
	restoreFromHistory = (id: string, entryId: number): Promise<StoreResult<ScenarioDoc>> =>
		restoreFromHistory(this.ctx, id, entryId);
	exportBackup = (options?: ExportOptions): Promise<StoreResult<Backup>> => exportBackup(this.ctx, options);

	async importBackup(raw: unknown, options?: ImportOptions): Promise<StoreResult<ImportReport>> {
		const r = await importBackup(this.ctx, raw, options);
		if (r.ok) for (const s of r.value.scenarios) this.post({ type: 'saved', id: s.id, rev: s.rev });
		return r;
	}

	getRegister = (id: string): Promise<StoreResult<unknown>> => getRegister(this.ctx, id);
	putRegister = (id: string, value: unknown): Promise<StoreResult<string>> => putRegister(this.ctx, id, value);
	copyRegister = (from: string, to: string): Promise<StoreResult<boolean>> => copyRegister(this.ctx, from, to);
	/** The fund-use plan's inputs kept with the scenario (fund-use.ts): null when none; checked when read. */
	getFundUse = (id: string): Promise<StoreResult<FundUseInputs | null>> => getFundUse(this.ctx, id);
	/** Replaces them whole in one transaction; a bad value is refused (kind 'invalid') and nothing changes. */
	putFundUse = (id: string, inputs: FundUseInputs): Promise<StoreResult<FundUseInputs>> =>
		putFundUse(this.ctx, id, inputs);
	copyFundUse = (from: string, to: string): Promise<StoreResult<boolean>> => copyFundUse(this.ctx, from, to);

	private async told(pending: Promise<StoreResult<Saved>>): Promise<StoreResult<Saved>> {
		const r = await pending;
		if (r.ok) this.post({ type: 'saved', id: r.value.id, rev: r.value.rev });
		return r;
	}

	private post(message: LibraryMessage): void {
		this.channel?.post(message);
	}
}
