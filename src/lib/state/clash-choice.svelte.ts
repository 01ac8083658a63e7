/**
 * A clash waiting for the planner: cells this tab and another changed differently, shown side by side with my
 * values in the grid. Nothing is lost meanwhile: the journal keeps my edit, marked so that a reload (or another
 * tab) shows the clash again, and later writes wait behind it. The choice is written by `settleClash`
 * (clash.ts). A part of saving (saving.svelte.ts), which it reaches through `ClashHost` and `ClashSaving` only.
 */
import type { CellClash, Patch, ScenarioRepository, StoreError } from '../store';
import type { ScenarioDoc } from '../model/scenario';
import { heldPatch, settleClash } from './clash';
import type { Workbench } from './workbench.svelte';

/** What a clash needs of the library around saving (`SavingHost` is one). */
export interface ClashHost {
	readonly wb: Workbench;
	readonly repo: ScenarioRepository | null;
	readonly currentId: string | null;
	refresh(): Promise<void>;
}

/** What a clash needs of saving. */
export interface ClashSaving {
	/** The open scenario was written here at revision `rev` as `doc`: later writes and other tabs compare with it. */
	stored(rev: number, doc: ScenarioDoc): Promise<void>;
	failed(e: StoreError): void;
	refreshState(): void;
}

export class ClashChoice {
	/** Cells this tab and another changed differently: shown side by side until the planner chooses. */
	current = $state<{ id: string; cells: CellClash[] } | null>(null);

	/** The write the clash stopped, journal rows included: what the choice writes. */
	#patch: Patch | null = null;
	/** Ends the stopped write's turn in saving's queue, so the writes behind it go on. */
	#done: (() => void) | null = null;

	constructor(
		private host: ClashHost,
		private saving: ClashSaving
	) {}

	/**
	 * Another tab's value met mine for the same cells: the clash is shown and marked in the journal too, so a
	 * reload (or another tab) shows it again instead of settling it.
	 */
	async hold(repo: ScenarioRepository, id: string, cells: CellClash[], patch: Patch) {
		this.current = { id, cells };
		this.#patch = patch;
		if (patch.journal?.length) await repo.holdClash(patch.journal, cells);
	}

	/** Resolves once the planner has chosen: until then the stopped write keeps its place in the queue. */
	chosen(): Promise<void> {
		return new Promise<void>((resolve) => (this.#done = resolve));
	}

	/**
	 * A clash nobody answered, found in the journal on opening scenario `id` (store/held-clash.ts): shown again
	 * with my values in the grid, as when it first arose, until the planner chooses; the choice deletes the rows.
	 */
	async reopen(id: string, held: { cells: CellClash[]; rows: number[] }) {
		this.current = { id, cells: held.cells };
		this.#patch = heldPatch(held, Date.now());
		await this.host.wb.applyRemote(held.cells.map((c) => ({ name: c.cell, cell: c.mine })));
		this.saving.refreshState();
	}

	/** "Keep mine": my values on top of theirs, as a new revision. "Take theirs": mine saved, then theirs again. */
	async resolve(keep: 'theirs' | 'mine') {
		const c = this.current;
		const patch = this.#patch;
		const repo = this.host.repo;
		if (!c || !patch || !repo) return;
		const r = await settleClash(repo, c, patch, keep);
		if (!r) return;
		if (!r.ok) {
			if (r.error.kind === 'clash') this.current = { id: c.id, cells: r.error.cells };
			else this.saving.failed(r.error);
			return;
		}
		const { doc, rev, back } = r.value;
		if (back && c.id === this.host.currentId)
			await this.host.wb.applyRemote(back.map((b) => ({ name: b.cell, cell: b.new })));
		if (c.id === this.host.currentId) await this.saving.stored(rev, doc);
		this.current = null;
		this.#patch = null;
		this.#done?.();
		this.#done = null;
		this.saving.refreshState();
		await this.host.refresh();
	}
}
