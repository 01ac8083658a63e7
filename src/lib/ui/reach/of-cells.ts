/**
 * Reachability of the open scenario's missed targets from the workbench's evaluated cells (by cell name). Its own
 * module: the workbench loads it after the first figures are painted, not with them.
 */
import type { ParamValues } from '../../model/inputs';
import { reach, type ReachEntry } from '../../model/reach/reach';
import { paramValues } from '../review/param-values';

export function reachOfCells(
	cells: Record<string, number | null>,
	years: number,
	start: string,
	changes = false
): ReachEntry[] {
	const values: ParamValues = paramValues(cells, years);
	return reach(values, years, start, { changes });
}
