/**
 * A parameter cell and an output as a sentence names them, shared by Decide's sentences and the reach panel on
 * the workbench's first screen. Apart from describe.ts so that the first screen does not load Decide's own
 * words (the catalogue's `decide` area loads later, i18n/table-first.ts).
 */
import type { Lang } from '../../i18n';
import { fmtNumber, fmtPct } from '../../i18n/format';
import { PARAM } from '../../model/catalogue';
import type { OutputRef } from '../../model/outputs';
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
