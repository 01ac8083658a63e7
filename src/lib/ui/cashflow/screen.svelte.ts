/**
 * The fund-use plan screen's own state: the year shown, the street whose sheet is printed, the
 * assessment results and reward shares entered and the last P50/P90 computed. The plan itself is derived from the
 * open scenario and its register on every change (≈ 20 ms for 10,000 compounds, bench/cashflow.ts), so it is not
 * kept here.
 *
 * What the planner types is kept with the scenario, beside its register, in the library (store/fund-use.ts): each
 * change is stored first and shown once stored, so a reload right after it finds it, and a write the browser
 * refuses changes nothing, neither here nor there (the form keeps the typed text, and says why). The reading and
 * the changes run one after another: each starts from what the one before it stored.
 */
import type { AssessmentResult, StreetBands } from '../../model/cashflow';
import type { Library } from '../../state/library.svelte';
import type { FundUseInputs, StoreError } from '../../store';

/** A change kept (and shown), or why not: the shares would exceed the whole fund, or the library refused it. */
export type Kept = { ok: true } | { ok: false; error: StoreError | 'over' };

export class CashflowScreen {
	/** Which view of the register tab is shown: the register or the fund-use plan made from it. */
	view = $state<'register' | 'plan'>('register');
	/** Calendar year shown (null: the first). */
	year = $state<number | null>(null);
	printStreet = $state<string | null>(null);
	/** Whole-replaced on each change: plain data the model reads as is. */
	assessments = $state.raw<AssessmentResult[]>([]);
	/** The planner's split of the reward fund by street, 0–1 each (an assumption; none by default). */
	rewardShares = $state.raw<Record<string, number>>({});
	bands = $state.raw<{ key: string; result: StreetBands } | null>(null);
	bandsBusy = $state(false);
	bandsError = $state<string | null>(null);
	/** Reading the inputs kept with the scenario: the forms wait for it. */
	loading = $state(false);
	/**
	 * The kept inputs could not be read. Damaged ones ('invalid') are set aside and the next change replaces them;
	 * otherwise they are read again before any change, which waits until they are (it could overwrite them).
	 */
	readError = $state.raw<StoreError | null>(null);
	/** Bumped each time the kept inputs have been read (or found unreadable): what the tests wait on. */
	reads = $state(0);

	/** The scenario last asked for (load), and the one the inputs above belong to (set in turn, in #queue). */
	#asked: string | null | undefined = undefined;
	#stamp = 0;
	#for: string | null = null;
	/** Whether what is kept for `#for` is known: read, none kept, or damaged and set aside. */
	#known = false;
	#queue: Promise<unknown> = Promise.resolve();

	/** Built by the composition root (state/app.ts) with the library the inputs are kept in. */
	constructor(private lib: Library) {}

	/**
	 * Shows the inputs kept with scenario `id`; nothing to do when they are the ones shown, or when `id` is a working
	 * copy just made `from` the scenario shown (the library gives the copy the same inputs). A new `stamp` (the
	 * library stored a file's inputs: Library.carriedStamp) reads them again all the same.
	 */
	load(id: string | null, from?: string, stamp = 0): Promise<void> {
		const again = stamp !== this.#stamp;
		this.#stamp = stamp;
		if (id === this.#asked && !again) return this.#then(async () => {});
		const same = from !== undefined && from === this.#asked && !again;
		this.#asked = id;
		if (same) return this.#then(async () => void (this.#for = id));
		this.loading = id !== null && this.lib.store.open;
		return this.#then(async () => {
			this.#for = id;
			this.#known = false;
			this.assessments = [];
			this.rewardShares = {};
			this.readError = null;
			await this.#read();
		});
	}

	/** A new result for the same street and quarter replaces the old one. */
	setAssessment(r: AssessmentResult): Promise<Kept> {
		return this.#change((s) => ({ ...s, assessments: [...s.assessments.filter((a) => !same(a, r)), r] }));
	}
	removeAssessment(r: { street: string; quarter: string }): Promise<Kept> {
		return this.#change((s) => ({ ...s, assessments: s.assessments.filter((a) => !same(a, r)) }));
	}
	/** Sets a street's reward share, or refuses when the shares would add up to more than the whole fund. */
	setRewardShare(street: string, share: number): Promise<Kept> {
		return this.#change((s) => {
			const rewardShares = { ...s.rewardShares, [street]: share };
			if (Object.values(rewardShares).reduce((a, b) => a + b, 0) > 1 + 1e-12) return 'over';
			return { ...s, rewardShares };
		});
	}
	removeRewardShare(street: string): Promise<Kept> {
		return this.#change((s) => {
			const rewardShares = { ...s.rewardShares };
			delete rewardShares[street];
			return { ...s, rewardShares };
		});
	}

	async #read() {
		const id = this.#for;
		const store = this.lib.store;
		// Not kept in this browser (the work is in memory): nothing kept to read or overwrite.
		if (!id || !store.open) {
			this.#known = true;
			this.loading = false;
			this.reads++;
			return;
		}
		this.loading = true;
		const r = await store.getFundUse(id);
		this.loading = false;
		this.reads++;
		if (r.ok) {
			this.assessments = r.value?.assessments ?? [];
			this.rewardShares = r.value?.rewardShares ?? {};
			this.readError = null;
			this.#known = true;
		} else {
			this.readError = r.error;
			this.#known = r.error.kind === 'invalid';
		}
	}

	/** Stores the inputs `make` returns, then shows them; a refused write leaves both as they were. */
	#change(make: (now: FundUseInputs) => FundUseInputs | 'over'): Promise<Kept> {
		return this.#then(async (): Promise<Kept> => {
			if (!this.#known) await this.#read();
			if (!this.#known) return { ok: false, error: this.readError! };
			const next = make({ assessments: this.assessments, rewardShares: this.rewardShares });
			if (next === 'over') return { ok: false, error: 'over' };
			const id = this.#for;
			const store = this.lib.store;
			if (id && store.open) {
				const r = await store.putFundUse(id, next);
				if (!r.ok) return { ok: false, error: r.error };
			}
			this.assessments = next.assessments;
			this.rewardShares = next.rewardShares;
			// Damaged inputs kept before are replaced now.
			this.readError = null;
			return { ok: true };
		});
	}

	#then<T>(job: () => Promise<T>): Promise<T> {
		const p = this.#queue.then(job);
		this.#queue = p.catch(() => {});
		return p;
	}
}

const same = (a: { street: string; quarter: string }, b: { street: string; quarter: string }) =>
	a.street === b.street && a.quarter === b.quarter;
