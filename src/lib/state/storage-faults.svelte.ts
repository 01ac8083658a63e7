/**
 * When the browser's storage fails: the work goes on in this tab's memory (said plainly by saving's red line),
 * and is written to the library once storage is back (tried again by retry.ts while the library refuses it). A
 * part of the library (library.svelte.ts), which it reaches through `FaultsHost` only.
 */
import type { ScenarioRepository, ScenarioSummary, StoreError } from '../store';
import type { ScenarioDoc } from '../model/scenario';
import type { MemoryShelf } from './memory';
import type { Saving } from './saving.svelte';
import type { Workbench } from './workbench.svelte';

/** What the storage-fault handling needs of the library around it. */
export interface FaultsHost {
	readonly wb: Workbench;
	repo: ScenarioRepository | null;
	readonly memory: MemoryShelf;
	readonly saving: Saving;
	readonly list: ScenarioSummary[];
	currentId: string | null;
	planId: string | null;
	refresh(): Promise<void>;
	open(id: string): Promise<boolean>;
	create(doc: ScenarioDoc): Promise<void>;
	/** Notes which stored scenario is the protected plan. */
	notePlan(): Promise<void>;
	/** Starts keeping the work in `repo` (its journal writer, the other tabs' news). */
	useRepo(repo: ScenarioRepository): void;
}

export class StorageFaults {
	/** A library that opened but refused the first write (tiny quota): tried again now and then. */
	candidate: ScenarioRepository | null = null;

	constructor(
		private lib: FaultsHost,
		/** The plan as shipped: the first scenario of a library that has none. */
		private fallback: () => ScenarioDoc | null
	) {}

	/** No usable library: the plan opens in memory. */
	async startMemory(fallback: ScenarioDoc) {
		const lib = this.lib;
		lib.repo = null;
		const id = crypto.randomUUID();
		lib.memory.docs.set(id, fallback);
		lib.currentId = id;
		lib.planId = id;
		await lib.refresh();
		await lib.wb.open(fallback);
		lib.saving.refreshState();
	}

	/** Storage is back: the scenarios edited in memory are written to the library, and the line clears. */
	async adopt(repo: ScenarioRepository) {
		const lib = this.lib;
		const fallback = this.fallback();
		await lib.wb.idle();
		const current = lib.currentId;
		// Old ids to new, private to this write: never rendered.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const ids = new Map<string, string>();
		// A library that holds no plan yet (an old tab held it on the first visit) gets the plan first, unedited:
		// the template stays in the picker beside the copy its edits went into.
		const held = await repo.planId(fallback?.name ?? '');
		if (held.ok && !held.value && fallback) {
			const made = await repo.create(fallback);
			if (!made.ok) return void (this.candidate = repo);
		}
		for (const [id, doc] of lib.memory.docs) {
			if (!lib.memory.dirty.has(id)) continue;
			const r = await repo.create(id === current ? ($state.snapshot(lib.wb.doc) as ScenarioDoc) : doc);
			if (!r.ok) return void (this.candidate = repo);
			ids.set(id, r.value.id);
		}
		this.candidate = null;
		lib.memory.clear();
		lib.useRepo(repo);
		lib.saving.problem = null;
		await lib.refresh();
		await lib.notePlan();
		const target = current ? ids.get(current) : undefined;
		if (target && (await lib.open(target))) return lib.saving.refreshState();
		const last = await repo.getLastOpened();
		if (last.ok && last.value && (await lib.open(last.value))) return lib.saving.refreshState();
		if (lib.list[0] && (await lib.open(lib.list[0].id))) return lib.saving.refreshState();
		await lib.create(fallback!);
		lib.saving.refreshState();
	}

	/** This tab's connection was taken away (a newer version upgraded the library): go on in memory. */
	async lost(e: StoreError) {
		const lib = this.lib;
		const id = lib.currentId;
		lib.repo = null;
		lib.saving.say(e.kind === 'blocked' ? 'storage.newer' : 'storage.failed', { detail: e.message });
		await lib.wb.idle();
		lib.memory.docs.clear();
		if (id && lib.wb.doc) {
			lib.memory.docs.set(id, $state.snapshot(lib.wb.doc) as ScenarioDoc);
			// Anything not yet stored is at least in this tab, and the browser asks before it is closed.
			if (lib.saving.busy) lib.memory.dirty.add(id);
		}
		await lib.refresh();
		lib.saving.refreshState();
	}
}
