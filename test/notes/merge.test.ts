/**
 * Notes (批注) merged like cells: over random note edits on both sides, one-sided changes are taken, the same
 * change is one, different changes are conflicts — checked against a reference written here note by note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellNote } from '../../src/lib/model/cell-note';
import { planScenario } from '../../src/lib/model/plan-scenario';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { mergeCopies, resolve } from '../../src/lib/state/merge-copy';
import { conflictLabel, conflictValue } from '../../src/lib/ui/share/conflict-text';

const CELLS = ['market_compounds', 'basic_fee_y1', 'basic_fee_y2', 'basic_fee_y3', 'quasi_fee_y2'];
const n = (text: string, by = '王芳'): CellNote => ({ by, at: '2026-12-07T06:20:00.000Z', text });
const base = planScenario();
base.notes = { basic_fee_y2: n('原批注'), market_compounds: n('含新交付小区') };

/** undefined: left as in base; null: removed; a text: a new note with it. */
const sideArb = fc.dictionary(fc.constantFrom(...CELLS), fc.constantFrom<string | null>(null, 'a', 'b'), {
	maxKeys: 4
});
const apply = (edits: Record<string, string | null>): ScenarioDoc => {
	const d = structuredClone(base);
	for (const [cell, text] of Object.entries(edits)) {
		if (text === null) delete d.notes![cell];
		else d.notes![cell] = n(text);
	}
	return d;
};
const textOf = (d: ScenarioDoc, cell: string) => d.notes?.[cell]?.text ?? null;

describe('notes merged like cells', () => {
	it('property: one side only taken, the same once, different a conflict (seed 25, 300 runs)', () => {
		fc.assert(
			fc.property(sideArb, sideArb, (em, et) => {
				const [mine, theirs] = [apply(em), apply(et)];
				const r = mergeCopies(base, mine, theirs);
				if (!r.ok) throw new Error('same horizon');
				const want: string[] = [];
				for (const cell of CELLS) {
					const [b, m, t] = [textOf(base, cell), textOf(mine, cell), textOf(theirs, cell)];
					if (m !== b && t !== b && m !== t) want.push(`cellnote:${cell}`);
					else expect(textOf(r.merged, cell), cell).toBe(m !== b ? m : t);
				}
				expect(r.conflicts.map((c) => c.cell).sort()).toEqual(want.sort());
				const all = resolve(r, theirs, () => 'theirs');
				for (const cell of CELLS)
					if (want.includes(`cellnote:${cell}`)) expect(textOf(all, cell)).toBe(textOf(theirs, cell));
			}),
			{ seed: 25, numRuns: 300 }
		);
	});

	it('a conflict shows base, mine and theirs in the planner’s words, and removing every note leaves no field', () => {
		const mine = apply({ basic_fee_y2: '我方意见' });
		const theirs = apply({ basic_fee_y2: '对方意见', market_compounds: null });
		const r = mergeCopies(base, mine, theirs);
		if (!r.ok) throw new Error();
		expect(r.conflicts.map((c) => c.cell)).toEqual(['cellnote:basic_fee_y2']);
		const c = r.conflicts[0];
		expect(conflictLabel('zh', c, 3)).toMatch(/^基础物业.* · 第 ?2 ?年 的批注$/);
		expect(conflictValue('zh', c, c.theirs, 3)).toMatch(/^王芳，2026-12-07 \d\d:20：对方意见$/);
		expect(conflictValue('en', c, c.base, 3)).toMatch(/^王芳, 2026-12-07 \d\d:20: 原批注$/);
		expect(r.merged.notes).toEqual({ basic_fee_y2: n('我方意见') });
		const none = mergeCopies(base, apply({ basic_fee_y2: null }), apply({ market_compounds: null }));
		expect(none.ok && none.merged).not.toHaveProperty('notes');
	});
});
