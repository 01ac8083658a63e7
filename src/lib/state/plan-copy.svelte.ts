/**
 * The plan is a protected template: its first edit goes at once into a working copy, named
 * "<plan> 副本" (free in the library) and opened before anything is written, so the edit and every later one
 * belong to the copy; saving writes the copy and the edit's journal row in one transaction (store/fork.ts).
 */
import { copyId, type ForkCopy } from '../store';
import type { ScenarioDoc } from '../model/scenario';
import { t } from '../i18n';
import type { Library } from './library.svelte';

/**
 * Called by saving as the plan's first edit is accepted: the copy (named "<plan> 副本", free in the library)
 * is opened at once, before anything is written, so the edit and every later one belong to it.
 */
export function forkPlan(lib: Library, base: ScenarioDoc | null): ForkCopy | null {
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
export async function backToPlan(lib: Library) {
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

export async function afterFork(lib: Library, copyId: string) {
	await lib.refresh();
	const from = lib.forked?.copyId === copyId ? lib.forked.planId : null;
	if (!from || !lib.repo) return;
	// The register screen goes on showing it (RegisterPanel): the copy's register is the plan's.
	await lib.repo.copyRegister(from, copyId);
}
