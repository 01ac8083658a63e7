/**
 * The rule by which ranges apply across plan years (`uncertainty.years`), for the Uncertainty tab: the rule in
 * force over all ranges, the words that say it, and the ranges whose one pair of bounds flattens a yearly path.
 */
import { t, type Lang } from '../../i18n';
import { fmtCell, fmtNumber } from '../../i18n/format';
import { cellName, PARAM } from '../../model/catalogue';
import type { ScenarioDoc, YearsRule } from '../../model/scenario';

export type RuleKind = 'same' | 'independent' | 'rho';
export const kindOf = (r: YearsRule | undefined): RuleKind =>
	r === undefined || r === 'same' ? 'same' : r === 'independent' ? 'independent' : 'rho';

/** The ranges' keys with their rule ("same" where the file leaves it out), in catalogue order. */
export function rules(doc: ScenarioDoc): { key: string; rule: YearsRule }[] {
	return [...PARAM.keys()].flatMap((key) => {
		const u = doc.params[key]?.uncertainty;
		return u ? [{ key, rule: u.years ?? 'same' }] : [];
	});
}

/** The one rule every range follows, or null when they differ (or there is no range). */
export function commonRule(doc: ScenarioDoc): YearsRule | null {
	const rs = rules(doc);
	if (!rs.length) return null;
	return rs.every((r) => r.rule === rs[0].rule) ? rs[0].rule : null;
}

/** One rule in words. */
export function ruleWords(L: Lang, rule: YearsRule): string {
	if (rule === 'same') return t(L, 'mcin.ruleSame');
	if (rule === 'independent') return t(L, 'mcin.ruleIndependent');
	const f = (x: number) => fmtNumber(L, x, 0, 3).replace('-', '−');
	return t(L, 'mcin.ruleRho', { rho: f(rule), rho2: f(rule * rule) });
}

/**
 * Uniform ranges with one pair of bounds on a parameter whose cells differ by year: every year draws between
 * the same bounds, so the scenario's yearly path (e.g. collection 60 / 70 / 80 %) is replaced — under "same" by
 * one value for every year.
 */
export function flattened(L: Lang, doc: ScenarioDoc, values: Record<string, number | null>): string[] {
	return rules(doc).flatMap(({ key, rule }) => {
		const def = PARAM.get(key)!;
		const u = doc.params[key].uncertainty!;
		if (def.shape === 'scalar' || doc.years < 2 || u.dist !== 'uniform') return [];
		if (Array.isArray(u.low) || Array.isArray(u.high)) return [];
		const path = Array.from({ length: doc.years }, (_, y) => values[cellName(def, y)]);
		if (path.some((x) => x === null || x === undefined) || path.every((x) => x === path[0])) return [];
		return [
			t(L, 'mcin.ruleFlat', {
				label: def.label[L],
				dist: t(L, 'mcin.uniform'),
				how: t(L, rule === 'same' ? 'mcin.flatSame' : 'mcin.flatEach'),
				path: path.map((x) => fmtCell(L, def.unit, x as number)).join(' / ')
			})
		];
	});
}
