/**
 * The assumptions grid as the spreadsheet controller sees it (sheet-model.ts): the catalogue's parameters, a
 * column per plan year, blanks where the catalogue allows (targets); edits go to the workbench (a typed cell
 * through its check, a block as one undo step), and what they have to say to its notice.
 */
import { msg } from '../../i18n';
import { PLAN_YEARS } from '../../model/scenario';
import { cellText } from '../../sheet/input';
import type { Workbench } from '../../state/workbench.svelte';
import { paramOfName } from '../../model/cell-names';
import { PARAM_ROWS, nameAt, positionOf } from './rows';
import type { SheetModel } from './sheet-model';

export function paramSheet(wb: Workbench): SheetModel {
	const years = () => wb.doc?.years ?? PLAN_YEARS;
	return {
		get rows() {
			return PARAM_ROWS.length;
		},
		get cols() {
			return years();
		},
		nameAt: (r, c) => (c < years() ? nameAt(r, c) : null),
		blankAllowed: (n) => !!paramOfName(n)?.blank,
		scalar: (r) => PARAM_ROWS[r]?.shape === 'scalar',
		positionOf,
		text: (n) => cellText(wb.cells[n] ?? null),
		value(n) {
			const v = wb.values[n];
			return v === null || v === undefined ? '' : String(v);
		},
		commit: (n, text) => wb.commit(n, text),
		write: (edits) => wb.editMany(edits),
		undo: () => void wb.undo(),
		redo: () => void wb.redo(),
		note: (m) => void (wb.notice = m),
		refuse: (m) => void (wb.notice = m),
		cutNote: (n) => msg('grid.cutPending', { n: String(n) })
	};
}
