/** How a parameter's range reads on screen: the grid's tag (± 三角分布) and a one-line summary in its unit. */
import { fmtCell } from '../i18n/format';
import { t, type Lang } from '../i18n';
import type { ParamDef } from '../model/catalogue';
import type { Uncertainty } from '../model/scenario';

export const distName = (L: Lang, d: Uncertainty['dist']) => t(L, `range.dist.${d}`);

export const rangeTag = (L: Lang, u: Uncertainty) => `± ${distName(L, u.dist)}`;

export function rangeSummary(L: Lang, def: ParamDef, u: Uncertainty): string {
	const f = (x: number) => fmtCell(L, def.unit, x);
	const b = (x: number | number[] | undefined) =>
		x === undefined ? '' : Array.isArray(x) ? x.map(f).join(t(L, 'range.listSep')) : f(x);
	const sd = u.sd !== undefined ? t(L, 'range.sd', { sd: f(u.sd) }) : '';
	return `${distName(L, u.dist)} ${b(u.low)}–${b(u.high)}${sd}`;
}
