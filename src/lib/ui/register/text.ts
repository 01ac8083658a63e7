/** The register screen's words. Its words are in i18n/messages/register.ts. */
import { t as tt, type Lang, type Vars } from '../../i18n';
import type { register } from '../../i18n/messages/register';
import type { AreaUnit, Encoding, Source } from '../../register/types';

/** The screen's keys without their `register.` prefix. */
export type TextKey = keyof typeof register extends infer K ? (K extends `register.${infer R}` ? R : never) : never;

export const t = (lang: Lang, key: TextKey, vars: Vars = {}): string => tt(lang, `register.${key}`, vars);

const ENCODING: Record<Encoding, string> = {
	'utf-8-bom': 'UTF-8 (BOM)',
	'utf-8': 'UTF-8',
	gb18030: 'GBK / GB18030',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE'
};

export function sourceText(lang: Lang, s: Source): string {
	if (s.format === 'xlsx') return 'XLSX';
	return s.encoding ? `CSV · ${ENCODING[s.encoding]}` : 'CSV';
}

export function unitText(lang: Lang, u: AreaUnit): string {
	if (u === 'm2') return t(lang, 'unitM2');
	return '万 m²';
}
