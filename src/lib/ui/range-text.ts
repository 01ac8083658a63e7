/** How a parameter's range reads on screen: the grid's tag (± 三角分布) and a one-line summary in its unit. */
import { fmtCell } from '../i18n/format';
import type { Lang } from '../i18n';
import { DIST_ZH } from '../io/uncertainty-check';
import type { ParamDef } from '../model/catalogue';
import type { Uncertainty } from '../model/scenario';

export const distName = (L: Lang, d: Uncertainty['dist']) => (L === 'zh' ? DIST_ZH[d] : d);

export const rangeTag = (L: Lang, u: Uncertainty) => `± ${distName(L, u.dist)}`;

export function rangeSummary(L: Lang, def: ParamDef, u: Uncertainty): string {
	const f = (x: number) => fmtCell(L, def.unit, x);
	const b = (x: number | number[] | undefined) =>
		x === undefined ? '' : Array.isArray(x) ? x.map(f).join(L === 'zh' ? '、' : ' / ') : f(x);
	const sd = u.sd !== undefined ? (L === 'zh' ? `，标准差 ${f(u.sd)}` : `, sd ${f(u.sd)}`) : '';
	return `${distName(L, u.dist)} ${b(u.low)}–${b(u.high)}${sd}`;
}
