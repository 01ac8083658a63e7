/** The workbench's evaluated cells (by cell name) as the model's ParamValues (by catalogue key). */
import type { ParamValues } from '../../model/inputs';
import { allCells } from '../../sheet/layout';

export function paramValues(values: Record<string, number | null>, years: number): ParamValues {
	const out: ParamValues = {};
	for (const { def, y, name } of allCells(years)) {
		const v = values[name] ?? null;
		if (def.shape === 'scalar') out[def.key] = v ?? 0;
		else ((out[def.key] ??= []) as (number | null)[])[y] = v;
	}
	return out;
}
