/**
 * The import walk the first-screen lint tests share: how a `src/` module names another, and which of its imports
 * load it up front. Regular expressions over the source, not a parser: the tests that use it each check it finds
 * what they look for where it is known to be.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const SRC = resolve(__dirname, '../../src');

/** The file a relative or `$lib/` import names, or null for a package. */
export function resolveLocal(from: string, spec: string): string | null {
	const base = spec.startsWith('$lib/') ? join(SRC, 'lib', spec.slice(5)) : resolve(dirname(from), spec);
	for (const c of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')])
		if (statSync(c, { throwIfNoEntry: false })?.isFile()) return c;
	return null;
}

/** Static value imports and re-exports (`import type …` loads nothing), and with `dynamic` the `import('…')`s too. */
export function imports(file: string, dynamic = false): string[] {
	const src = readFileSync(file, 'utf8');
	const out: string[] = [];
	for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
		if (m[2] || (m[1] === 'export' && !/[{*]/.test(m[3]))) continue;
		out.push(m[4]);
	}
	for (const m of src.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]);
	if (dynamic) for (const m of src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
	return out;
}
