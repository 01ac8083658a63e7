/**
 * Scenario discovery in plain words: "基础物业收缴率低于 72 % 且基础物业成本高于 0.30 元/m²/月时，2023 年满意度目标
 * 有 91 % 的情况未达成；这类情况占全部未达成情况的 64 %". Labels and units come from the catalogue; years are
 * calendar years when the plan starts in January, plan years otherwise.
 */
import { sentenceCase, t, type Lang } from '../../i18n';
import { fmtNumber, fmtPct } from '../../i18n/format';
import type { ExplainBox, ExplainCondition, Explanation } from '../../model/decide/explain';
import { parseOutput } from '../../model/outputs';
import { cellValue, cellWords, outputWords } from './cell-words';

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
