/**
 * Compiles a parsed formula into a closure over the cell vector, reproducing HyperFormula 3.5's arithmetic so
 * that a propagated cell gets the very number HyperFormula would give (asserted against it in the tests):
 * + and − snap to 0 when the result is below 1e-13 of the left operand (HF's `precisionEpsilon`, smartRounding),
 * comparisons treat numbers within that relative epsilon as equal, a non-finite result or ÷0 is an error (NaN
 * here), and the exported value is rounded to 14 significant digits (`precisionRounding: 14`, engine.ts).
 * Booleans are 1/0. Closures, not `new Function`, so no Content-Security-Policy needs 'unsafe-eval'.
 */
import type { Node } from './parse';

const EPS = 1e-13;
export type Compiled = (v: Float64Array, raw: Float64Array) => number;
type Typed = { f: Compiled; bool: boolean };

/** Where a name reads from: the sampled/constant vector `v`, the raw (unrounded) formula values, or blank. */
export type Resolve = (name: string) => { slot: number; from: 'v' | 'raw' } | null;

const fin = (x: number) => (x - x === 0 ? x : NaN); // NaN for ±Infinity and NaN: HF's #NUM!
export const addEps = (a: number, b: number) => {
	const r = a + b;
	return Math.abs(r) < EPS * Math.abs(a) ? 0 : fin(r);
};
export const subEps = (a: number, b: number) => {
	const r = a - b;
	return Math.abs(r) < EPS * Math.abs(a) ? 0 : fin(r);
};
/** HF's floatCmp: −1, 0 or 1; NaN when either side is an error. */
export function floatCmp(l: number, r: number): number {
	if (Number.isNaN(l) || Number.isNaN(r)) return NaN;
	const mod = 1 + EPS;
	if (r >= 0 && l * mod >= r && l <= r * mod) return 0;
	if (r <= 0 && l * mod <= r && l >= r * mod) return 0;
	return l > r ? 1 : -1;
}
/** HF's Exporter.cellValueRounding with precisionRounding 14 (HF also shows −0 as 0). */
export function exportRound(x: number): number {
	if (x === 0) return 0;
	const m = Math.pow(10, 14 - Math.floor(Math.log10(Math.abs(x))));
	return x < 0 ? -Math.round(-x * m) / m : Math.round(x * m) / m;
}
const truth = (x: number) => (Number.isNaN(x) ? NaN : x !== 0 ? 1 : 0);
const rounder = (how: (x: number) => number) => (x: number, d: number) => {
	const m = Math.pow(10, d);
	return fin(x < 0 ? -how(-x * m) / m : how(x * m) / m);
};

const BINARY: Record<string, (a: number, b: number) => number> = {
	'+': addEps,
	'-': subEps,
	'*': (a, b) => fin(a * b),
	'/': (a, b) => (b === 0 ? NaN : fin(a / b)),
	'^': (a, b) => (Number.isNaN(a) ? NaN : fin(Math.pow(a, b))) // Math.pow(NaN, 0) is 1; an error must stay one
};
const CMP: Record<string, (c: number) => boolean> = {
	'=': (c) => c === 0,
	'<>': (c) => c !== 0,
	'<': (c) => c < 0,
	'>': (c) => c > 0,
	'<=': (c) => c <= 0,
	'>=': (c) => c >= 0
};

/** Functions of any arity over numbers (errors propagate as NaN through Math.min/max and sums). */
const VARIADIC: Record<string, { bool: boolean; f: (xs: number[]) => number }> = {
	SUM: { bool: false, f: (xs) => xs.reduce(addEps, 0) },
	MIN: { bool: false, f: (xs) => Math.min(...xs) },
	MAX: { bool: false, f: (xs) => Math.max(...xs) },
	AVERAGE: { bool: false, f: (xs) => fin(xs.reduce((s, x) => s + x, 0) / xs.length) },
	AND: { bool: true, f: (xs) => (xs.some(Number.isNaN) ? NaN : xs.every((x) => x !== 0) ? 1 : 0) },
	OR: { bool: true, f: (xs) => (xs.some(Number.isNaN) ? NaN : xs.some((x) => x !== 0) ? 1 : 0) }
};
const FIXED: Record<string, { n: number; bool: boolean; f: (...xs: number[]) => number }> = {
	ABS: { n: 1, bool: false, f: Math.abs },
	SQRT: { n: 1, bool: false, f: (x) => fin(Math.sqrt(x)) },
	NOT: { n: 1, bool: true, f: (x) => 1 - truth(x) },
	ROUND: { n: 2, bool: false, f: rounder(Math.round) },
	ROUNDUP: { n: 2, bool: false, f: rounder(Math.ceil) },
	ROUNDDOWN: { n: 2, bool: false, f: rounder(Math.floor) }
};

/** The closure for a tree, or null where it leaves the subset (the caller then uses HyperFormula). */
export function compile(node: Node, resolve: Resolve): Compiled | null {
	const t = typed(node, resolve);
	return t && !t.bool ? t.f : null;
}

function typed(n: Node, resolve: Resolve): Typed | null {
	switch (n.t) {
		case 'num':
			return { f: () => n.v, bool: false };
		case 'ref': {
			const r = resolve(n.name);
			if (!r) return null;
			const s = r.slot;
			return { f: r.from === 'v' ? (v) => v[s] : (_v, raw) => raw[s], bool: false };
		}
		case 'neg': {
			const a = typed(n.a, resolve);
			return a && { f: (v, raw) => -a.f(v, raw), bool: false };
		}
		case 'pct': {
			const a = typed(n.a, resolve);
			return a && { f: (v, raw) => a.f(v, raw) / 100, bool: false };
		}
		case 'bin':
			return binary(n.op, typed(n.a, resolve), typed(n.b, resolve));
		case 'call':
			return call(
				n.fn,
				n.args.map((a) => typed(a, resolve))
			);
	}
}

function binary(op: string, a: Typed | null, b: Typed | null): Typed | null {
	if (!a || !b) return null;
	const A = a.f,
		B = b.f;
	if (op in BINARY) {
		const g = BINARY[op];
		return { f: (v, raw) => g(A(v, raw), B(v, raw)), bool: false };
	}
	// HF orders a boolean against a number by type, not value: leave that to HyperFormula.
	if (a.bool || b.bool) return null;
	const test = CMP[op];
	return {
		f: (v, raw) => {
			const c = floatCmp(A(v, raw), B(v, raw));
			return Number.isNaN(c) ? NaN : test(c) ? 1 : 0;
		},
		bool: true
	};
}

function call(fn: string, args: (Typed | null)[]): Typed | null {
	if (args.some((a) => a === null) || args.length === 0) return null;
	const fs = (args as Typed[]).map((a) => a.f);
	if (fn === 'IF') {
		if (fs.length !== 3 || args[1]!.bool || args[2]!.bool) return null;
		const [c, yes, no] = fs;
		// Lazy like HF: an error in the branch not taken does not matter.
		return {
			f: (v, raw) => {
				const k = truth(c(v, raw));
				return Number.isNaN(k) ? NaN : k ? yes(v, raw) : no(v, raw);
			},
			bool: false
		};
	}
	const vf = VARIADIC[fn];
	if (vf) {
		const xs = new Array<number>(fs.length);
		return {
			f: (v, raw) => {
				for (let k = 0; k < fs.length; k++) xs[k] = fs[k](v, raw);
				return vf.f(xs);
			},
			bool: vf.bool
		};
	}
	const ff = FIXED[fn];
	if (!ff || ff.n !== fs.length) return null;
	if (ff.n === 1) {
		const [x] = fs;
		return { f: (v, raw) => ff.f(x(v, raw)), bool: ff.bool };
	}
	const [x, d] = fs;
	return { f: (v, raw) => ff.f(x(v, raw), d(v, raw)), bool: ff.bool };
}
