/**
 * How deeply a formula nests. HyperFormula's parser recurses once per bracket, function or prefix
 * sign, and overflows the stack at about 200 levels (fewer in a browser worker): a formula deeper than Excel's
 * own limit is refused before it reaches the engine.
 */
/** Excel's limit for nested functions. */
export const MAX_NESTING = 64;

/** How deep a formula nests: brackets, and runs of prefix operators (each is a level to the parser). */
export function nesting(formula: string): number {
	let depth = 0;
	let max = 0;
	let run = 0;
	for (const ch of formula) {
		if (ch === '(') max = Math.max(max, ++depth);
		else if (ch === ')') depth--;
		if (ch === '-' || ch === '+') max = Math.max(max, depth + ++run);
		else if (ch !== ' ') run = 0;
	}
	return max;
}
