/**
 * The outputs a data table offers, labelled in the user's language with their unit ("三年财政支出合计（万元）"),
 * how a value is shown, and the section of the model documentation that says how it is computed.
 */
import { t, type Lang } from '../../i18n';
import { fmtNumber, fmtPct } from '../../i18n/format';
import { TOTAL_FIELDS, type OutputRef } from '../../model/outputs';
import { TARGET_KINDS } from '../../model/targets';
import * as vocab from '../../model/vocabulary';
import type { ModelSection } from '../model/model-doc';

/** The yearly figures a data table offers (the fees, bond and area are a projection's detail, not a goal). */
const YEAR_OFFERED = [
	'outlay',
	'subsidy',
	'rewardFund',
	'adequacy',
	'committeeRate',
	'standardRate',
	'coverage',
	'satisfaction'
] as const;

/** The names offered, in order: totals, then each year's figures and targets, then every target. */
export function outputChoices(years: number): string[] {
	const names = TOTAL_FIELDS.map((f) => `total.${f}`);
	for (let y = 1; y <= years; y++) {
		for (const f of YEAR_OFFERED) names.push(`y${y}.${f}`);
		names.push(`y${y}.subsidy.quasi`, `y${y}.subsidy.basic`);
		for (const k of TARGET_KINDS) names.push(`y${y}.target.${k}`);
	}
	names.push('targetsMet');
	return names;
}

/** The output's words without its unit, e.g. "2023 年居民满意度" / "Satisfaction, 2023". */
export const outputLabel = (L: Lang, ref: OutputRef, start: string, years: number): string =>
	vocab.outputLabel(ref, start, years)[L];

/** The unit of the table's values: 万元, %, 个小区. A 0/1 output reads as 是/否 or a probability. */
export function outputUnit(L: Lang, ref: OutputRef, runs: number): string {
	if (ref.unit === 'flag' && runs > 0) return t(L, 'words.probabilityUnit');
	return vocab.unitWords(ref.unit)[L];
}

/** A value as the table shows it: 万元 to one decimal, a share with its % (85.30 %), a flag as 达成/未达成 or a probability. */
export function outputValue(L: Lang, ref: OutputRef, runs: number, x: number): string {
	if (Number.isNaN(x)) return '—';
	if (ref.unit === 'flag') {
		if (runs > 0) return fmtPct(L, x, 1);
		return t(L, x === 1 ? 'words.met' : 'words.missed');
	}
	if (ref.unit === 'fraction') return fmtPct(L, x, 2);
	const { digits } = vocab.outputFormat(ref.unit);
	return fmtNumber(L, x, digits, digits);
}

/** The number a spreadsheet gets: in the unit of outputUnit (% as 85.3), full precision to 12 digits. */
export function exportNumber(ref: OutputRef, runs: number, x: number): number | null {
	if (Number.isNaN(x)) return null;
	const scaled = ref.unit === 'fraction' || (ref.unit === 'flag' && runs > 0) ? x * 100 : x;
	return Number(scaled.toPrecision(12));
}

/** Where docs/model.md says how the output is computed (a probability also cites § Uncertainty on screen). */
export const outputSection = (ref: OutputRef): ModelSection => vocab.outputSection(ref);
