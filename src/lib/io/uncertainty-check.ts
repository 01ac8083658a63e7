/**
 * Bounds of a range against the parameter: per year, low ≤ high, inside the valid range, and — for triangular
 * and PERT, whose mode is the cell's value — low ≤ value ≤ high. Normal needs an sd.
 */
import type { ParamDef } from '../model/catalogue';
import type { Uncertainty } from '../model/scenario';
import { fmtCell } from '../i18n/format';
import type { Msg } from '../i18n/types';

export function boundAt(b: number | number[] | undefined, y: number): number | undefined {
	return Array.isArray(b) ? b[y] : b;
}

/** Every problem of a range, in English (files, the CLI) and Chinese (the planner's screen). */
export function checkUncertainty(
	def: ParamDef,
	u: Uncertainty,
	values: (number | null)[],
	years: number,
	formula: boolean[] = []
): string[] {
	return rangeProblems(def, u, values, years, formula).map((m) => m.en);
}

/** `formula[y]`: that year's cell is a formula; a formula that follows a moving cell is not sampled around its own value, so its value need not lie inside low–high. */
export function rangeProblems(
	def: ParamDef,
	u: Uncertainty,
	values: (number | null)[],
	years: number,
	formula: boolean[] = []
): Msg[] {
	const out: Msg[] = [];
	const n = def.shape === 'scalar' ? 1 : years;
	const v = (x: number) => fmtCell('zh', def.unit, x);
	const bound = { low: '下限', high: '上限' } as const;
	for (const [k, b] of [
		['low', u.low],
		['high', u.high]
	] as const) {
		if (Array.isArray(b) && b.length !== n)
			out.push({
				en: `uncertainty.${k} has ${b.length} values; expected ${n === 1 ? 'one number' : `${n} (one per plan year) or one number`}`,
				zh: `${bound[k]}有 ${b.length} 个数；应为${n === 1 ? '一个数' : ` ${n} 个（每个规划年一个）或一个数`}`
			});
	}
	if (out.length) return out;
	if (u.dist === 'normal') {
		if (u.sd === undefined)
			out.push({ en: 'uncertainty: a normal distribution needs "sd"', zh: '正态分布需要填写标准差（sd）' });
	} else if (u.low === undefined || u.high === undefined) {
		out.push({
			en: `uncertainty: a ${u.dist} distribution needs "low" and "high"`,
			zh: `${DIST_ZH[u.dist]}需要填写下限和上限`
		});
		return out;
	}
	for (let y = 0; y < n; y++) {
		const lo = boundAt(u.low, y),
			hi = boundAt(u.high, y),
			x = values[y];
		const at = n > 1 ? ` in year ${y + 1}` : '';
		const atZh = n > 1 ? `第${y + 1}年` : '';
		if (lo !== undefined && hi !== undefined && lo > hi)
			out.push({ en: `uncertainty: low ${lo} is above high ${hi}${at}`, zh: `${atZh}下限 ${v(lo)} 高于上限 ${v(hi)}` });
		for (const [k, b] of [
			['low', lo],
			['high', hi]
		] as const) {
			if (b !== undefined && (b < def.min || b > def.max))
				out.push({
					en: `uncertainty.${k} ${b}${at} is outside the valid range ${def.min}–${def.max}`,
					zh: `${atZh}${bound[k]} ${v(b)} 超出有效范围 ${v(def.min)}–${v(def.max)}`
				});
		}
		if (x === null)
			out.push({ en: `uncertainty${at}: a blank cell cannot carry a range`, zh: `${atZh}单元格为空，不能设定范围` });
		else if (
			!formula[y] &&
			(u.dist === 'triangular' || u.dist === 'pert') &&
			lo !== undefined &&
			hi !== undefined &&
			(x < lo || x > hi)
		) {
			out.push({
				en: `uncertainty${at}: the cell's value ${x} (the mode) is outside low–high ${lo}–${hi}`,
				zh: `${atZh}单元格的值 ${v(x)}（最可能值）不在下限至上限 ${v(lo)}–${v(hi)} 之内：请放宽范围或修改单元格`
			});
		}
	}
	return out;
}

/** The distributions' Chinese names, as the range editor and the grid's tag show them. */
export const DIST_ZH: Record<Uncertainty['dist'], string> = {
	triangular: '三角分布',
	uniform: '均匀分布',
	pert: 'PERT 分布',
	normal: '正态分布'
};
