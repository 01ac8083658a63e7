/** The worker's state, as plain functions over one session: testable in Node without a worker. */
import { readScenarioText } from '../io/read-scenario';
import type { ScenarioDoc } from '../model/scenario';
import { SheetSession, type Change } from '../sheet/session';
import type { Reply, SheetApi } from './sheet-api';

export function createSheetApi(): SheetApi {
	let session: SheetSession | null = null;
	const reply = (seq: number, changes: Change[], error?: string): Reply => ({
		seq,
		changes,
		snapshot: session!.evaluate(),
		canUndo: session!.canUndo,
		canRedo: session!.canRedo,
		error
	});
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
		links: (name) => session?.links(name) ?? { precedents: [], dependents: [] },
		doc: () => session?.doc ?? null,
		read: (text) => readScenarioText(text)
	};
}
