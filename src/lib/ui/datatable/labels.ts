/**
 * The words of a data table: an input cell as "基础物业补贴标准（2023 年）" / "Basic subsidy (2023)" with its
 * unit, and the pickable cells of a horizon in catalogue order, grouped by the grid's sections.
 */
import type { Lang } from '../../i18n';
import { fmtCell } from '../../i18n/format';
import { PARAM, SECTION_LABEL, type ParamDef, type Section } from '../../model/catalogue';
import { UNIT_LABEL } from '../../model/units';
import { allCells, parseName } from '../../sheet/layout';

/** "2023 年" / "2023" for plan year y (1-based) when the plan starts in January; "第2年" / "year 2" otherwise. */
export function yearWords(L: Lang, start: string, y: number): string {
	const [yy, mm] = start.split('-').map(Number);
	if (mm === 1) return L === 'zh' ? `${yy + y - 1} 年` : `${yy + y - 1}`;
	return L === 'zh' ? `第${y}年` : `year ${y}`;
}

export function defOf(name: string): { def: ParamDef; year: number } | null {
	const ref = parseName(name);
	if (!ref) return null;
	const def = PARAM.get(ref.key);
	return def ? { def, year: ref.y + 1 } : null;
}

/** The cell's label with its year (a yearly parameter) — without the unit. */
export function cellLabel(L: Lang, name: string, start: string): string {
	const d = defOf(name);
	if (!d) return name;
	if (d.def.shape === 'scalar') return d.def.label[L];
	const y = yearWords(L, start, d.year);
	return L === 'zh' ? `${d.def.label.zh}（${y}）` : `${d.def.label.en} (${y})`;
}

/** The unit a planner reads the cell's values in: % for a share, the catalogue's unit otherwise. */
export function cellUnit(L: Lang, name: string): string {
	const d = defOf(name);
	return d ? UNIT_LABEL[d.def.unit][L] : '';
}

export const withUnit = (L: Lang, label: string, unit: string) =>
	unit ? (L === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`) : label;

/** A value of the cell as the grid shows it (85 %, 0.1 元/m²/月 without the unit). */
export function cellValue(L: Lang, name: string, x: number): string {
	const d = defOf(name);
	return d ? fmtCell(L, d.def.unit, x) : String(x);
}

/** The same with its unit (0.05 元/m²/月; a share is already 70 %). */
export function cellValueUnit(L: Lang, name: string, x: number): string {
	const d = defOf(name);
	if (!d || d.def.unit === 'share' || d.def.unit === 'flag') return cellValue(L, name, x);
	return `${cellValue(L, name, x)} ${UNIT_LABEL[d.def.unit][L]}`;
}

export interface CellChoice {
	name: string;
	label: string;
}

/** Every cell of the horizon, by section, labelled in the user's language (the picker's options). */
export function cellChoices(L: Lang, years: number, start: string): { section: string; cells: CellChoice[] }[] {
	const groups = new Map<Section, CellChoice[]>();
	for (const { def, name } of allCells(years)) {
		if (def.unit === 'flag') continue; // a yes/no switch has no range to tabulate
		const list = groups.get(def.section) ?? [];
		list.push({ name, label: cellLabel(L, name, start) });
		groups.set(def.section, list);
	}
	return [...groups].map(([s, cells]) => ({ section: SECTION_LABEL[s][L], cells }));
}
