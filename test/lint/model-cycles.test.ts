/**
 * src/lib/model and src/lib/state have no import cycles, type imports included: a cycle makes the layers' order
 * a matter of luck (which module initialises first) and the next engineer cannot read one module without the
 * other. In state/, a part that needs its owner's members gets them through a narrow interface (`SavingHost`,
 * `PlanCopyHost`) rather than importing the owner.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const LIB = resolve(__dirname, '../../src/lib');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
	});
}

function imports(file: string): string[] {
	const src = readFileSync(file, 'utf8');
	const out: string[] = [];
	for (const m of src.matchAll(/^(?:import|export)\b[^;]*?from\s+'(\.[^']+)'/gms)) {
		const target = resolve(dirname(file), m[1]);
		for (const c of [`${target}.ts`, join(target, 'index.ts')])
			if (statSync(c, { throwIfNoEntry: false })?.isFile()) out.push(c);
	}
	return out;
}

/** Every cycle found by a depth-first walk, as the files in order. */
function cycles(all: string[]): string[][] {
	const graph = new Map(all.map((f) => [f, imports(f)]));
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (f: string) => {
		state.set(f, 'open');
		stack.push(f);
		for (const g of graph.get(f) ?? []) {
			if (state.get(g) === 'open') found.push([...stack.slice(stack.indexOf(g)), g]);
			else if (!state.has(g)) visit(g);
		}
		stack.pop();
		state.set(f, 'done');
	};
	for (const f of all) if (!state.has(f)) visit(f);
	return found;
}

function cyclesIn(dir: string): string[] {
	const root = join(LIB, dir);
	return cycles(files(root)).map((c) => c.map((f) => relative(root, f)).join(' → '));
}

it('the model\u2019s modules import one another without a cycle', () => {
	expect(cyclesIn('model')).toEqual([]);
});

it('the state modules import one another without a cycle', () => {
	expect(cyclesIn('state')).toEqual([]);
});

it('finds a cycle through a type import between .svelte.ts files (the check is not vacuous)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
	writeFileSync(join(dir, 'owner.svelte.ts'), "import { part } from './part.svelte';\nexport const owner = part;\n");
	writeFileSync(join(dir, 'part.svelte.ts'), "import type { Owner } from './owner.svelte';\nexport const part = 1;\n");
	writeFileSync(join(dir, 'alone.ts'), "import { owner } from './owner.svelte';\nexport const alone = owner;\n");
	const found = cycles(files(dir)).map((c) => c.map((f) => relative(dir, f)).join(' → '));
	rmSync(dir, { recursive: true });
	expect(found).toEqual(['owner.svelte.ts → part.svelte.ts → owner.svelte.ts']);
});
