/**
 * src/lib/model has no import cycles, type imports included: a cycle makes the layers' order a matter of luck
 * (which module initialises first) and the next engineer cannot read one module without the other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../src/lib/model');

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

it('the model\u2019s modules import one another without a cycle', () => {
	const found = cycles(files(ROOT)).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
	expect(found).toEqual([]);
});
