/**
 * A history line as a planner reads it: the parameter's label and year, values in its unit
 * (基础物业收缴率（2022 年）：60 % → 55 %), and a range change in words — not `basic_collection_y1: 0.6 → 0.55`.
 */
import { fmtCell } from '../../i18n/format';
import { t, type Lang } from '../../i18n';
import type { Cell, Uncertainty } from '../../model/scenario';
import { UNIT_LABEL } from '../../model/units';
import { defOfName } from '../../sheet/cell-input';
import { PARAM } from '../../model/catalogue';
import { rangeSummary } from '../range-text';
import * as vocab from '../../model/vocabulary';

/** The cell's label and year, from the one vocabulary ("物业管理奖励资金（2023 年）"). */
export const cellLabel = (L: Lang, name: string, start: string | null = null): string =>
	vocab.cellLabel(name, start)[L];

export function valueText(L: Lang, name: string, c: Cell): string {
	if (c === null) return t(L, 'history.blank');
	if (typeof c === 'string') return c;
	const def = defOfName(name);
	if (!def) return String(c);
	const unit = def.unit === 'share' || def.unit === 'flag' ? '' : ` ${UNIT_LABEL[def.unit][L]}`;
	return `${fmtCell(L, def.unit, c)}${unit}`;
}

export function rangeText(L: Lang, key: string, u: Uncertainty | null): string {
	const def = PARAM.get(key);
	if (!u) return t(L, 'history.noRange');
	return def ? rangeSummary(L, def, u) : u.dist;
}

export const rangeLabel = (L: Lang, key: string) => t(L, 'history.rangeOf', { label: PARAM.get(key)?.label[L] ?? key });
