/**
 * One register row → a compound, or its problems. Built once per file and called per row with no
 * allocation beyond the compound itself: 100,000 rows must validate well inside the 2-second budget.
 */
import type { WanM2 } from '../model/units';
import type { Field } from './headers';
import { problem, say } from './messages';
import type { AreaUnit, Compound, Msg, Problem } from './types';
import { parseEnclosure, parseNumber, parseTier, parseYesNo } from './values';

/** Above this a "万 m²" figure is surely m² (the largest estates in China are a few hundred 万 m²). */
const MAX_WAN_M2 = 1000;
/** Below this an "m²" figure is surely 万 m² (no compound has under 10 m² of floor area). */
const MIN_M2 = 10;

export type RowReader = (row: number, cells: string[]) => Compound | undefined;

/** Columns missing from the header are skipped here (the header's own problem reports them). */
export function rowReader(
	head: string[],
	cols: Partial<Record<Field, number>>,
	unit: AreaUnit,
	out: Problem[]
): RowReader {
	let row = 0;
	let cells: string[] = [];
	let failed = false;
	const bad = (f: Field, m: Msg) => {
		out.push(problem(row, head[cols[f]!], m));
		failed = true;
	};
	const text = (f: Field) => (cols[f] === undefined ? undefined : (cells[cols[f]!] ?? ''));
	const required = (f: Field) => {
		const v = text(f);
		if (v === '') bad(f, say.blank());
		return v || undefined;
	};
	function coded<T>(f: Field, parse: (s: string) => T | undefined, m: (v: string) => Msg): T | undefined {
		const v = required(f);
		const x = v === undefined ? undefined : parse(v);
		if (v !== undefined && x === undefined) bad(f, m(v));
		return x;
	}
	function area(): WanM2 | undefined {
		const v = required('area');
		if (v === undefined) return undefined;
		const x = parseNumber(v);
		if (x === undefined) return void bad('area', say.notNumber(v));
		if (x <= 0) return void bad('area', say.notPositive(v));
		if (unit === 'wan_m2' && x > MAX_WAN_M2) return void bad('area', say.tooBig(v));
		if (unit === 'm2' && x < MIN_M2) return void bad('area', say.tooSmall(v));
		return (unit === 'm2' ? x / 10_000 : x) as WanM2;
	}
	function households(): number | null {
		const v = text('households');
		if (!v) return null;
		const x = parseNumber(v);
		if (x === undefined || x < 0 || !Number.isInteger(x)) bad('households', say.households(v));
		return x ?? null;
	}

	return (r, cs) => {
		row = r;
		cells = cs;
		failed = false;
		// In the usual column order, so a row's problems read left to right.
		const c = {
			name: required('name')!,
			street: required('street')!,
			community: required('community')!,
			tier: coded('tier', parseTier, say.tier)!,
			area: area()!,
			households: households(),
			committee: coded('committee', parseYesNo, say.yesNo)!,
			standard: coded('standard', parseYesNo, say.yesNo)!,
			enclosure: coded('enclosure', parseEnclosure, say.enclosure)!,
			row
		};
		let width = cells.length;
		while (width > 0 && cells[width - 1] === '') width--;
		if (width > head.length) {
			out.push(problem(row, `#${width}`, say.extraCells(width, head.length)));
			failed = true;
		}
		return failed ? undefined : c;
	};
}
