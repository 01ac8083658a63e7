/**
 * The workbench's first screen opens without the formula engine or the XLSX library: they load in the sheet
 * worker, or when a tab or an import first needs them. One static import of the scenario reader from a
 * component on the first screen once put HyperFormula (~210 KB gzip) back in the page's initial JavaScript and
 * added a second to every open. This walks the static imports (type-only and dynamic ones excluded) from the
 * page's entry points and fails naming the chain that reaches a heavy package.
 */
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { imports as staticImports, resolveLocal, SRC } from './imports';

const ENTRIES = ['routes/+layout.svelte', 'routes/+page.svelte'].map((f) => join(SRC, f));
const HEAVY = ['hyperformula', 'exceljs'];

function chainToHeavy(): string[] | null {
	const seen = new Set<string>();
	const walk = (file: string, path: string[]): string[] | null => {
		if (seen.has(file)) return null;
		seen.add(file);
		for (const spec of staticImports(file)) {
			if (HEAVY.some((h) => spec === h || spec.startsWith(`${h}/`))) return [...path, file, spec];
			if (!spec.startsWith('.') && !spec.startsWith('$lib/')) continue;
			const next = resolveLocal(file, spec);
			const found = next && walk(next, [...path, file]);
			if (found) return found;
		}
		return null;
	};
	for (const e of ENTRIES) {
		const found = walk(e, []);
		if (found) return found.map((f) => (f.startsWith(SRC) ? relative(SRC, f) : f));
	}
	return null;
}

it('no static import chain from the workbench page reaches the formula engine or the XLSX library', () => {
	expect(chainToHeavy()).toBeNull();
});

it('the walk does find the engine where it is imported (the sheet worker)', () => {
	const worker = join(SRC, 'lib/worker/sheet.worker.ts');
	const seen = new Set<string>();
	const reaches = (f: string): boolean => {
		if (seen.has(f)) return false;
		seen.add(f);
		return staticImports(f).some((s) => {
			if (s === 'hyperformula') return true;
			const n = s.startsWith('.') || s.startsWith('$lib/') ? resolveLocal(f, s) : null;
			return !!n && reaches(n);
		});
	};
	expect(reaches(worker)).toBe(true);
});
