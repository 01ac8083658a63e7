/**
 * The register screen's state: what is shown (a register and its summaries), the problems of a file that
 * was refused, and keeping the register with the open scenario in IndexedDB. One per Library, so switching
 * tabs keeps a half-fixed import; it reloads from the store only when another scenario is opened.
 */
import type { Library } from '../../state/library.svelte';
import type { ImportPhase, Problem } from '../../register/types';
import type { RegisterImporter, RunningImport } from '../../worker/register-import-client';
import type { RegisterSummary } from '../../register/summary';
import { envelope, looksSynthetic, restore, type Kept } from './stored';
import { nextPaint } from '../paint';

export type RegisterApi = typeof import('../../register');
// papaparse and arquero (and exceljs, inside) arrive only when the register tab is opened.
let api: Promise<RegisterApi> | null = null;
export const loadRegisterApi = () => (api ??= import('../../register'));

export const SAMPLE_SEED = 2022;

export interface Shown extends Kept {
	summary: RegisterSummary;
}

/** Resolves after the next frame has painted (kept here for this module's importers). */
export { nextPaint };

type Storage = 'none' | 'saving' | 'saved' | 'failed';

export class RegisterScreen {
	/** Whole-replaced, never deep-proxied: a register can have 100,000 compounds. */
	shown = $state.raw<Shown | null>(null);
	api = $state.raw<RegisterApi | null>(null);
	problems = $state.raw<Problem[]>([]);
	/** The refused file's name, and the rows already left out of it on purpose. */
	refused = $state.raw<{ name: string; excluded: number[] } | null>(null);
	busy = $state(false);
	/** The import's current step and when it started, for the progress line; the name of a cancelled file. */
	phase = $state<ImportPhase | null>(null);
	startedAt = $state(0);
	cancelled = $state<string | null>(null);
	#running: RunningImport | null = null;
	/** What was pending before a new file was chosen: a cancel puts it back (its problems are still listed). */
	#before: { bytes: Uint8Array; name: string; exclude: number[] } | null = null;
	/** File rows read as totals (合计/总计) and skipped in the last import: noted once. */
	totalsRows = $state.raw<number[]>([]);
	/** Reading the register kept with the scenario. */
	loading = $state(false);
	ignoreUnknown = $state(false);
	storage = $state<Storage>('none');
	storageError = $state('');
	/** Bumped each time a register is shown: what the benchmark and tests wait on. */
	seq = $state(0);
	#pending: { bytes: Uint8Array; name: string; exclude: number[] } | null = null;
	/** A newer import, sample or scenario switch makes an older one's result stale: it is dropped. */
	#token = 0;
	#loadedFor: string | null | undefined = undefined;

	/**
	 * Built by the composition root (state/app.ts). `paint` lets the browser paint before a long step
	 * (the app waits a frame; tests need not). `importer` reads a file: in a worker in the app, so a huge
	 * workbook neither freezes the page nor outlives a cancel; in this thread in tests.
	 */
	constructor(
		private lib: Library,
		private paint: () => Promise<void>,
		private importer: RegisterImporter
	) {}

	/** Stops the import in progress; the screen stays as it was before the file was chosen. */
	cancel() {
		if (!this.#running) return;
		this.#running.cancel();
		this.#running = null;
		this.cancelled = this.#pending?.name ?? '';
		this.#pending = this.#before;
		this.#token++;
		this.busy = false;
		this.phase = null;
	}

	/**
	 * Shows the register kept with scenario `id`; nothing to do when it is already the one shown, or when `id`
	 * is a working copy just made `from` the scenario shown (the library gives the copy the same register).
	 */
	async load(id: string | null, from?: string) {
		if (id === this.#loadedFor) return;
		if (from !== undefined && from === this.#loadedFor) return void (this.#loadedFor = id);
		const first = this.#loadedFor == null;
		this.#loadedFor = id;
		// A file chosen while the library was still opening belongs to the scenario it opens: keep it
		// (and a refused one stays listed); another scenario opened later starts from its own register.
		if (first && (this.shown || this.busy)) {
			if (this.shown && this.storage === 'none') void this.#save(this.shown);
			return;
		}
		if (!first) {
			this.problems = [];
			this.refused = null;
			this.#pending = null;
		}
		const token = ++this.#token;
		this.shown = null;
		this.storage = 'none';
		const store = this.lib.store;
		if (!id || !store.open) return;
		this.loading = true;
		const [r, mod] = await Promise.all([store.getRegister(id), loadRegisterApi()]).finally(() => {
			if (this.#loadedFor === id) this.loading = false;
		});
		if (token !== this.#token) return;
		this.api = mod;
		if (!r.ok) return this.#failed(r.error.message);
		const kept = restore(r.value);
		if (!kept) return;
		if ('error' in kept) return this.#failed(kept.error);
		this.#show(kept, mod);
		this.storage = 'saved';
	}

	async importFile(file: File) {
		this.#before = this.#pending;
		this.#pending = { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, exclude: [] };
		await this.#run();
	}

	/** Re-imports the refused file leaving these rows out on purpose (with any left out before). */
	async exclude(rows: number[]) {
		if (!this.#pending) return;
		this.#pending.exclude = [...this.#pending.exclude, ...rows]
			.filter((r, i, all) => all.indexOf(r) === i)
			.sort((a, b) => a - b);
		await this.#run();
	}

	async setIgnoreUnknown(on: boolean) {
		this.ignoreUnknown = on;
		if (this.#pending) await this.#run();
	}

	/** A sample asked for over an imported register: waiting for the planner's yes. */
	askSample = $state(false);

	/** Never replaces an imported register without asking: `confirmed` is the planner's yes. */
	async sample(confirmed = false) {
		this.askSample = !confirmed && !!this.shown && !this.shown.synthetic;
		if (this.askSample) return;
		const token = ++this.#token;
		const mod = await loadRegisterApi();
		if (token !== this.#token) return;
		const register = mod.sampleRegister({ seed: SAMPLE_SEED });
		this.#accept(
			{ register, source: null, areaUnit: null, fileName: '', synthetic: true, seed: SAMPLE_SEED, excluded: [] },
			mod
		);
	}

	async #run() {
		const p = this.#pending!;
		const token = ++this.#token;
		this.busy = true;
		this.cancelled = null;
		this.phase = null;
		this.startedAt = Date.now();
		try {
			const mod = await loadRegisterApi();
			// Paint "reading…" first (in tests the importer runs in this thread).
			if (p.bytes.byteLength > 1_000_000) await this.paint();
			if (token !== this.#token) return;
			const run = this.importer(p.bytes, { exclude: p.exclude, ignoreUnknownColumns: this.ignoreUnknown }, (ph) => {
				if (token === this.#token) this.phase = ph;
			});
			this.#running = run;
			const r = await run.result;
			if (token !== this.#token || r === null) return;
			this.#running = null;
			this.api = mod;
			if (!r.ok) {
				// Nothing is imported: the register shown before (if any) stays, and so does the stored one.
				this.problems = r.problems;
				this.refused = { name: p.name, excluded: p.exclude };
				return;
			}
			this.#pending = null;
			this.totalsRows = r.totals ?? [];
			const synthetic = looksSynthetic(r.register);
			this.#accept(
				{
					register: r.register,
					source: r.source,
					areaUnit: r.areaUnitDetected,
					fileName: p.name,
					synthetic,
					seed: null,
					excluded: r.excluded
				},
				mod
			);
		} finally {
			if (token === this.#token) {
				this.busy = false;
				this.phase = null;
				this.#running = null;
			}
		}
	}

	#accept(kept: Kept, mod: RegisterApi) {
		this.problems = [];
		this.refused = null;
		this.#show(kept, mod);
		void this.#save(kept);
	}

	#show(kept: Kept, mod: RegisterApi) {
		this.api = mod;
		this.shown = { ...kept, summary: mod.summarise(kept.register) };
		this.seq++;
	}

	async #save(kept: Kept) {
		const id = this.lib.currentId;
		const store = this.lib.store;
		if (!id || !store.open) return void (this.storage = 'none');
		this.storage = 'saving';
		// Cloning 100,000 compounds into IndexedDB takes a while: let the summaries paint first.
		await this.paint();
		const { register, source, areaUnit, fileName, synthetic, seed, excluded } = kept;
		const r = await store.putRegister(
			id,
			envelope({ register, source, areaUnit, fileName, synthetic, seed, excluded })
		);
		if (id !== this.lib.currentId) return;
		if (r.ok) this.storage = 'saved';
		else this.#failed(r.error.message);
	}

	#failed(message: string) {
		this.storage = 'failed';
		this.storageError = message;
	}
}
