/**
 * Guard rails on budget-sized slips: after each of this tab's own edits, the cells it set are
 * held against their plausible band and the horizon's outlay against the factor rule (model/guard/). What they
 * find is announced in one line that blocks nothing, with a one-click undo; the value is kept either way.
 */
import { cellName, PARAM } from '../model/catalogue';
import { parseName } from '../model/cell-names';
import { outside, plausibleBand, type Band } from '../model/guard/band';
import { outlayJump, type Jump } from '../model/guard/jump';
import type { Applied, Workbench } from './workbench.svelte';

export interface OffBand {
	name: string;
	value: number;
	band: Band;
}

export interface GuardNote {
	off: OffBand[];
	jump: Jump | null;
	years: number;
}

export class GuardRails {
	note = $state.raw<GuardNote | null>(null);

	constructor(private wb: Workbench) {
		wb.onApplied = (a) => this.judge(a);
	}

	judge(a: Applied) {
		// Undo, redo, another tab's cells or another scenario: whatever was announced no longer describes the last step.
		if (!a.edited) {
			if (a.changes.length || a.whole) this.note = null;
			return;
		}
		if (!a.changes.length) return;
		const years = this.wb.doc?.years ?? 3;
		const before = (key: string, y: number) => a.before.values[cellName(PARAM.get(key)!, y)] ?? null;
		const off: OffBand[] = [];
		for (const c of a.changes) {
			const ref = parseName(c.name, years);
			const value = this.wb.values[c.name];
			if (!ref || typeof value !== 'number') continue;
			const band = plausibleBand(PARAM.get(ref.key)!, years, before);
			if (band && outside(band, value)) off.push({ name: c.name, value, band });
		}
		const now = this.wb.projection;
		const was = a.before.projection;
		const jump = now && was && now !== was && !this.wb.stale ? outlayJump(was.totals.outlay, now.totals.outlay) : null;
		this.note = off.length || jump ? { off, jump, years } : null;
	}

	/** The line's undo: the edit it announced is the last step, so the engine's undo takes exactly it back. */
	undo = async () => {
		this.note = null;
		await this.wb.undo();
	};

	dismiss = () => {
		this.note = null;
	};
}
