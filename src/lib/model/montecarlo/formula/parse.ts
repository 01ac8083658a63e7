/**
 * A parser for the part of the spreadsheet formula language that parameter formulas use: numbers, names,
 * + − * / ^ %, comparisons, parentheses and function calls. Precedence follows HyperFormula (checked against
 * it in test/montecarlo/propagate.test.ts): unary minus binds tighter than ^ (=-2^2 is 4), ^ is left-associative
 * (=2^3^2 is 64), % binds tightest. Anything else — text, &, ranges, addresses, arrays — returns null, and the
 * caller falls back to HyperFormula for that formula.
 */

export type Node =
	| { t: 'num'; v: number }
	| { t: 'ref'; name: string }
	| { t: 'neg'; a: Node }
	| { t: 'pct'; a: Node }
	| { t: 'bin'; op: string; a: Node; b: Node }
	| { t: 'call'; fn: string; args: Node[] };

const TOKEN =
	/\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/^%(),=<>]))/y;

function tokenize(src: string): string[] | null {
	const out: string[] = [];
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < src.length) {
		const at = TOKEN.lastIndex;
		const m = TOKEN.exec(src);
		if (!m) return /^\s*$/.test(src.slice(at)) ? out : null;
		out.push(m[1] ?? m[2] ?? m[3]);
	}
	return out;
}

const COMPARE = new Set(['=', '<>', '<', '>', '<=', '>=']);

/** `=1 + basic_fee_y1 * 2` → its syntax tree, or null when the formula goes beyond this subset. */
export function parseFormula(formula: string): Node | null {
	if (!formula.startsWith('=')) return null;
	const found = tokenize(formula.slice(1));
	if (!found || found.length === 0) return null;
	const tokens = found;
	let i = 0;
	const peek = () => tokens[i];
	const fail = (): never => {
		throw new SyntaxError('unsupported');
	};
	const expect = (tok: string) => (tokens[i] === tok ? i++ : fail());

	function binary(next: () => Node, ops: Set<string>): Node {
		let a = next();
		while (ops.has(peek())) {
			const op = tokens[i++];
			a = { t: 'bin', op, a, b: next() };
		}
		return a;
	}
	const comparison = (): Node => binary(additive, COMPARE);
	const additive = (): Node => binary(multiplicative, new Set(['+', '-']));
	const multiplicative = (): Node => binary(power, new Set(['*', '/']));
	const power = (): Node => binary(unary, new Set(['^']));
	function unary(): Node {
		if (peek() === '-') return (i++, { t: 'neg', a: unary() });
		if (peek() === '+') return (i++, unary());
		const a = primary();
		if (peek() !== '%') return a;
		i++;
		return peek() === '%' ? fail() : { t: 'pct', a }; // HF rejects a%% (but takes (a%)%)
	}
	function primary(): Node {
		const tok = tokens[i++];
		if (tok === undefined) return fail();
		if (tok === '(') {
			const e = comparison();
			expect(')');
			return e;
		}
		if (/^[\d.]/.test(tok)) return { t: 'num', v: Number(tok) };
		if (/^[A-Za-z_]/.test(tok)) {
			if (peek() !== '(') return { t: 'ref', name: tok.toLowerCase() };
			i++;
			const args: Node[] = [];
			if (peek() !== ')') {
				args.push(comparison());
				while (peek() === ',') {
					i++;
					args.push(comparison());
				}
			}
			expect(')');
			return { t: 'call', fn: tok.toUpperCase(), args };
		}
		return fail();
	}

	try {
		const tree = comparison();
		return i === tokens.length ? tree : null;
	} catch {
		return null;
	}
}
