/**
 * What an exceljs cell holds, reduced to the few kinds a scenario can use. Shared formulas (which Excel and
 * LibreOffice may write for filled-down cells) come back through exceljs's `formula` getter, already translated.
 */
import type { Cell as ExcelCell } from 'exceljs';
import { t, type Lang } from '../../i18n';

export type Plain =
	| { kind: 'blank' }
	| { kind: 'number'; value: number }
	| { kind: 'text'; value: string }
	| { kind: 'formula'; formula: string }
	| { kind: 'date'; value: Date }
	| { kind: 'other'; shown: string };

export function plain(cell: ExcelCell): Plain {
	const v = cell.value as unknown;
	if (v === null || v === undefined || v === '') return { kind: 'blank' };
	if (typeof v === 'number') return { kind: 'number', value: v };
	if (typeof v === 'string') return { kind: 'text', value: v };
	if (typeof v === 'boolean') return { kind: 'other', shown: v ? 'TRUE' : 'FALSE' };
	if (v instanceof Date) return { kind: 'date', value: v };
	const o = v as Record<string, unknown>;
	if ('formula' in o || 'sharedFormula' in o) return { kind: 'formula', formula: `=${cell.formula}` };
	if (Array.isArray(o.richText))
		return { kind: 'text', value: o.richText.map((t: { text?: string }) => t.text ?? '').join('') };
	if (typeof o.text === 'string') return { kind: 'text', value: o.text }; // a hyperlink cell: its shown text
	if (typeof o.error === 'string') return { kind: 'other', shown: o.error };
	return { kind: 'other', shown: String(v) };
}

/** How a cell is described in a message: "the text \"lots\"" / "文字 \"lots\"". */
export function describePlain(p: Plain, lang: Lang = 'en'): string {
	switch (p.kind) {
		case 'blank':
			return t(lang, 'reader.plainBlank');
		case 'number':
			return t(lang, 'reader.plainNumber', { v: p.value });
		case 'text':
			return t(lang, 'reader.plainText', {
				v: JSON.stringify(p.value.length > 40 ? `${p.value.slice(0, 37)}…` : p.value)
			});
		case 'formula':
			return t(lang, 'reader.plainFormula', { v: p.formula });
		case 'date':
			return t(lang, 'reader.plainDate', { v: p.value.toISOString().slice(0, 10) });
		case 'other':
			return t(lang, p.shown.startsWith('#') ? 'reader.plainError' : 'reader.plainValue', { v: p.shown });
	}
}
