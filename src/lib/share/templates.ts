/**
 * Every plan template a link may name, kept for ever: a link holds only the cells that differ from its template,
 * so dropping one would make its links unreadable. The newest is what new links name.
 */
import type { Cell } from '../model/scenario';
import { TEMPLATE_V1 } from './template-v1';
import type { FrozenTemplate } from './template-type';

export type { FrozenTemplate };

export const TEMPLATES: ReadonlyMap<number, FrozenTemplate> = new Map([[1, TEMPLATE_V1]]);
export const CURRENT_TEMPLATE: FrozenTemplate = TEMPLATE_V1;

/** A template's cells for one parameter over `years` plan years (a scalar: its one cell). */
export function templateCells(t: FrozenTemplate, key: string, years: number): Cell[] | undefined {
	const c = t.cells[key];
	if (c === undefined) return undefined;
	return Array.isArray(c) ? c.slice(0, years) : [c as number | null];
}

export const templateNote = (t: FrozenTemplate, key: string): string | undefined =>
	t.illustrative.includes(key) ? t.note : undefined;
