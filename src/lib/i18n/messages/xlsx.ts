/**
 * The exported workbook's own words (keys `xlsx.*`): sheet names, the Scenario sheet's labels, the source column
 * and the stock notes. The reader takes both languages back, and workbooks exported before these were
 * translated carry the English: so the English of the names and labels is part of the file format — never
 * change it; the Chinese may be reworded only if the old wording is kept readable (io/xlsx/sheet-words.ts).
 */
import type { Msg } from '../types';

export const xlsx = {
	'xlsx.sheetAssumptions': { zh: '假设', en: 'Assumptions' },
	'xlsx.sheetResults': { zh: '结果', en: 'Results' },
	'xlsx.sheetScenario': { zh: '情景', en: 'Scenario' },
	'xlsx.field': { zh: '字段', en: 'field' },
	'xlsx.value': { zh: '值', en: 'value' },
	'xlsx.format': { zh: '文件格式', en: 'format' },
	'xlsx.version': { zh: '格式版本', en: 'version' },
	'xlsx.name': { zh: '名称', en: 'name' },
	'xlsx.description': { zh: '说明', en: 'description' },
	'xlsx.start': { zh: '起始月份', en: 'start' },
	'xlsx.years': { zh: '规划年数', en: 'years' },
	'xlsx.correlations': { zh: '参数相关（JSON）', en: 'correlations' },
	'xlsx.actuals': { zh: '实际数（JSON）', en: 'actuals' },
	'xlsx.lineage': { zh: '来源情景与修订号（JSON，合并时用）', en: 'lineage' },
	'xlsx.parameter': { zh: '参数', en: 'parameter' },
	'xlsx.note': { zh: '备注', en: 'note' },
	'xlsx.uncertainty': { zh: '不确定范围（JSON）', en: 'uncertainty' },
	'xlsx.sourcePlan': { zh: '规划 {clause}', en: 'plan {clause}' },
	'xlsx.sourceIllustrative': { zh: '示例假设', en: 'illustrative assumption' },
	'xlsx.sourcePlanner': { zh: '规划人员的假设', en: 'planner’s assumption' },
	'xlsx.noteIllustrative': {
		zh: '示例假设，请替换为本地数据',
		en: 'illustrative assumption — replace with local data'
	},
	'xlsx.noteIllustrativeDoc': {
		zh: '示例假设（见“模型说明”），并非规划原文，请替换为本地数据',
		en: 'illustrative assumption (see “How the model works”), not from the plan — replace with local data'
	},
	'xlsx.notePlan': { zh: '规划 {clause}', en: 'plan {clause}' },
	'xlsx.yearHead': { zh: '第{n}年（{from} – {to}）', en: 'Year {n} ({from} – {to})' }
} satisfies Record<string, Msg>;
