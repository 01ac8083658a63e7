/** Names a formula uses that are neither parameter cells nor functions — for "#NAME?: unknown name X". */
import { allCells } from './layout';

const IDENT = /"(?:[^"]|"")*"|([A-Za-z_][A-Za-z0-9_.]*)(\s*\()?/g;

export function referencedNames(formula: string): string[] {
	const out: string[] = [];
	for (const m of formula.matchAll(IDENT)) if (m[1] && !m[2]) out.push(m[1]);
	return out;
}

export function unknownNames(formula: string, years: number): string[] {
	const known = new Set(allCells(years).map((c) => c.name));
	return referencedNames(formula).filter(
		(n) => !known.has(n.toLowerCase()) && !/^(TRUE|FALSE)$/i.test(n) && !/^\$?[A-Z]{1,3}\$?\d+$/i.test(n)
	);
}

/** Parameter cells a formula refers to by name (its precedents), lower-case. */
export function precedentNames(formula: string, years: number): string[] {
	const known = new Set(allCells(years).map((c) => c.name));
	return [
		...new Set(
			referencedNames(formula)
				.map((n) => n.toLowerCase())
				.filter((n) => known.has(n))
		)
	];
}
