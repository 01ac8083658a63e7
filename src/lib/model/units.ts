/**
 * Units of the plan. Values travel as plain numbers (files, HyperFormula, the worker), so the unit is carried
 * by the parameter's catalogue entry and by branded types where the model combines quantities.
 */
export type Unit =
	| 'wan_m2' // 万 m² (10,000 m²)
	| 'yuan_m2_month' // 元 per m² per month
	| 'wan_yuan' // 万元 (10,000 yuan)
	| 'wan_yuan_year' // 万元 a year
	| 'share' // a fraction 0–1, shown as %
	| 'compounds' // a count of compounds
	| 'months'
	| 'flag' // 0 or 1
	| 'per_shortfall'; // satisfaction points lost per unit of funding shortfall

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };
/** 万元 — 万 m² × 元/m²/month is 万元 a month, so no conversion factor appears anywhere. */
export type WanYuan = Brand<number, 'WanYuan'>;
export type WanM2 = Brand<number, 'WanM2'>;
export type YuanPerM2Month = Brand<number, 'YuanPerM2Month'>;

export const UNIT_LABEL: Record<Unit, { zh: string; en: string }> = {
	wan_m2: { zh: '万 m²', en: '万 m²' },
	yuan_m2_month: { zh: '元/m²/月', en: '元/m²/month' },
	wan_yuan: { zh: '万元', en: '万元' },
	wan_yuan_year: { zh: '万元/年', en: '万元/year' },
	share: { zh: '%', en: '%' },
	compounds: { zh: '个小区', en: 'compounds' },
	months: { zh: '月', en: 'months' },
	flag: { zh: '是/否', en: 'yes/no' },
	per_shortfall: { zh: '满意度百分点/资金缺口百分点', en: 'satisfaction points per point of funding shortfall' }
};
