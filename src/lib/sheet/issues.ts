/**
 * What can be wrong with one evaluated cell, with a plain explanation in both languages. Formula errors are
 * HyperFormula's `error.type` (never its localized text); the rest are the catalogue's rules.
 */
import { msg } from '../i18n';

export type IssueCode =
	| 'DIV_BY_ZERO'
	| 'NAME'
	| 'CYCLE'
	| 'REF'
	| 'VALUE'
	| 'NUM'
	| 'NA'
	| 'ERROR' // formula does not parse
	| 'TEXT' // formula yields text
	| 'BOOLEAN'
	| 'ADDRESS' // formula uses a cell address instead of a parameter name
	| 'VOLATILE' // formula calls RAND, NOW, INDIRECT, … (formula-check.ts)
	| 'RANGE'
	| 'INTEGER'
	| 'BLANK';

export interface CellIssue {
	key: string;
	/** 0-based plan year (0 for a scalar); shown 1-based. */
	y: number;
	name: string; // e.g. basic_fee_y2
	code: IssueCode;
	/** What the cell shows: `#DIV/0!`, `#NAME?`, … or the offending value. */
	shown: string;
	en: string;
	zh: string;
}

export const ERROR_SHOWN: Partial<Record<IssueCode, string>> = {
	DIV_BY_ZERO: '#DIV/0!',
	NAME: '#NAME?',
	CYCLE: '#CYCLE!',
	REF: '#REF!',
	VALUE: '#VALUE!',
	NUM: '#NUM!',
	NA: '#N/A',
	ERROR: '#ERROR!'
};

export function explain(
	code: IssueCode,
	detail: { range?: string; value?: string; name?: string }
): { en: string; zh: string } {
	switch (code) {
		case 'DIV_BY_ZERO':
			return { en: 'the formula divides by zero', zh: '公式除以零' };
		case 'NAME':
			return {
				en: `the formula uses an unknown name${detail.name ? ` "${detail.name}"` : ''} (use parameter names such as basic_fee_y2)`,
				zh: `公式使用了未知名称${detail.name ? `“${detail.name}”` : ''}（请使用参数名，如 basic_fee_y2）`
			};
		case 'CYCLE':
			return {
				en: 'the formula refers to itself, directly or through other cells (a cycle)',
				zh: '公式直接或间接引用了自身（循环引用）'
			};
		case 'REF':
			return { en: 'the formula refers to a cell that does not exist', zh: '公式引用了不存在的单元格' };
		case 'VALUE':
			return { en: 'the formula mixes text and numbers', zh: '公式把文本和数字混在一起' };
		case 'NUM':
			return { en: 'the formula\u2019s result is not a valid number', zh: '公式结果不是有效数字' };
		case 'NA':
			return { en: 'the formula has no value (#N/A)', zh: '公式无值（#N/A）' };
		case 'ERROR':
			return {
				en: 'the formula cannot be read (check brackets, operators and commas between arguments)',
				zh: '公式无法解析（请检查括号、运算符和参数间的逗号）'
			};
		case 'TEXT':
			return {
				en: `the formula yields text${detail.value ? ` "${detail.value}"` : ''}, not a number`,
				zh: `公式结果为文本${detail.value ? `“${detail.value}”` : ''}，不是数字`
			};
		case 'BOOLEAN':
			return { en: 'the formula yields TRUE/FALSE, not a number', zh: '公式结果为逻辑值，不是数字' };
		case 'ADDRESS':
			return msg('sheet.cellAddress', { ref: detail.name ?? 'A1' });
		case 'VOLATILE':
			return msg('sheet.volatile', { fn: detail.name ?? 'RAND' });
		case 'RANGE':
			return {
				en: `${detail.value} is outside the valid range ${detail.range}`,
				zh: `${detail.value} 超出有效范围 ${detail.range}`
			};
		case 'INTEGER':
			return { en: `${detail.value} must be a whole number`, zh: `${detail.value} 必须是整数` };
		case 'BLANK':
			return { en: 'this cell needs a number (only targets may be blank)', zh: '此单元格需要数值（只有目标可以留空）' };
	}
}
