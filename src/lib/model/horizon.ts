/**
 * Changing a scenario's horizon (1–10 plan years) or start month. Added years are filled by the catalogue's
 * rule beyond the last year: a parameter marked `after3: 'zero'` (subsidies, the reward fund: the plan funds
 * three years) gets 0, every other one repeats its last cell (a formula is copied as written: names are
 * absolute). Removed years drop their cells; every other cell is kept as it was. Per-year uncertainty bounds
 * follow the same rule (repeat the last bound).
 */
import { CATALOGUE } from './catalogue';
import { MAX_YEARS, type Cell, type ParamEntry, type ScenarioDoc, type Uncertainty } from './scenario';
import { START_PATTERN } from './time';

function resize<T>(list: T[], years: number, fill: (last: T) => T): T[] {
	if (list.length >= years) return list.slice(0, years);
	const out = list.slice();
	while (out.length < years) out.push(fill(out[out.length - 1]));
	return out;
}

function resizeBound(b: number | number[] | undefined, years: number): number | number[] | undefined {
	return Array.isArray(b) ? resize(b, years, (x) => x) : b;
}

export function withHorizon(doc: ScenarioDoc, years: number): ScenarioDoc {
	if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS)
		throw new RangeError(`years must be a whole number 1–${MAX_YEARS}`);
	const params: Record<string, ParamEntry> = {};
	for (const [key, entry] of Object.entries(doc.params)) params[key] = entry;
	for (const def of CATALOGUE) {
		const e = doc.params[def.key];
		if (!e || def.shape === 'scalar') continue;
		const cells = resize<Cell>(e.cells, years, (last) => (def.after3 === 'zero' ? 0 : (last ?? null)));
		const next: ParamEntry = { ...e, cells };
		if (e.uncertainty) {
			const u: Uncertainty = { ...e.uncertainty };
			const low = resizeBound(u.low, years),
				high = resizeBound(u.high, years);
			if (low !== undefined) u.low = low;
			if (high !== undefined) u.high = high;
			next.uncertainty = u;
		}
		params[def.key] = next;
	}
	const out: ScenarioDoc = { ...doc, years, params };
	if (doc.actuals) {
		const a: Record<string, (number | null)[]> = {};
		for (const [k, list] of Object.entries(doc.actuals)) a[k] = resize(list, years, () => null);
		out.actuals = a;
	}
	return out;
}

export function withStart(doc: ScenarioDoc, start: string): ScenarioDoc {
	if (!START_PATTERN.test(start)) throw new RangeError('start must be "YYYY-MM"');
	return { ...doc, start };
}
