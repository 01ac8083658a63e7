/**
 * A merge conflict as a planner reads it: the parameter's label and the plan year, and each value in the
 * parameter's unit — never a cell code. Non-cell items (notes, ranges, correlations, actuals) name their kind.
 */
import { t, type Lang } from '../../i18n';
import { fmtCell } from '../../i18n/format';
import { PARAM } from '../../model/catalogue';
import { parseName } from '../../model/cell-names';
import { UNIT_LABEL } from '../../model/units';
import type { Conflict } from '../../state/merge-copy';
import { rangeSummary } from '../range-text';
import type { Uncertainty } from '../../model/scenario';
import type { CellNote } from '../../model/cell-note';
import { noteText } from '../notes/note-text';

export function conflictLabel(L: Lang, c: Conflict, years: number): string {
	if (c.kind === 'cell') {
		const ref = parseName(c.cell, years);
		const def = ref && PARAM.get(ref.key);
		if (!def || !ref) return c.cell;
		return def.shape === 'scalar' ? def.label[L] : `${def.label[L]} · ${t(L, 'reader.year', { n: ref.y + 1 })}`;
	}
	const key = c.cell.slice(c.cell.indexOf(':') + 1);
	if (c.kind === 'cellNote')
		return t(L, 'notes.conflictOf', { cell: conflictLabel(L, { ...c, kind: 'cell', cell: key }, years) });
	const def = PARAM.get(key);
	if (c.kind === 'note' && def) return t(L, 'share.noteOf', { what: def.label[L] });
	if (c.kind === 'range' && def) return t(L, 'share.rangeOf', { what: def.label[L] });
	if (c.kind === 'correlation') {
		const [a, b] = key.split('|').map((k) => PARAM.get(k)?.label[L] ?? k);
		return t(L, 'share.correlationOf', { a, b });
	}
	if (c.kind === 'actual') {
		const [field, year] = key.split(':');
		return t(L, 'share.actualOf', { what: field, year });
	}
	return t(L, c.kind === 'name' ? 'share.nameItem' : 'share.descriptionItem');
}

export function conflictValue(L: Lang, c: Conflict, v: unknown, years: number): string {
	if (v === undefined || v === null || v === '') return t(L, 'share.blank');
	if (c.kind === 'cell') {
		const def = parseName(c.cell, years) && PARAM.get(parseName(c.cell, years)!.key);
		if (typeof v === 'number' && def)
			return def.unit === 'share' ? fmtCell(L, def.unit, v) : `${fmtCell(L, def.unit, v)} ${UNIT_LABEL[def.unit][L]}`;
		return String(v); // a formula, as the planner typed it
	}
	if (c.kind === 'cellNote') return noteText(L, v as CellNote);
	if (c.kind === 'range') {
		const def = PARAM.get(c.cell.slice('range:'.length));
		if (def) return rangeSummary(L, def, v as Uncertainty);
	}
	return typeof v === 'string' ? v : String(v);
}
