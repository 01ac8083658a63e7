import { readFileSync } from 'node:fs';
import type { ScenarioRun } from '../../src/lib/compare';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { runProjection } from '../../src/lib/model/run';

/** A scenario file from scenarios/, read and projected as the CLI and the compare page do. */
export function loadRun(file: string): ScenarioRun {
	const r = readScenarioText(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
	if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => e.message).join('; ')}`);
	return { id: file, doc: r.doc, values: r.values, projection: runProjection(r.values, r.doc.years, r.doc.start) };
}

/** A scenario built from the plan file with some parameters' cells replaced (read through the same reader). */
export function planWith(
	cells: Record<string, (number | string | null)[]>,
	extra: Record<string, unknown> = {}
): ScenarioRun {
	const file = JSON.parse(readFileSync(new URL('../../scenarios/plan-2022-2024.json', import.meta.url), 'utf8'));
	for (const [k, v] of Object.entries(cells))
		file.parameters[k] = 'value' in (file.parameters[k] ?? {}) ? { value: v[0] } : { values: v };
	Object.assign(file, extra);
	const r = readScenarioText(JSON.stringify(file));
	if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
	return { id: 'variant', doc: r.doc, values: r.values, projection: runProjection(r.values, r.doc.years, r.doc.start) };
}

/** A file that gives only its envelope: every parameter takes the plan's value, for any horizon. */
export function bare(envelope: Record<string, unknown>): ScenarioRun {
	const r = readScenarioText(JSON.stringify({ format: 'property-plan-scenario', version: 1, ...envelope }));
	if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
	return { id: 'bare', doc: r.doc, values: r.values, projection: runProjection(r.values, r.doc.years, r.doc.start) };
}
