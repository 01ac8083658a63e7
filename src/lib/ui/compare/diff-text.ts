/** How a cell of the assumption diff reads: a value in its unit's format, a blank, or a formula with its value. */
import type { CellChange } from '../../compare';
import { fmtCell } from '../../i18n/format';
import type { Lang } from '../../i18n';
import type { ParamDef } from '../../model/catalogue';
import type { Cell, Uncertainty } from '../../model/scenario';
import { UNIT_LABEL } from '../../model/units';
import { t } from './strings';
import { rangeSummary } from '../range-text';

export function cellText(L: Lang, def: ParamDef, cell: Cell | undefined, value: number | null | undefined): string {
	if (cell === undefined) return t(L, 'absent');
	if (cell === null) return t(L, 'blank');
	if (typeof cell === 'number') return fmtCell(L, def.unit, cell);
	// The formula as written, and what it stands for, so a reviewer need not work it out.
	return typeof value === 'number' ? `${cell} = ${fmtCell(L, def.unit, value)}` : cell;
}

export const whereText = (L: Lang, c: CellChange) => (c.year === null ? t(L, 'allYears') : t(L, 'year', { n: c.year }));

export const unitText = (L: Lang, def: ParamDef) => (def.unit === 'share' ? '%' : UNIT_LABEL[def.unit][L]);

export function uncertaintyText(L: Lang, def: ParamDef, u: Uncertainty | undefined): string {
	if (!u) return t(L, 'none');
	return rangeSummary(L, def, u);
}
