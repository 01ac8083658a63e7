/** Names a formula uses that are neither parameter cells nor functions — for "#NAME?: unknown name X". */
import { referencedNames } from '../model/cell-names';
import { allCells } from './layout';

export { referencedNames };

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
