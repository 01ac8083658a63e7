/**
 * Where a paste into the actuals grid goes: the main grid's rules exactly (grid/paste-plan.ts — the selection's
 * top-left, one value fills the selection, a block tiles a whole multiple of itself, nothing outside the paste
 * area, a block that does not fit refused with the reason, a cut moves), with the actuals' own reading of a
 * value (rates as in WPS, counts, money; a refusal names the field and the year). Pure: no DOM, no workbench.
 */
import { fieldLabel, parseActual, yearWords, type ActualEdit } from '../../io/read-actuals-input';
import { ACTUAL_FIELDS } from '../../model/actuals';
import { planPaste, type Block, type GridShape, type Msg, type Rect } from '../grid/paste-plan';

/** A cell of the actuals grid by name, as the main grid names its cells: `committees_y1`, `collection.basic_y3`. */
export const nameOf = (r: number, c: number) => `${ACTUAL_FIELDS[r].name}_y${c + 1}`;
export const cellOf = (name: string) => {
	const at = name.lastIndexOf('_y');
	return { field: name.slice(0, at), year: Number(name.slice(at + 2)) - 1 };
};

export function actualsShape(years: number, start: string): GridShape {
	return {
		rows: ACTUAL_FIELDS.length,
		cols: years,
		nameAt: (r, c) => (r >= 0 && r < ACTUAL_FIELDS.length && c >= 0 && c < years ? nameOf(r, c) : null),
		blankAllowed: () => true, // blank means "not known"
		parse(name, text) {
			const { field, year } = cellOf(name);
			const p = parseActual(field, text);
			if (p.ok) return { ok: true, cell: p.value };
			const l = fieldLabel(field),
				w = yearWords(start, year);
			return {
				ok: false,
				message: { zh: `${l.zh}，${w.zh}：${p.message.zh}`, en: `${l.en}, ${w.en}: ${p.message.en}` }
			};
		}
	};
}

export type ActualsPaste = { ok: true; edits: ActualEdit[]; area: Rect } | { ok: false; message: Msg };

export function planActualsPaste(block: Block, sel: Rect, years: number, start: string, cut?: Rect): ActualsPaste {
	const plan = planPaste(block, sel, actualsShape(years, start), cut);
	if (!plan.ok) return plan;
	const edits = plan.edits.map(({ name, cell }) => ({ ...cellOf(name), value: cell as number | null }));
	return { ok: true, edits, area: plan.area };
}
