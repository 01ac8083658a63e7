/**
 * Problem messages for register rows, in English and Chinese. Each names the row, the column as headed in
 * the file and the bad value, and says how to fix it (house style: errors suggest the fix).
 */
import type { Msg, Problem } from './types';

export function problem(row: number, column: string, m: Msg): Problem {
	return {
		row,
		column,
		message: { en: `Row ${row}, column "${column}": ${m.en}`, zh: `第 ${row} 行“${column}”列：${m.zh}` }
	};
}

export const say = {
	blank: (): Msg => ({ en: 'blank; this column is required.', zh: '为空；此列必填。' }),
	tier: (v: string): Msg => ({
		en: `"${v}" is not a tier. Use 市场化物业 (market), 准物业 (quasi), 基础物业 or 卫生保洁物业 (basic), 居民自治 (self-governed).`,
		zh: `“${v}”不是物业类型。请填写市场化物业、准物业、基础物业（卫生保洁物业）或居民自治。`
	}),
	notNumber: (v: string): Msg => ({ en: `"${v}" is not a number.`, zh: `“${v}”不是数字。` }),
	notPositive: (v: string): Msg => ({
		en: `${v} is ${Number(v) < 0 ? 'negative' : 'zero'}; an area must be greater than 0.`,
		zh: `${v} ${Number(v) < 0 ? '为负数' : '为零'}；面积必须大于 0。`
	}),
	tooBig: (v: string): Msg => ({
		en: `${v} 万 m² is implausible for one compound; if the figures are in m², head the column "area_m2".`,
		zh: `${v} 万 m² 对一个小区不合理；如数据单位为平方米，请将表头改为“面积（平方米）”。`
	}),
	tooSmall: (v: string): Msg => ({
		en: `${v} m² is implausible for one compound; if the figures are in 万 m², head the column "area_wan_m2".`,
		zh: `${v} m² 对一个小区不合理；如数据单位为万 m²，请将表头改为“面积（万平方米）”。`
	}),
	households: (v: string): Msg => ({
		en: `"${v}" is not a whole number of households (0 or more); leave it blank if unknown.`,
		zh: `“${v}”不是有效户数（应为不小于 0 的整数）；未知可留空。`
	}),
	yesNo: (v: string): Msg => ({
		en: `"${v}" is not yes or no. Use 是/否, 有/无, yes/no, Y/N, 1/0 or true/false.`,
		zh: `“${v}”无法识别为是/否。请填写是/否、有/无、yes/no、Y/N、1/0 或 true/false。`
	}),
	enclosure: (v: string): Msg => ({
		en: `"${v}" is not an enclosure. Use 单体独栋 (single building), 未封闭 (unenclosed) or 已封闭 (enclosed).`,
		zh: `“${v}”不是有效的封闭情况。请填写单体独栋、未封闭或已封闭。`
	}),
	duplicate: (name: string, rows: number[]): Msg => ({
		en: `"${name}" is named on rows ${rows.join(', ')}. Give each compound a distinct name, or exclude the extra rows.`,
		zh: `“${name}”在第 ${rows.join('、')} 行重复出现。请为每个小区使用不同名称，或排除多余的行。`
	}),
	extraCells: (n: number, width: number): Msg => ({
		en: `the row has ${n} cells but the header has ${width}; a name containing a comma needs double quotes.`,
		zh: `该行有 ${n} 个单元格，而表头只有 ${width} 列；含逗号的名称需用双引号括起。`
	})
};

/** Keep the list readable: a file with every row wrong should not produce a million-line report. */
export function capProblems(problems: Problem[], max: number): Problem[] {
	if (problems.length <= max) return problems;
	const more = problems.length - max;
	return [
		...problems.slice(0, max),
		{ row: 0, column: '', message: { en: `… and ${more} more problems.`, zh: `……另有 ${more} 个问题。` } }
	];
}
