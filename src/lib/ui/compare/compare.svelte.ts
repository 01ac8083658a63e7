/**
 * The Compare screen's state: the library's scenarios, which 2–4 are compared (in the order chosen), the
 * baseline, and each chosen scenario read and projected. Scenarios are read through the sheet worker (the same
 * reader as `simulate`), so HyperFormula stays off the main thread; the projection itself is cheap and pure.
 */
import type { ScenarioRun } from '../../compare';
import type { Lang, Msg } from '../../i18n';
import { storeFailure } from '../../state/save-state';
import { describeIn } from '../../io/read-error';
import { writeScenario } from '../../io/write-scenario';
import { runProjection } from '../../model/run';
import type { LibraryChannel, ScenarioRepository, ScenarioSummary, StoreResult } from '../../store';
import type { McClient } from '../../worker/mc-client';
import type { SheetClient } from '../../worker/sheet-client';
import { defaultChoice, recall, remember } from './remembered';

export const MAX_COMPARED = 4;

/** What the screen needs from outside; the composition root (state/app.ts) passes the real ones. */
export interface CompareDeps {
	/** A reader of scenario files off the main thread (the sheet worker). */
	sheetClient: () => SheetClient;
	channel: () => LibraryChannel;
	/** Opens the library for this page, telling other tabs through `channel`. */
	openRepository: (channel: LibraryChannel) => Promise<StoreResult<ScenarioRepository>>;
	/** A Monte Carlo client for the fan overlay (one per run of it). */
	mcClient: () => McClient;
}

export type Loaded =
	{ ok: true; run: ScenarioRun; name: string; rev: number } | { ok: false; name: string; rev: number; message: string };

export class CompareState {
	lang = $state<Lang>('zh');
	library = $state.raw<ScenarioSummary[]>([]);
	/** Ids in the order chosen: that order gives the letters A–D. */
	selected = $state.raw<string[]>([]);
	baselineId = $state<string | null>(null);
	/** The scenario the plan check recomputes; the baseline unless chosen. */
	checkedId = $state<string | null>(null);
	loaded = $state.raw<Record<string, Loaded>>({});
	/** Why the library could not be opened, in both languages (the page shows its own). */
	problem = $state<Msg | null>(null);
	/** The library is read and the default pair chosen (or opening it failed). */
	started = $state(false);

	#repo: ScenarioRepository | null = null;
	#client: SheetClient | null = null;
	#channel: LibraryChannel | null = null;

	constructor(private deps: CompareDeps) {}

	/** For the fan overlay: a Monte Carlo client from the composition root (the overlay disposes of it). */
	newMcClient = (): McClient => this.deps.mcClient();

	/** The chosen scenarios that could be read, in order. */
	runs = $derived(
		this.selected.map((id) => this.loaded[id]).filter((l): l is Extract<Loaded, { ok: true }> => !!l?.ok)
	);
	failed = $derived(
		this.selected.map((id) => this.loaded[id]).filter((l): l is Extract<Loaded, { ok: false }> => !!l && !l.ok)
	);
	busy = $derived(this.selected.some((id) => !this.loaded[id]));
	baseline = $derived(
		Math.max(
			0,
			this.runs.findIndex((l) => l.run.id === this.baselineId)
		)
	);
	checked = $derived(this.runs.find((l) => l.run.id === this.checkedId) ?? this.runs[this.baseline]);

	async start() {
		this.#client = this.deps.sheetClient();
		this.#channel = this.deps.channel();
		const r = await this.deps.openRepository(this.#channel);
		if (!r.ok) return void ((this.problem = storeFailure(r.error).msg), (this.started = true));
		this.#repo = r.value;
		// Another tab edits or imports: refresh the list, and re-read a compared scenario whose revision moved.
		this.#channel.subscribe(() => void this.refresh());
		await this.refresh();
		// The planner's last choice, or the plan (as the baseline) and the newest other scenario (remembered.ts).
		const c = defaultChoice(this.library, recall());
		this.baselineId = c.baselineId;
		this.choose(c.selected);
		// Only now is the screen settled: a choice made earlier would be overwritten by the default pair.
		this.started = true;
	}

	async refresh() {
		const l = await this.#repo?.list();
		if (!l?.ok) return;
		this.library = l.value;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
		const live = new Set(l.value.map((s) => s.id));
		this.choose(this.selected.filter((id) => live.has(id)));
	}

	/** Sets the compared scenarios (at most four), keeps the baseline if still chosen, and reads what is new. */
	choose(ids: string[]) {
		this.selected = ids.slice(0, MAX_COMPARED);
		if (!this.baselineId || !this.selected.includes(this.baselineId)) this.baselineId = this.selected[0] ?? null;
		if (this.checkedId && !this.selected.includes(this.checkedId)) this.checkedId = null;
		if (this.started) remember({ selected: this.selected, baselineId: this.baselineId });
		for (const id of this.selected) {
			const rev = this.library.find((s) => s.id === id)?.rev;
			if (this.loaded[id]?.rev !== rev) void this.#load(id);
		}
	}

	setBaseline(id: string) {
		this.baselineId = id;
		remember({ selected: this.selected, baselineId: id });
	}

	toggle(id: string) {
		this.choose(this.selected.includes(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id]);
	}

	async #load(id: string) {
		const rec = await this.#repo?.get(id);
		if (!rec?.ok) return;
		const { doc, rev } = rec.value;
		const r = await this.#client!.read(writeScenario(doc));
		const entry: Loaded = r.ok
			? {
					ok: true,
					name: doc.name,
					rev,
					run: { id, doc: r.doc, values: r.values, projection: runProjection(r.values, r.doc.years, r.doc.start) }
				}
			: { ok: false, name: doc.name, rev, message: r.errors.slice(0, 3).map(describeIn(this.lang)).join('; ') };
		this.loaded = { ...this.loaded, [id]: entry };
	}

	stop() {
		this.#client?.terminate();
		this.#channel?.close();
		this.#repo?.close();
	}
}
