import type { ParamDef } from '../model/catalogue';

/** The valid range as a planner reads it: shares in %, integers without decimals. */
export function formatRange(def: ParamDef): string {
	if (def.unit === 'share') return `${def.min * 100}–${def.max * 100} % (${def.min}–${def.max})`;
	return `${def.min}–${def.max}${def.integer ? ' (whole numbers)' : ''}`;
}
