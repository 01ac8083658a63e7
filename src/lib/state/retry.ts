/**
 * Trying again until nothing is owed: writes the browser refused are held per scenario (never dropped) and go
 * with the next write to it; they and a library waiting to be usable are tried again every few seconds and on
 * leaving the page. Saving holds the writes (saving.svelte.ts); the library runs the timer through `RetryHost`.
 */
import type { Patch, ScenarioRepository } from '../store';

const RETRY_MS = 3000;

/** Writes the browser refused, oldest first, each with the scenario it is for. */
export class Refused {
	#held: { id: string; patch: Patch }[] = [];

	get size(): number {
		return this.#held.length;
	}

	hold(id: string, patch: Patch) {
		this.#held.push({ id, patch });
	}

	/** The writes held for `id`, taken out to go with the next one. */
	take(id: string): Patch[] {
		const held = this.#held.filter((u) => u.id === id).map((u) => u.patch);
		this.#held = this.#held.filter((u) => u.id !== id);
		return held;
	}

	/** The scenarios a write is held for, each once. */
	ids(): string[] {
		return [...new Set(this.#held.map((u) => u.id))];
	}

	/** The cells the held writes change: this tab's, whatever another tab stores meanwhile. */
	*cells(): Iterable<string> {
		for (const u of this.#held) for (const c of u.patch.changes) yield c.cell;
	}
}

/** What trying again needs of the library around it. */
export interface RetryHost {
	readonly repo: ScenarioRepository | null;
	/** A library that opened but refused the first write (tiny quota), and how it is taken into use. */
	readonly faults: { readonly candidate: ScenarioRepository | null; adopt(repo: ScenarioRepository): Promise<void> };
	readonly saving: { readonly hasUnsaved: boolean; retryUnsaved(): Promise<void> };
}

export class RetrySchedule {
	#timer: ReturnType<typeof setInterval> | null = null;

	constructor(private lib: RetryHost) {}

	/** Starts trying again every few seconds, unless it already does. */
	schedule() {
		this.#timer ??= setInterval(() => void this.retryNow(), RETRY_MS);
	}

	/** One try (the timer, leaving the page); the timer stops once nothing is owed. */
	async retryNow() {
		const { faults, saving } = this.lib;
		if (faults.candidate && !this.lib.repo) await faults.adopt(faults.candidate);
		else await saving.retryUnsaved();
		if (!faults.candidate && !saving.hasUnsaved && this.#timer) {
			clearInterval(this.#timer);
			this.#timer = null;
		}
	}
}
