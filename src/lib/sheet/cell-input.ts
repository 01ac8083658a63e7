/**
 * What is typed into a cell, read the way its parameter's unit needs. Share cells read as WPS
 * and Excel read a %-formatted cell: `55`, `55 %` and `0.55` all mean 55 %. The rule: a number typed with % is a
 * percent; a number from 0 to 1 is a fraction (so 1 means 100 % and 0.5 means 50 %); a number above 1 up to
 * 100 is a percent (55 means 55 %, 1.5 means 1.5 %); above 100 stays as typed and is refused as out of range.
 * A yes/no cell takes 是/否 (yes/no, 1/0). Formulas are never rewritten.
 */
import { PARAM, type ParamDef } from '../model/catalogue';
import { parseInput, type Parsed } from './input';

const PERCENT_TYPED = /[%％]\s*$/;
const YES = /^(是|有|yes|y|true)$/i;
const NO = /^(否|无|no|n|false)$/i;

/** A share typed without %: a fraction up to 1, a percent above 1 up to 100. */
export function shareOf(n: number): number {
	return n > 1 && n <= 100 ? n / 100 : n;
}

export function parseFor(def: ParamDef | undefined, text: string): Parsed {
	const s = text.trim();
	if (def?.unit === 'flag') {
		if (YES.test(s)) return { ok: true, cell: 1 };
		if (NO.test(s)) return { ok: true, cell: 0 };
	}
	const p = parseInput(text);
	if (!p.ok || typeof p.cell !== 'number' || def?.unit !== 'share' || def.max > 1) return p;
	return PERCENT_TYPED.test(s) ? p : { ok: true, cell: shareOf(p.cell) };
}

/** The parameter of a cell name (`basic_collection_y1` → basic_collection), for callers that have only the name. */
export function defOfName(name: string): ParamDef | undefined {
	return PARAM.get(name.replace(/_y\d+$/, '')) ?? PARAM.get(name);
}

export const parseCellInput = (name: string, text: string): Parsed => parseFor(defOfName(name), text);
