/**
 * The Assumptions sheet's 来源 / source column, as the grid shows it: the plan's clause while a row keeps the
 * plan's figures, "示例假设" while it keeps an illustrative default, and "规划人员的假设" once the planner changed
 * it. Not read back: the import takes the cells, not this column.
 */
import { t, type Lang } from '../../i18n';
import { defaultCell, type ParamDef } from '../../model/catalogue';
import type { Cell } from '../../model/scenario';

export function sourceText(lang: Lang, def: ParamDef, cells: readonly Cell[], years: number): string {
	const n = def.shape === 'scalar' ? 1 : years;
	const changed = Array.from({ length: n }, (_, y) => (cells[y] ?? null) !== defaultCell(def, y)).some(Boolean);
	if (changed) return t(lang, 'xlsx.sourcePlanner');
	if (def.origin === 'plan' && def.source !== 'assumption') return t(lang, 'xlsx.sourcePlan', { clause: def.source });
	return t(lang, 'xlsx.sourceIllustrative');
}
