/**
 * The scenario library on this page: which scenario is open, saving every edit to IndexedDB as it happens
 * (each edit is its own small transaction, so a reload right after an edit loses nothing), the list, and
 * what other tabs do to the same scenario. Storage failures are told plainly; the work stays in memory.
 */
import {
	diffDocs,
	openLibraryChannel,
	ScenarioRepository,
	type LibraryChannel,
	type RepositoryOptions,
	type ScenarioSummary
} from '../store';
import type { ScenarioDoc } from '../model/scenario';
import type { Change } from '../sheet/session';
import type { Workbench } from './workbench.svelte';

export class Library {
	repo: ScenarioRepository | null = null;
	list = $state.raw<ScenarioSummary[]>([]);
	currentId = $state<string | null>(null);
	/** A storage problem, in words for a planner; null when all is well. */
	problem = $state<string | null>(null);
	clash = $state<ScenarioDoc | null>(null);
	#rev = 0;
	#queue: Promise<unknown> = Promise.resolve();
	#channel: LibraryChannel | null = null;

	/** Built by the composition root (state/app.ts); tests pass a fresh database and channel. */
	constructor(
		private wb: Workbench,
		private deps: { repository?: RepositoryOptions; channel?: () => LibraryChannel } = {}
	) {}

	/** Resolves when every edit so far is saved (before an update reloads the page). */
	settled = () => this.#queue;

	/** Opens the library and the last opened scenario, or stores `fallback` (the plan) as the first one. */
	async start(fallback: ScenarioDoc) {
		this.#channel = (this.deps.channel ?? openLibraryChannel)();
		const r = await ScenarioRepository.open({
			...this.deps.repository,
			channel: this.#channel,
			onBlocked: () =>
				(this.problem =
					'Another tab holds an older version of the library open: close it to continue. 另一个标签页正在使用旧版本数据库，请关闭它。'),
			onClosed: () =>
				(this.problem =
					'A newer version of the workbench was opened in another tab: reload this page. 其他标签页打开了新版本，请刷新本页。')
		});
		this.wb.onChanges = (changes) => this.#save(changes);
		if (!r.ok) {
			this.problem = `${r.error.message} — your work stays in this tab; export it to keep it. 无法使用本地存储，请导出文件保存。`;
			await this.wb.open(fallback);
			return;
		}
		this.repo = r.value;
		this.#channel.subscribe((m) => void this.#onOther(m));
		await this.refresh();
		const last = await this.repo.getLastOpened();
		if (last.ok && last.value && (await this.open(last.value))) return;
		await this.create(fallback);
	}

	async refresh() {
		const l = await this.repo?.list();
		if (l?.ok) this.list = l.value;
	}

	async open(id: string): Promise<boolean> {
		const r = await this.repo?.get(id);
		if (!r?.ok) return false;
		this.currentId = id;
		this.#rev = r.value.rev;
		this.clash = null;
		await this.repo!.setLastOpened(id);
		await this.wb.open(r.value.doc);
		return true;
	}

	async create(doc: ScenarioDoc) {
		if (!this.repo) return this.wb.open(doc);
		const r = await this.repo.create(doc);
		if (!r.ok) return void (this.problem = r.error.message);
		await this.refresh();
		await this.open(r.value.id);
	}

	async duplicate(name: string) {
		if (!this.repo || !this.currentId) return;
		const r = await this.repo.duplicate(this.currentId, name);
		if (r.ok) {
			await this.refresh();
			await this.open(r.value.id);
		}
	}

	async rename(name: string) {
		if (!this.repo || !this.currentId) return;
		await this.#queue;
		const r = await this.repo.rename(this.currentId, name, this.#rev);
		if (r.ok) {
			this.#rev = r.value.rev;
			this.wb.doc = { ...this.wb.doc!, name };
			await this.refresh();
		} else this.problem = r.error.message;
	}

	/** Soft delete: the scenario goes to the bin and can be restored. */
	async remove(fallback: ScenarioDoc): Promise<string | null> {
		if (!this.repo || !this.currentId) return null;
		const id = this.currentId;
		const r = await this.repo.softDelete(id);
		if (!r.ok) return ((this.problem = r.error.message), null);
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

	#save(changes: Change[]) {
		const id = this.currentId;
		const repo = this.repo;
		if (!repo || !id) return;
		const doc = $state.snapshot(this.wb.doc) as ScenarioDoc;
		const at = Date.now();
		this.#queue = this.#queue.then(async () => {
			const r = await repo.save(
				id,
				doc,
				changes.map((c) => ({ at, cell: c.name, old: c.old, new: c.new })),
				this.#rev
			);
			if (r.ok) {
				this.#rev = r.value.rev;
				this.problem = null;
			} else if (r.error.kind === 'conflict') this.clash = r.error.stored.doc;
			else
				this.problem = `${r.error.message} — the edit is kept in this tab; export the scenario to keep it. 修改仅保留在本页，请导出保存。`;
		});
	}

	async #onOther(m: { type: string; id?: string; rev?: number }) {
		await this.refresh();
		if (m.type !== 'saved' || m.id !== this.currentId || (m.rev ?? 0) <= this.#rev) return;
		await this.#queue;
		const r = await this.repo!.get(m.id);
		if (!r.ok) return;
		// Another tab saved this scenario: take its version (our own edits are all saved, in order, before this).
		this.#rev = r.value.rev;
		await this.wb.open(r.value.doc);
	}

	/** The clash is resolved by taking the other tab's version, or by saving ours over it knowingly. */
	async resolve(keep: 'theirs' | 'mine') {
		if (!this.clash || !this.repo || !this.currentId) return;
		const stored = await this.repo.get(this.currentId);
		if (!stored.ok) return;
		if (keep === 'theirs') await this.wb.open(stored.value.doc);
		else {
			const mine = $state.snapshot(this.wb.doc) as ScenarioDoc;
			const r = await this.repo.save(
				this.currentId,
				mine,
				diffDocs(stored.value.doc, mine, Date.now()),
				stored.value.rev
			);
			if (r.ok) this.#rev = r.value.rev;
		}
		this.#rev = Math.max(this.#rev, stored.value.rev);
		this.clash = null;
	}
}
