/**
 * The actuals grid as the spreadsheet controller sees it (grid/sheet-model.ts): a row per actuals field, a
 * column per plan year, blank meaning not known; values read as the actuals read them (actuals-paste.ts). Every
 * write is checked whole (read-actuals-input.ts): a bad value is refused naming field and year, and nothing
 * changes; what it has to say goes to `msgs`. A write is one undoable step of the workbench.
 */
import { msg, type Msg } from '$lib/i18n';
import {
	actualText,
	actualsContext,
	docWithActuals,
	withActualEdits,
	type ActualEdit
} from '$lib/io/read-actuals-input';
import { ACTUAL_FIELDS } from '$lib/model/actuals';
import { PLAN_START, PLAN_YEARS } from '$lib/model/scenario';
import type { Workbench } from '$lib/state/workbench.svelte';
import type { Edit } from '$lib/ui/grid/paste-plan';
import type { SheetModel } from '$lib/ui/grid/sheet-model';
import { actualsShape, cellOf } from './actuals-paste';
import type { ActualsMessages } from './messages.svelte';

export function actualsSheet(wb: Workbench, msgs: ActualsMessages): SheetModel {
	const years = () => wb.doc?.years ?? PLAN_YEARS;
	const shape = () => actualsShape(years(), wb.doc?.start ?? PLAN_START);
	const refuse = (problems: Msg[]) => ((msgs.problems = problems), (msgs.note = null), false as const);
	const text = (name: string) => {
		const { field, year } = cellOf(name);
		return actualText(field, wb.doc?.actuals?.[field]?.[year] ?? null);
	};
	const asActuals = (edits: Edit[]): ActualEdit[] =>
		edits.map(({ name, cell }) => ({ ...cellOf(name), value: cell as number | null }));

	/** Writes edits as one step; a refusal lists every problem and changes nothing. */
	function write(edits: ActualEdit[]): false | Promise<boolean> {
		const doc = wb.doc;
		if (!doc) return false;
		const r = withActualEdits(doc.actuals, edits, actualsContext(doc, wb.values));
		if (!r.ok) return refuse(r.problems);
		msgs.problems = [];
		msgs.note = null;
		if (JSON.stringify(r.actuals ?? null) === JSON.stringify(doc.actuals ?? null)) return Promise.resolve(true);
		return wb.replaceDoc(docWithActuals(doc, r.actuals)).then(() => true);
	}

	return {
		get rows() {
			return ACTUAL_FIELDS.length;
		},
		get cols() {
			return years();
		},
		nameAt: (r, c) => shape().nameAt(r, c),
		blankAllowed: () => true, // blank means "not known"
		parse: (name, t) => shape().parse!(name, t),
		positionOf(name) {
			const { field, year } = cellOf(name);
			const row = ACTUAL_FIELDS.findIndex((f) => f.name === field);
			return row >= 0 && year >= 0 ? { row, col: year } : null;
		},
		text,
		value: text,
		tabLeaves: true,
		dropBlankRows: true,
		commit(name, t) {
			const p = shape().parse!(name, t);
			return p.ok ? write(asActuals([{ name, cell: p.cell }])) : refuse([p.message]);
		},
		write: (edits) => write(asActuals(edits)),
		undo: () => void wb.undo(),
		redo: () => void wb.redo(),
		note: (m) => void (msgs.note = m),
		refuse: (m) => void refuse([m]),
		cutNote: () => msg('actuals.cutPending')
	};
}
