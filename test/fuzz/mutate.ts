/**
 * Seeded mutations for the fuzz tests: fast-check arbitraries of edit scripts, applied to a real
 * file — at the JSON level (rename a key, swap a value's type, delete, duplicate, insert) or at the text
 * level (flip, insert, cut, truncate, duplicate a line). fast-check draws the script from its seed, so a
 * failure names a reproducible case (seed and path) rather than a one-off.
 */
import fc from 'fast-check';
import { CATALOGUE } from '../../src/lib/model/catalogue';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export type JsonOp =
	| { op: 'rename'; at: number; to: string }
	| { op: 'swap'; at: number; to: Json }
	| { op: 'delete'; at: number }
	| { op: 'duplicate'; at: number }
	| { op: 'insert'; at: number; key: string; value: Json };

export type TextOp =
	| { op: 'flip'; at: number; to: string }
	| { op: 'insert'; at: number; text: string }
	| { op: 'cut'; at: number; length: number }
	| { op: 'truncate'; at: number }
	| { op: 'dupLine'; at: number };

const KEYS = CATALOGUE.map((d) => d.key);
const typo = (k: string, i: number) => k.slice(0, i % k.length) + k.slice((i % k.length) + 1);

/** Keys a hostile or careless file might hold. */
export const keyArb: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...KEYS) },
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.nat()).map(([k, i]) => typo(k, i)) },
	{
		weight: 2,
		arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf')
	},
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'format',
			'version',
			'name',
			'description',
			'start',
			'years',
			'parameters',
			'value',
			'values',
			'note',
			'uncertainty',
			'dist',
			'low',
			'high',
			'sd',
			'cells',
			'doc',
			'id',
			'history',
			'register'
		)
	},
	{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
);

/** Formulas: mostly small, over real names and functions, sometimes broken. Each costs a HyperFormula build. */
export const formulaArb: fc.Arbitrary<string> = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				...KEYS.slice(0, 8).map((k) => `${k}_y1`),
				'basic_area',
				'reward_fund_y2',
				'quasi_subsidy_y1',
				'A1',
				'Sheet1!A1',
				'nope'
			),
			fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
			fc.constantFrom(
				'+',
				'-',
				'*',
				'/',
				'^',
				'%',
				'&',
				'(',
				')',
				',',
				'SUM(',
				'IF(',
				'ROUND(',
				'MAX(',
				'INDIRECT(',
				'"x"',
				'#REF!',
				'1/0',
				'TRUE'
			)
		),
		{ minLength: 1, maxLength: 8 }
	)
	.map((parts) => `=${parts.join('')}`);

/** Values of every JSON type, with the edge cases readers trip on. No formulas: those are drawn on purpose. */
export const valueArb: fc.Arbitrary<Json> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom<Json>(
			null,
			true,
			false,
			0,
			-1,
			1e308,
			-1e308,
			5e-324,
			2 ** 53 + 1,
			0.5,
			100,
			'',
			'0.3',
			'NaN',
			'1e999',
			'2022-13',
			'__proto__',
			[],
			{},
			[[]],
			[null, null, null],
			{ dist: 'normal' }
		)
	},
	{ weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
	{ weight: 2, arbitrary: fc.integer({ min: -10, max: 1000 }) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 30 }).filter((s) => !s.startsWith('=')) },
	{
		weight: 1,
		arbitrary: fc
			.jsonValue({ maxDepth: 3 })
			.filter((v) => typeof v !== 'string' || !v.startsWith('=')) as fc.Arbitrary<Json>
	},
	{ weight: 1, arbitrary: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 0, maxLength: 5 }) },
	{ weight: 1, arbitrary: fc.constantFrom<Json>('x'.repeat(5000), JSON.parse('['.repeat(2000) + ']'.repeat(2000))) }
);

export function jsonOpArb(value: fc.Arbitrary<Json> = valueArb): fc.Arbitrary<JsonOp> {
	return fc.oneof(
		fc.record({ op: fc.constant('rename' as const), at: fc.nat(), to: keyArb }),
		fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: value }),
		fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
		fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
		fc.record({ op: fc.constant('insert' as const), at: fc.nat(), key: keyArb, value })
	);
}

export const textOpArb: fc.Arbitrary<TextOp> = fc.oneof(
	fc.record({
		op: fc.constant('flip' as const),
		at: fc.nat(),
		to: fc.oneof(
			fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '\n', '\u0000', '\uFEFF', '0', '-', 'e', '=', '\uD800'),
			fc.string({ minLength: 1, maxLength: 1 })
		)
	}),
	fc.record({
		op: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.oneof(
			fc.string({ maxLength: 8 }),
			fc.constantFrom('","', '":', '},{', '"__proto__":{},', ',,', '\r\n', '\uFEFF')
		)
	}),
	fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
	fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() })
);

/** Every place in a JSON tree: a container and the key (or index) of one of its children. */
function places(root: Json): { parent: Json[] | Record<string, Json>; key: string | number }[] {
	const out: { parent: Json[] | Record<string, Json>; key: string | number }[] = [];
	const walk = (node: Json, depth: number) => {
		if (depth > 50 || node === null || typeof node !== 'object') return;
		if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i }), walk(v, depth + 1)));
		else
			for (const k of Object.keys(node)) {
				out.push({ parent: node, key: k });
				walk(node[k], depth + 1);
			}
	};
	walk(root, 0);
	return out;
}

/** Sets an own property even for "__proto__", which plain assignment would turn into a prototype change. */
function setOwn(o: Record<string, Json>, key: string, value: Json) {
	Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies the script to a deep copy; the root object itself is never replaced (a swap there is skipped). */
export function applyJson(root: Json, ops: readonly JsonOp[]): Json {
	const doc = structuredClone(root);
	for (const o of ops) {
		const all = places(doc);
		if (!all.length) break;
		const { parent, key } = all[o.at % all.length];
		if (Array.isArray(parent)) {
			const i = key as number;
			if (o.op === 'swap') parent[i] = o.to;
			else if (o.op === 'delete') parent.splice(i, 1);
			else if (o.op === 'duplicate') parent.splice(i, 0, structuredClone(parent[i]));
			else if (o.op === 'insert') parent.splice(i, 0, o.value);
			else if (o.op === 'rename') parent[i] = o.to; // an element has no name: it becomes that text
		} else {
			const k = key as string;
			if (o.op === 'swap') setOwn(parent, k, o.to);
			else if (o.op === 'delete') delete parent[k];
			else if (o.op === 'duplicate') setOwn(parent, `${k}_copy`, structuredClone(parent[k]));
			else if (o.op === 'insert') setOwn(parent, o.key, o.value);
			else if (o.op === 'rename' && o.to !== k) {
				const v = parent[k];
				delete parent[k];
				setOwn(parent, o.to, v);
			}
		}
	}
	return doc;
}

export function applyText(text: string, ops: readonly TextOp[]): string {
	let s = text;
	for (const o of ops) {
		const at = s.length ? o.at % s.length : 0;
		if (o.op === 'flip') s = s.slice(0, at) + o.to + s.slice(at + 1);
		else if (o.op === 'insert') s = s.slice(0, at) + o.text + s.slice(at);
		else if (o.op === 'cut') s = s.slice(0, at) + s.slice(at + o.length);
		else if (o.op === 'truncate') s = s.slice(0, at);
		else {
			const lines = s.split('\n');
			const i = o.at % lines.length;
			lines.splice(i, 0, lines[i]); // a duplicated line: a repeated JSON key, a repeated register row
			s = lines.join('\n');
		}
	}
	return s;
}

/** Byte-level flips for binary inputs (XLSX archives, odd encodings). */
export const byteOpsArb = fc.array(fc.record({ at: fc.nat(), to: fc.integer({ min: 0, max: 255 }) }), {
	minLength: 1,
	maxLength: 8
});
export function applyBytes(bytes: Uint8Array, ops: readonly { at: number; to: number }[]): Uint8Array {
	const out = bytes.slice();
	for (const o of ops) if (out.length) out[o.at % out.length] = o.to;
	return out;
}

/** Tallies for the log line each fuzz test prints. */
export class Tally {
	refused = 0;
	accepted = 0;
	crashed: string[] = [];
	slowest = 0;
	slowestCase = '';
	constructor(readonly name: string) {}
	time<T>(label: () => string, f: () => T): T {
		const t0 = performance.now();
		const r = f();
		const ms = performance.now() - t0;
		if (ms > this.slowest) [this.slowest, this.slowestCase] = [ms, label()];
		return r;
	}
	get total() {
		return this.refused + this.accepted + this.crashed.length;
	}
	line() {
		return `${this.name}: ${this.total} inputs — ${this.refused} refused, ${this.accepted} accepted, ${this.crashed.length} crashed; slowest ${Math.round(this.slowest)} ms`;
	}
}
