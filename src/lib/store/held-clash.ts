/**
 * A clash left unanswered survives the page. When a tab's write meets another tab's value for
 * the same cell, its journal rows are marked with the clashing cells; opening the scenario later (a reload of
 * that tab, or any other tab) does not replay those rows over the other tab's value — which silently settled
 * the clash for "mine" before — but hands them back as the clash, to wait for the planner's choice.
 */
import type { Cell } from '../model/scenario';
import { ok, type CellClash, type StoreResult } from './result';
import type { JournalRecord } from './schema';
import { inTx, type Ctx } from './tx';

/** Marks journal rows `ids` as held by a clash on `cells`; rows already gone (written) are skipped. */
export async function holdClash(ctx: Ctx, ids: number[], cells: CellClash[]): Promise<StoreResult<number>> {
	const clash = cells.map((c) => ({ cell: c.cell, base: c.base }));
	return inTx(ctx.db, ['journal'], 'readwrite', async (tx) => {
		const journal = tx.objectStore('journal');
		let held = 0;
		for (const id of ids) {
			const row = await journal.get(id);
			if (!row) continue;
			await journal.put({ ...row, clash });
			held++;
		}
		return ok(held);
	});
}

/** The clash a set of held rows still makes against what is stored (`stored` reads a cell): cells it holds otherwise. */
export function heldClash(rows: JournalRecord[], stored: (cell: string) => Cell): CellClash[] {
	const mine = new Map<string, CellClash>();
	for (const r of rows)
		for (const c of r.clash ?? []) {
			const typed = r.cells.findLast((x) => x.name === c.cell);
			if (!typed) continue;
			const was = mine.get(c.cell);
			mine.set(c.cell, { cell: c.cell, base: was?.base ?? c.base, mine: typed.cell, theirs: null });
		}
	const out: CellClash[] = [];
	for (const c of mine.values()) {
		const theirs = stored(c.cell);
		if (theirs !== c.mine) out.push({ ...c, theirs });
	}
	return out;
}
