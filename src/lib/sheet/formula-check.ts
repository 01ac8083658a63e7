/**
 * Formulas the workbench refuses before they reach the engine: cell addresses and ranges
 * (`=SUM(A1:C60)`, `=A1*2`, `=Params!A1`) — the grid's layout is not the model, so a formula must name the
 * parameters it uses — and functions whose value changes from one calculation to the next (`RAND`, `NOW`) or
 * that reach cells by position (`INDIRECT`, `OFFSET`), which would make two runs of one scenario disagree.
 *
 * A small tokenizer, not HyperFormula (which lives in the worker and the reader, not at the keyboard): string
 * literals are skipped whole, numbers (`1e5`) are read whole so their letters are no name, and a name is read
 * with its underscores and digits (`basic_subsidy_y2` is one name, never the address Y2). A test checks that it
 * agrees with HyperFormula's own parse on which formulas refer to cells.
 */
import { msg, type Msg } from '../i18n';

/** HyperFormula's volatile functions (a test keeps this in step with it), Excel's RANDARRAY, and the two
 * functions that turn text or an offset into a cell reference. */
export const REFUSED_FUNCTIONS = new Set([
	'RAND',
	'RANDBETWEEN',
	'RANDARRAY',
	'RAND.ARRAY',
	'NOW',
	'TODAY',
	'INDIRECT',
	'OFFSET'
]);

export type FormulaProblem = { kind: 'address'; text: string } | { kind: 'function'; name: string };

// In this order at each position: a string literal, a row range (1:3, before numbers take its digits), a
// number, a sheet-qualified reference (quoted or plain sheet name, then "!"), a name with an optional "(" (a
// function call) and an optional ":name" after it (A1:C60, A:C), any other character.
const TOKEN =
	/("(?:[^"]|"")*"?)|(\$?\d+\s*:\s*\$?\d+)|(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)|('(?:[^']|'')*'!|[A-Za-z_][\w.]*!)|(\$?[A-Za-z_\\][\w.$]*)(\s*\()?(\s*:\s*\$?[A-Za-z_][\w.$]*)?|[\s\S]/gi;
const ADDRESS = /^\$?[A-Z]{1,3}\$?\d+$/i;
const COLUMN = /^\$?[A-Z]{1,3}$/i;

/** The first thing in a formula the workbench refuses, or null. */
export function formulaProblem(formula: string): FormulaProblem | null {
	for (const m of formula.matchAll(TOKEN)) {
		const [all, str, rows, num, sheet, name, call, rangeEnd] = m;
		if (str !== undefined || num !== undefined) continue;
		if (sheet !== undefined) return { kind: 'address', text: `${sheet}${refAfter(formula, m.index + all.length)}` };
		if (rows !== undefined) return { kind: 'address', text: rows.replace(/\s/g, '') };
		if (name === undefined) continue;
		if (call !== undefined) {
			const fn = name.toUpperCase().replace(/^_XLFN\./, '');
			if (REFUSED_FUNCTIONS.has(fn)) return { kind: 'function', name: fn };
			continue;
		}
		if (rangeEnd !== undefined) {
			const end = rangeEnd.replace(/[\s:]/g, '');
			const cells = ADDRESS.test(name) && ADDRESS.test(end);
			const columns = COLUMN.test(name) && COLUMN.test(end);
			if (cells || columns) return { kind: 'address', text: `${name}:${end}` };
		}
		if (ADDRESS.test(name)) return { kind: 'address', text: name };
	}
	return null;
}

function refAfter(formula: string, at: number): string {
	return /^\$?[A-Za-z]*\$?\d*(?::\$?[A-Za-z]*\$?\d*)?/.exec(formula.slice(at))?.[0] ?? '';
}

/** The refusal in both languages, or null for a formula the workbench takes. */
export function formulaRefusal(formula: string): Msg | null {
	const p = formulaProblem(formula);
	if (!p) return null;
	return p.kind === 'address' ? msg('sheet.cellAddress', { ref: p.text }) : msg('sheet.volatile', { fn: p.name });
}
