/**
 * The browser loads the message catalogue in two parts (src/lib/i18n/table-first.ts): what the workbench's first
 * screen uses, then the later areas once its figures show. A first-screen module that used a later area's key
 * would throw in the browser ("used before its area loaded"), so this walks what loads before that point — the
 * static imports of every page, and the dynamic imports of the first screen outside the places that wait for
 * the catalogue (the tabs in routes/+page.svelte and the screens built by state/app.ts) — and fails naming the
 * file and the key. It also checks that the two parts together are the whole catalogue, key for key.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, MESSAGES } from '../../src/lib/i18n/table';
import { LATER, MESSAGES as FIRST } from '../../src/lib/i18n/table-first';
import { LATER_MESSAGES } from '../../src/lib/i18n/messages/later';
import { imports, resolveLocal, SRC } from './imports';

/** Where a dynamic import waits for the catalogue first: not followed. */
const GATED = ['routes/+page.svelte', 'lib/state/app.ts'].map((f) => join(SRC, f));

/** Every file loaded from `entries` before the later areas are there (the catalogue itself left out). */
function reached(entries: string[], dynamic: boolean): string[] {
	const seen = new Set<string>();
	const walk = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const spec of imports(file, dynamic && !GATED.includes(file))) {
			if (!spec.startsWith('.') && !spec.startsWith('$lib/')) continue;
			const next = resolveLocal(file, spec);
			if (next) walk(next);
		}
	};
	entries.forEach((e) => walk(join(SRC, e)));
	return [...seen].filter((f) => !f.includes(`${join(SRC, 'lib/i18n')}/`));
}

/** `file: key` for each later area's key a file names (every such key starts with its area and a dot). */
function laterKeysIn(files: string[]): string[] {
	const found: string[] = [];
	for (const f of files) {
		const src = readFileSync(f, 'utf8');
		for (const area of LATER) {
			const m = new RegExp(`['"\`](${area}\\.[\\w.$\\{]*)`).exec(src);
			if (m) found.push(`${relative(SRC, f)}: ${m[1]}`);
		}
	}
	return found;
}

describe('the catalogue in two parts', () => {
	it('together they hold every key of the catalogue once, with the same words', () => {
		const later = LATER_MESSAGES as Record<string, unknown>;
		const first = FIRST as Record<string, unknown>;
		expect(Object.keys(first).filter((k) => k in later)).toEqual([]);
		expect({ ...first, ...later }).toEqual(MESSAGES);
	});

	it('the later part is exactly the areas LATER names, and each of their keys starts with its area', () => {
		const areas = AREAS as Record<string, Record<string, unknown>>;
		const expected = Object.fromEntries(LATER.flatMap((a) => Object.entries(areas[a])));
		expect(LATER_MESSAGES).toEqual(expected);
		for (const a of LATER) expect(Object.keys(areas[a]).filter((k) => !k.startsWith(`${a}.`))).toEqual([]);
	});

	it("no module the workbench's first screen loads uses a later area's key", () => {
		expect(laterKeysIn(reached(['routes/+layout.svelte', 'routes/+page.svelte'], true))).toEqual([]);
	});

	it('no module another page imports up front uses one either (its modules load before the layout waits)', () => {
		const pages = ['routes/compare/+page.svelte', 'routes/shared/+page.svelte', 'routes/model/+page.svelte'];
		expect(laterKeysIn(reached(pages, false))).toEqual([]);
	});

	it('the walk does find later keys where they are used (the Compare and Register screens)', () => {
		const found = laterKeysIn(reached(['lib/ui/compare/ComparePage.svelte'], false));
		expect(found.some((f) => f.includes('compare.') || f.includes('plancheck.'))).toBe(true);
		expect(laterKeysIn(reached(['lib/ui/cashflow/RegisterViews.svelte'], false)).length).toBeGreaterThan(0);
	});
});
