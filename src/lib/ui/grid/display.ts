/** What a cell of the assumptions grid shows: a formula's error code, else its value in the parameter's unit. */
import { fmtCell } from '../../i18n/format';
import { paramOfName } from '../../model/cell-names';
import type { Workbench } from '../../state/workbench.svelte';

export function cellDisplay(wb: Workbench, name: string): string {
	const issue = wb.issueOf(name);
	if (issue && issue.shown.startsWith('#')) return issue.shown;
	const v = wb.values[name];
	const raw = wb.cells[name];
	if (v === null || v === undefined) return typeof raw === 'number' ? String(raw) : '';
	const def = paramOfName(name);
	return def ? fmtCell(wb.lang, def.unit, v) : String(v);
}
