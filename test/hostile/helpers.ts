/**
 * Shared by the hostile-file tests: the named fixtures, a guard that Object.prototype (and friends) came out
 * untouched, and a clock: "contained" means refused or read within a time budget, never a throw or a hang.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export const file = (name: string) => new Uint8Array(readFileSync(new URL(`files/${name}`, import.meta.url)));
export const text = (name: string) => readFileSync(new URL(`files/${name}`, import.meta.url), 'utf8');
export const utf8 = (s: string) => new TextEncoder().encode(s);

/** A budget far above what the readers need (≤ ~0.5 s here) and far below a hang, on a busy 2-core machine. */
export const BUDGET_MS = 3000;
/**
 * For inputs built to make work grow (thousands of keys, a huge key, a huge header): a sound reader refuses
 * them in well under 100 ms, one that does per-item work takes seconds.
 */
export const SHORT_BUDGET_MS = 1000;

/** Runs `f`, failing the test if it throws or outlasts `budget`; returns its result. */
export async function contained<T>(f: () => T | Promise<T>, budget = BUDGET_MS): Promise<T> {
	const t0 = performance.now();
	let result: T;
	try {
		result = await f();
	} catch (e) {
		throw new Error(`threw instead of refusing: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, {
			cause: e
		});
	}
	const ms = performance.now() - t0;
	expect(ms, `took ${Math.round(ms)} ms (budget ${budget} ms)`).toBeLessThan(budget);
	return result;
}

const PROTOS = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = PROTOS.map((p) => Object.getOwnPropertyNames(p).sort());

/** Object.prototype and the other built-in prototypes have exactly the properties they had at start-up. */
export function expectUnpolluted() {
	expect(PROTOS.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(before);
	const probe = {} as Record<string, unknown>;
	for (const k of ['polluted', 'x', 'value', 'values', 'cells', 'name', 'tier']) expect(probe[k], k).toBeUndefined();
	expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

/** A message a person can read: present, and not the whole hostile input echoed back. */
export function expectReadable(message: string, max = 600) {
	expect(message.length).toBeGreaterThan(10);
	expect(message.length, `message of ${message.length} characters: ${message.slice(0, 120)}…`).toBeLessThanOrEqual(max);
}

/** `n` levels of `[` … `]`: JSON.parse copes; code that recurses over the result may not. */
export const deepList = (n: number) => '['.repeat(n) + ']'.repeat(n);

/**
 * A zip entry of `mb` megabytes of zeros, deflated as a stream (never held whole in memory); `claim` is the
 * uncompressed size the zip's directory will state (a lying archive), by default the true one.
 */
export async function zeros(
	name: string,
	mb: number,
	claim?: number
): Promise<{ name: string; deflated: Uint8Array; size: number }> {
	const { createDeflateRaw } = await import('node:zlib');
	const z = createDeflateRaw({ level: 9 });
	const out: Buffer[] = [];
	z.on('data', (c: Buffer) => out.push(c));
	const done = new Promise((r) => z.on('end', r));
	const chunk = Buffer.alloc(1 << 20);
	for (let i = 0; i < mb; i++) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
	z.end();
	await done;
	return { name, deflated: Buffer.concat(out), size: claim ?? mb * (1 << 20) };
}
