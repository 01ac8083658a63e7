/**
 * The words of a data table: an input cell as "基础物业补贴标准（2023 年）" / "Basic subsidy (2023)" with its
 * unit, and the pickable cells of a horizon in catalogue order, grouped by the grid's sections.
 */
import { verbatim, type Lang } from '../../i18n';
import { fmtCell } from '../../i18n/format';
import { PARAM, SECTION_LABEL, type ParamDef, type Section } from '../../model/catalogue';
import * as vocab from '../../model/vocabulary';
import { allCells, parseName } from '../../sheet/layout';

export function defOf(name: string): { def: ParamDef; year: number } | null {
	const ref = parseName(name);
	if (!ref) return null;
	const def = PARAM.get(ref.key);
	return def ? { def, year: ref.y + 1 } : null;
}

/** The cell's label with its year (a yearly parameter) — without the unit (the vocabulary's words). */
export const cellLabel = (L: Lang, name: string, start: string): string => vocab.cellLabel(name, start)[L];

/** The unit a planner reads the cell's values in: % for a share, the catalogue's unit otherwise. */
export const cellUnit = (L: Lang, name: string): string => vocab.cellUnit(name)[L];

export const withUnit = (L: Lang, label: string, unit: string) => vocab.withUnit(verbatim(label), verbatim(unit))[L];

/** A value of the cell as the grid shows it (85 %, 0.1 元/m²/月 without the unit). */
export function cellValue(L: Lang, name: string, x: number): string {
	const d = defOf(name);
	return d ? fmtCell(L, d.def.unit, x) : String(x);
}

/** The same with its unit (0.05 元/m²/月; a share is already 70 %). */
export function cellValueUnit(L: Lang, name: string, x: number): string {
	const d = defOf(name);
	if (!d || d.def.unit === 'share' || d.def.unit === 'flag') return cellValue(L, name, x);
	return `${cellValue(L, name, x)} ${cellUnit(L, name)}`;
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
