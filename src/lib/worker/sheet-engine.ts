/** The worker's state, as plain functions over one session: testable in Node without a worker. */
import { describeIn } from '../io/read-error';
import { readScenarioObject, readScenarioText } from '../io/read-scenario';
import { scenarioToObject } from '../io/write-scenario';
import { runProjection } from '../model/run';
import type { ScenarioDoc } from '../model/scenario';
import { SheetSession, type Change } from '../sheet/session';
import type { Reply, SheetApi } from './sheet-api';

export function createSheetApi(): SheetApi {
	let session: SheetSession | null = null;
	const reply = (seq: number, changes: Change[], error?: string): Reply => {
		const doc = session!.takeReplaced();
		return {
			seq,
			changes,
			snapshot: session!.evaluate(),
			canUndo: session!.canUndo,
			canRedo: session!.canRedo,
			error,
			...(doc ? { doc } : {})
		};
	};
	return {
		open(seq, doc: ScenarioDoc) {
			session?.destroy();
			session = new SheetSession(doc);
			return reply(seq, []);
		},
		edit(seq, edits) {
			const r = session!.edit(edits);
			return r.ok ? reply(seq, r.changes) : reply(seq, [], r.message);
		},
		undo(seq) {
			return reply(seq, session!.undo() ?? []);
		},
		redo(seq) {
			return reply(seq, session!.redo() ?? []);
		},
		setUncertainty(seq, key, u) {
			return session!.setUncertainty(key, u) ? reply(seq, []) : reply(seq, [], `no parameter "${key}"`);
		},
		replace(seq, doc) {
			session!.replace(doc);
			return reply(seq, []);
		},
		setMeta: (meta) => session?.setMeta(meta),
		links: (name) => session?.links(name) ?? { precedents: [], dependents: [] },
		doc: () => session?.doc ?? null,
		read: (text) => readScenarioText(text),
		readXlsx: async (bytes) => (await import('../io/xlsx/import-xlsx')).importXlsx(bytes),
		async exportXlsx(lang, register, lineage) {
			if (!session) return { ok: false, message: 'no scenario is open' };
			const doc = session.doc;
			const r = readScenarioObject(scenarioToObject(doc));
			if (!r.ok) return { ok: false, message: r.errors.map(describeIn(lang)).join('\n') };
			const { exportXlsx } = await import('../io/xlsx/export-xlsx');
			const bytes = await exportXlsx(
				doc,
				r.values,
				runProjection(r.values, doc.years, doc.start),
				lang,
				register,
				lineage
			);
			return { ok: true, bytes };
		}
	};
}
