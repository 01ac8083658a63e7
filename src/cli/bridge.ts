/**
 * `simulate FILE --bridge BASELINE.json`: the bridge from the baseline file to FILE (docs/model.md § Bridge).
 * The baseline is read by the same reader as FILE; a file that cannot be used lists the reader's errors.
 */
import { readFileSync } from 'node:fs';
import { bridgeJson } from '../lib/io/bridge-json';
import { decodeText } from '../lib/io/decode-text';
import { describe } from '../lib/io/read-error';
import { readScenarioText } from '../lib/io/read-scenario';
import { bridge, type BridgeSide } from '../lib/model/bridge';

export function runCliBridge(
	path: string,
	alt: BridgeSide
): { ok: true; result: ReturnType<typeof bridgeJson> } | { ok: false; errors: string[] } {
	let text: string;
	try {
		text = decodeText(readFileSync(path));
	} catch (e) {
		return {
			ok: false,
			errors: [`${path}: cannot read the baseline file (${(e as NodeJS.ErrnoException).code ?? e})`]
		};
	}
	const r = readScenarioText(text);
	if (!r.ok)
		return {
			ok: false,
			errors: [
				`${path}: ${r.errors.length} error${r.errors.length === 1 ? '' : 's'} in the baseline`,
				...r.errors.map((e) => `  ${describe(e)}`)
			]
		};
	const b = bridge({ values: r.values, years: r.doc.years, start: r.doc.start }, alt);
	if (!b.ok) return { ok: false, errors: [`--bridge ${path}: ${b.message.en}`] };
	return { ok: true, result: bridgeJson(r.doc.name, b) };
}

/** The plain-text lines: the horizon's outlay, part by part. */
export function bridgeText(j: ReturnType<typeof bridgeJson>): string {
	const o = j.outputs['total.outlay'] as { delta: number; parts: { parameter: string; value: number }[] };
	const f = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(3)}`;
	const lines = [`Bridge from ${j.baseline}: total outlay ${f(o.delta)} 万元`];
	for (const p of o.parts) lines.push(`  ${p.parameter.padEnd(28)} ${f(p.value)}`);
	return lines.join('\n');
}
