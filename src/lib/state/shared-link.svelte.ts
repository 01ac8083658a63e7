/**
 * The page a scenario link opens: the link read (link.ts, the one reader behind it), the
 * scenario's projection shown read-only, and "Save to my library", which adds it under a free name ("(2)" as
 * imports are numbered) and never replaces anything. Nothing is stored until the planner asks.
 */
import type { Lang, Msg } from '../i18n';
import { storeFailure } from './save-state';
import { runProjection } from '../model/run';
import type { Projection } from '../model/projection';
import type { LinkRead } from '../share/link';
import { uniqueName, type ScenarioRepository, type StoreResult } from '../store';

export class SharedLink {
	lang = $state<Lang>('zh');
	read = $state.raw<LinkRead | null>(null);
	projection = $state.raw<Projection | null>(null);
	/** The name it was saved under, once saved. */
	savedAs = $state<string | null>(null);
	saving = $state(false);
	/** Why saving the shared copy failed, in both languages. */
	problem = $state<Msg | null>(null);

	/** The composition root (app.ts) says how the library is opened. */
	constructor(private readonly openRepository: () => Promise<StoreResult<ScenarioRepository>>) {}

	/** Reads the link in `hash` (the URL's fragment); the scenario's figures follow when it is good. */
	async open(hash: string) {
		// Loaded here, not with the app: the reader brings the formula engine, which the workbench's first
		// screen must not wait for.
		const { decodeLink } = await import('../share/link');
		const r = decodeLink(hash);
		this.read = r;
		this.projection = r.ok ? runProjection(r.values, r.doc.years, r.doc.start) : null;
		this.savedAs = null;
	}

	async save() {
		const r = this.read;
		if (!r?.ok || this.saving || this.savedAs) return;
		this.saving = true;
		this.problem = null;
		try {
			const repo = await this.openRepository();
			if (!repo.ok) return void (this.problem = storeFailure(repo.error).msg);
			try {
				const names = await repo.value.list();
				const name = uniqueName(r.doc.name, names.ok ? names.value.map((s) => s.name) : []);
				const made = await repo.value.create({ ...structuredClone(r.doc), name });
				if (!made.ok) return void (this.problem = storeFailure(made.error).msg);
				// The workbench opens it next: the planner came to look at this one.
				await repo.value.setLastOpened(made.value.id);
				this.savedAs = name;
			} finally {
				repo.value.close();
			}
		} finally {
			this.saving = false;
		}
	}
}
