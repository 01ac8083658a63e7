/** The reader's step for `correlations`: its shape (correlation-schema), then its meaning (correlation-check). */
import { checkCorrelations } from '../model/montecarlo/correlation-check';
import type { ScenarioDoc } from '../model/scenario';
import { parseCorrelations } from './correlation-schema';
import type { ReadError } from './read-error';

/** Sets `doc.correlations` when the list is well formed; pushes every problem onto `errors`. */
export function readCorrelations(raw: unknown, doc: ScenarioDoc, errors: ReadError[]): void {
	const r = parseCorrelations(raw);
	if (!r.ok) {
		for (const p of r.problems) errors.push({ path: `correlations${p.path}`, message: p.message });
		return;
	}
	doc.correlations = r.value;
	for (const p of checkCorrelations(r.value, doc))
		errors.push({ path: p.path, message: p.message.en, zh: p.message.zh });
}
