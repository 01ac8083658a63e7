/**
 * The workbench's baseline: the projection the KPI cards measure their change from. The plan as written by
 * default; the planner may pick any scenario of the library instead, and the choice is remembered in this
 * browser. Read through the sheet worker's reader, as the Compare screen reads, so formulas evaluate the same.
 */
import planFile from '../../../../scenarios/plan-2022-2024.json';
import { writeScenario } from '../../io/write-scenario';
import type { Projection } from '../../model/projection';
import { runProjection } from '../../model/run';
import type { Library } from '../../state/library.svelte';
import type { Workbench } from '../../state/workbench.svelte';

export const PLAN = 'plan';
const KEY = 'workbench.baseline';

export class Baseline {
	id = $state<string>(PLAN);
	projection = $state.raw<Projection | null>(null);
	problem = $state<string | null>(null);
	#seq = 0;

	constructor(
		private wb: Workbench,
		private lib: Library
	) {
		try {
			this.id = localStorage.getItem(KEY) ?? PLAN;
		} catch {
			/* no storage: the plan */
		}
	}

	async choose(id: string) {
		this.id = id;
		try {
			localStorage.setItem(KEY, id);
		} catch {
			/* not remembered, still used */
		}
		await this.load();
	}

	async load() {
		const seq = ++this.#seq;
		let text = JSON.stringify(planFile);
		if (this.id !== PLAN) {
			const rec = await this.lib.store.get(this.id);
			if (rec?.ok) text = writeScenario(rec.value.doc);
			else if (seq === this.#seq) this.id = PLAN; // gone from the library: back to the plan
		}
		const r = await this.wb.client.read(text);
		if (seq !== this.#seq) return;
		this.problem = r.ok ? null : r.errors.map((e) => e.message).join('; ');
		this.projection = r.ok ? runProjection(r.values, r.doc.years, r.doc.start) : null;
	}

	/** The library's scenarios a planner may pick (the open one too: its saved state). */
	choices() {
		return this.lib.list;
	}

	/** The baseline's name for "vs …": null for the plan. */
	name(): string | null {
		return this.id === PLAN ? null : (this.lib.list.find((s) => s.id === this.id)?.name ?? null);
	}
}
