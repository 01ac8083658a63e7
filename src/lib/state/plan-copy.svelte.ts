/**
 * The plan is a protected template: its first edit goes at once into a working copy, named
 * "<plan> 副本" (free in the library) and opened before anything is written, so the edit and every later one
 * belong to the copy; saving writes the copy and the edit's journal row in one transaction (store/fork.ts).
 */
import {
	copyId,
	type ForkCopy,
	type ForkEdit,
	type ScenarioRepository,
	type ScenarioSummary,
	type StoreError,
	type StoreResult
} from '../store';
import type { ScenarioDoc } from '../model/scenario';
import { t } from '../i18n';
import type { MemoryShelf } from './memory';
import type { Workbench } from './workbench.svelte';

/** The working copy the plan's first edit went into, announced until another scenario opens. */
export type Forked = { planId: string; copyId: string; name: string };

/**
 * What the plan's copy needs of the library around it (library.svelte.ts implements it): the library depends
 * on this file, never the other way round.
 */
export interface PlanCopyHost {
	readonly wb: Workbench;
	readonly repo: ScenarioRepository | null;
	readonly memory: MemoryShelf;
	readonly planId: string | null;
	currentId: string | null;
	list: ScenarioSummary[];
	forked: Forked | null;
	/** How many working copies of the plan there were when this tab last opened it (fork.ts). */
	planForks: number;
	readonly saving: { failed(e: StoreError): void };
	freeName(name: string): string;
	settled(): Promise<void>;
	refresh(): Promise<void>;
	open(id: string): Promise<boolean>;
}

/**
 * Called by saving as the plan's first edit is accepted: the copy (named "<plan> 副本", free in the library)
 * is opened at once, before anything is written, so the edit and every later one belong to it.
 */
export function forkPlan(lib: PlanCopyHost, base: ScenarioDoc | null): ForkCopy | null {
	const planId = lib.currentId;
	if (!planId || planId !== lib.planId || !base) return null;
	const name = lib.freeName(t(lib.wb.lang, 'library.copyName', { name: base.name }));
	// The id is the plan's next copy as this tab saw it: a second tab racing this one names the same copy (fork.ts).
	const seen = lib.planForks;
	const doc = { ...(structuredClone($state.snapshot(base)) as ScenarioDoc), name };
	const copy: ForkCopy = { id: copyId(planId, seen + 1), doc, of: { planId, seen } };
	lib.planForks = seen + 1;
	lib.currentId = copy.id;
	if (!lib.repo) {
		lib.memory.docs.set(copy.id, copy.doc);
		lib.memory.dirty.add(copy.id);
	}
	lib.list = [
		{ id: copy.id, name, description: copy.doc.description, rev: 1, updatedAt: Date.now(), deletedAt: null },
		...lib.list
	];
	if (lib.wb.doc) lib.wb.doc = { ...lib.wb.doc, name };
	// The engine's copy of the doc is what XLSX exports: it carries the copy's name too.
	void lib.wb.client.setMeta({ name });
	lib.forked = { planId, copyId: copy.id, name };
	return copy;
}

/** The announcement's undo: the copy goes to the bin (restorable) and the plan, unchanged, opens again. */
export async function backToPlan(lib: PlanCopyHost) {
	const f = lib.forked;
	if (!f) return;
	await lib.settled();
	if (lib.repo) {
		const r = await lib.repo.softDelete(f.copyId);
		if (!r.ok) return void lib.saving.failed(r.error);
	} else {
		lib.memory.docs.delete(f.copyId);
		lib.memory.dirty.delete(f.copyId);
	}
	lib.forked = null;
	await lib.refresh();
	await lib.open(f.planId);
}

export async function afterFork(lib: PlanCopyHost, copyId: string) {
	await lib.refresh();
	const from = lib.forked?.copyId === copyId ? lib.forked.planId : null;
	if (!from || !lib.repo) return;
	// The register screen goes on showing it (RegisterPanel): the copy's register is the plan's, and so are the
	// fund-use plan's inputs (unless some were typed on the copy meanwhile: they include the plan's already).
	await lib.repo.copyRegister(from, copyId);
	await lib.repo.copyFundUse(from, copyId);
}

/** Working copies of the plan the browser refused to store, with their edit: saving's next write to one makes it first. */
export class OwedCopies {
	// Private to saving's writes, never rendered.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #owed = new Map<string, { copy: ForkCopy; edit: ForkEdit | null }>();

	owe(copy: ForkCopy, edit: ForkEdit | null) {
		this.#owed.set(copy.id, { copy, edit });
	}

	/** Stores copy `id` if it is owed: null when it is not, else the store's answer (the edit's journal row). */
	async make(repo: ScenarioRepository, id: string): Promise<StoreResult<number | null> | null> {
		const owed = this.#owed.get(id);
		if (!owed) return null;
		const f = await repo.forkTimed(owed.copy, owed.edit);
		if (f.result.ok) this.#owed.delete(id);
		return f.result;
	}
}
