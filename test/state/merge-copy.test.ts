/**
 * A colleague's copy merged back. Property: over random pairs of edits to the same base, every
 * one-sided edit is kept and exactly the cells changed differently on both sides are reported, checked against
 * a reference written here cell by cell. Then notes, ranges, correlations and actuals by the same rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, cellName } from '../../src/lib/model/catalogue';
import { planScenario } from '../../src/lib/model/plan-scenario';
import type { Cell, ScenarioDoc } from '../../src/lib/model/scenario';
import { mergeCopies, resolve } from '../../src/lib/state/merge-copy';

const base = planScenario();
const NAMES = CATALOGUE.flatMap((d) =>
	d.shape === 'scalar' ? [cellName(d, 0)] : [0, 1, 2].map((y) => cellName(d, y))
);
/** name → [key, year] worked out here, not by the app's parser. */
const where = new Map(
	CATALOGUE.flatMap((d) =>
		d.shape === 'scalar' ? [[d.key, [d.key, 0]]] : [0, 1, 2].map((y) => [`${d.key}_y${y + 1}`, [d.key, y]])
	) as [string, [string, number]][]
);
const get = (doc: ScenarioDoc, name: string) => {
	const [k, y] = where.get(name)!;
	return doc.params[k].cells[y];
};
const edited = (edits: Record<string, Cell>, notes: Record<string, string>) => {
	const d = structuredClone(base);
	for (const [n, v] of Object.entries(edits)) {
		const [k, y] = where.get(n)!;
		d.params[k].cells[y] = v;
	}
	for (const [k, v] of Object.entries(notes)) d.params[k].note = v;
	return d;
};
// Few values, so that both sides often make the same change, and sometimes the plan's own value.
const valueArb = fc.constantFrom<Cell>(0, 0.3, 0.5, 1, 3, '=basic_fee_y1');
const editsArb = fc.dictionary(fc.constantFrom(...NAMES.slice(0, 40)), valueArb, { maxKeys: 12 });
const notesArb = fc.dictionary(fc.constantFrom(...CATALOGUE.slice(0, 6).map((d) => d.key)), fc.constantFrom('a', 'b'), {
	maxKeys: 3
});

describe('property: three-way merge of random edit pairs', () => {
	it('keeps every one-sided edit and reports exactly the conflicting cells (seed 25, 300 runs)', () => {
		fc.assert(
			fc.property(editsArb, editsArb, notesArb, notesArb, (em, et, nm, nt) => {
				const mine = edited(em, nm);
				const theirs = edited(et, nt);
				const r = mergeCopies(base, mine, theirs);
				if (!r.ok) throw new Error('same horizon');
				const want: string[] = [];
				for (const n of NAMES) {
					const [b, m, t] = [get(base, n), get(mine, n), get(theirs, n)];
					const clash = m !== b && t !== b && m !== t;
					if (clash) want.push(n);
					expect(get(r.merged, n), n).toBe(clash || m !== b ? m : t);
				}
				for (const d of CATALOGUE) {
					const [b, m, t] = [base.params[d.key].note, mine.params[d.key].note, theirs.params[d.key].note];
					if (m !== b && t !== b && m !== t) want.push(`note:${d.key}`);
					else expect(r.merged.params[d.key].note).toBe(m !== b ? m : t);
				}
				expect(r.conflicts.map((c) => c.cell).sort()).toEqual(want.sort());
				// All theirs: every conflict takes their value; all mine: the merge as it stands.
				const all = resolve(r, theirs, () => 'theirs');
				for (const c of r.conflicts.filter((c) => c.kind === 'cell'))
					expect(get(all, c.cell)).toBe(get(theirs, c.cell));
				expect(resolve(r, theirs, () => 'mine')).toEqual(r.merged);
			}),
			{ seed: 25, numRuns: 300 }
		);
	}, 120_000);
});

describe('ranges, correlations and actuals by the same rule', () => {
	const tri = (low: number, high: number) => ({ dist: 'triangular' as const, low, high });
	it('one-sided changes taken, the same change once, different changes a conflict', () => {
		const b = structuredClone(base);
		b.params.basic_fee.uncertainty = tri(0.2, 0.4);
		b.correlations = [{ a: 'basic_fee', b: 'quasi_fee', rho: 0.5 }];
		b.actuals = { outlay: [100, null, null] };
		const mine = structuredClone(b);
		const theirs = structuredClone(b);
		mine.params.basic_fee.uncertainty = tri(0.25, 0.4); // mine only
		theirs.params.quasi_fee.uncertainty = tri(0.5, 0.7); // theirs only
		mine.correlations = [{ a: 'quasi_fee', b: 'basic_fee', rho: 0.6 }]; // the same pair, written the other way
		theirs.correlations = [{ a: 'basic_fee', b: 'quasi_fee', rho: 0.7 }];
		mine.actuals = { outlay: [100, 120, null] };
		theirs.actuals = { outlay: [100, 120, null], committees: [190, null, null] };
		const r = mergeCopies(b, mine, theirs);
		if (!r.ok) throw new Error();
		expect(r.merged.params.basic_fee.uncertainty).toEqual(tri(0.25, 0.4));
		expect(r.merged.params.quasi_fee.uncertainty).toEqual(tri(0.5, 0.7));
		expect(r.merged.actuals).toEqual({ outlay: [100, 120, null], committees: [190] });
		expect(r.conflicts).toEqual([
			{ kind: 'correlation', cell: 'correlation:basic_fee|quasi_fee', base: 0.5, mine: 0.6, theirs: 0.7 }
		]);
		expect(resolve(r, theirs, () => 'theirs').correlations).toEqual([{ a: 'basic_fee', b: 'quasi_fee', rho: 0.7 }]);
	});

	it('two copies with different horizons are not merged', () => {
		const r = mergeCopies(base, base, planScenario(5));
		expect(r).toEqual({ ok: false, mineYears: 3, theirYears: 5 });
	});
});
