/**
 * Scenario discovery in plain words: "基础物业收缴率低于 72 % 且基础物业成本高于 0.30 元/m²/月时，2023 年满意度目标
 * 有 91 % 的情况未达成；这类情况占全部未达成情况的 64 %". Labels and units come from the catalogue; years are
 * calendar years when the plan starts in January, plan years otherwise.
 */
import { sentenceCase, t, type Lang } from '../../i18n';
import { fmtNumber, fmtPct } from '../../i18n/format';
import { PARAM } from '../../model/catalogue';
import type { ExplainBox, ExplainCondition, Explanation } from '../../model/decide/explain';
import type { OutputRef } from '../../model/outputs';
import { parseOutput } from '../../model/outputs';
import { UNIT_LABEL } from '../../model/units';
import * as vocab from '../../model/vocabulary';

/** The output inside a sentence ("2023 年满意度目标" / "the 2023 satisfaction target"): the vocabulary's phrase. */
export const outputWords = (L: Lang, ref: OutputRef, start: string, years = 3): string =>
	vocab.outputPhrase(ref, start, years)[L];

/** A parameter cell's value with its unit, at the precision a box boundary can bear (3 significant digits). */
export function cellValue(L: Lang, key: string, x: number): string {
	const def = PARAM.get(key.replace(/_y\d+$/, ''));
	if (!def) return fmtNumber(L, x, 0, 3);
	if (def.unit === 'share') return fmtPct(L, x, Math.abs(x) >= 0.1 ? 1 : 2).replace(/([.,]0) %/, ' %');
	const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x) || 1)));
	const unit = def.unit === 'flag' || def.unit === 'per_shortfall' ? '' : ` ${UNIT_LABEL[def.unit][L]}`;
	return `${fmtNumber(L, x, 0, digits)}${unit}`;
}

/** "基础物业服务成本（2023 年）" / "Basic cost of service (2023)": the label, with the year for a yearly cell. */
export const cellWords = (L: Lang, key: string, start: string): string => vocab.cellLabel(key, start)[L];

export function conditionWords(L: Lang, c: ExplainCondition, start: string): string {
	const label = cellWords(L, c.key, start);
	const op = t(L, c.op === '<' ? 'decide.below' : 'decide.above');
	return t(L, 'words.condition', { label, op, value: cellValue(L, c.key, c.value) });
}

export function eventWords(L: Lang, e: Explanation): string {
	return t(L, e.kind === 'target' ? 'decide.eventMissed' : 'decide.eventTrue');
}

export function boxSentence(L: Lang, e: Explanation, box: ExplainBox, start: string, years: number): string {
	const r = parseOutput(e.output, years);
	const output = r.ok ? outputWords(L, r.ref, start, years) : e.output;
	const conds = box.conditions.map((c) => conditionWords(L, c, start)).join(t(L, 'decide.and'));
	return t(L, 'decide.box', {
		conds,
		output,
		event: eventWords(L, e),
		density: fmtPct(L, box.density, 0),
		coverage: fmtPct(L, box.coverage, 0)
	});
}

export function summarySentence(L: Lang, e: Explanation, start: string, years: number): string {
	const r = parseOutput(e.output, years);
	const output = r.ok ? outputWords(L, r.ref, start, years) : e.output;
	const s = t(L, 'decide.missRate', {
		runs: fmtNumber(L, e.runs, 0, 0),
		output,
		event: eventWords(L, e),
		rate: fmtPct(L, e.missRate, 1)
	});
	return sentenceCase(L, s);
}
