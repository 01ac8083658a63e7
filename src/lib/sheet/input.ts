/**
 * What a planner types into a cell, turned into a cell's content at the edge: a formula (`=…`), a number
 * (`0.85`, `85%`, `1,244.045`, full-width digits from a Chinese IME), a blank, or a clear refusal.
 */
import { MAX_FORMULA } from '../io/limits';
import type { Cell } from '../model/scenario';
import { formulaRefusal } from './formula-check';

export type Parsed = { ok: true; cell: Cell } | { ok: false; en: string; zh: string };

export function parseInput(text: string): Parsed {
	// Full-width digits, signs and the ideographic full stop come from Chinese input methods.
	const s = text
		.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[．。]/g, '.')
		.replace(/[％]/g, '%')
		.replace(/[＝]/g, '=')
		.replace(/[－]/g, '-')
		.trim();
	if (s === '') return { ok: true, cell: null };
	if (s.startsWith('=')) {
		if (s.length > MAX_FORMULA)
			return { ok: false, en: `a formula is at most ${MAX_FORMULA} characters`, zh: `公式最长 ${MAX_FORMULA} 个字符` };
		const refused = formulaRefusal(s);
		return refused ? { ok: false, ...refused } : { ok: true, cell: s };
	}
	const pct = s.endsWith('%');
	const body = (pct ? s.slice(0, -1) : s).replace(/,(?=\d{3}(\D|$))/g, '').trim();
	if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) {
		const n = Number(body);
		return { ok: true, cell: pct ? n / 100 : n };
	}
	return {
		ok: false,
		en: `"${text.slice(0, 30)}" is not a number: type a number (e.g. 0.3 or 85%) or a formula starting with =`,
		zh: `“${text.slice(0, 30)}”不是数字：请输入数字（如 0.3 或 85%）或以 = 开头的公式`
	};
}

/** A cell as the formula bar and the clipboard show it: formulas as written, numbers in full precision. */
export function cellText(cell: Cell): string {
	return cell === null ? '' : typeof cell === 'number' ? String(cell) : cell;
}
