/** The review tab's actuals entry and import, and the horizon control (keys `actuals.*`). */
import type { Msg } from '../types';

export const actuals = {
	'actuals.tab': { zh: '回头看', en: 'Review' },
	'actuals.title': { zh: '实际完成情况', en: 'Actuals' },
	'actuals.intro': {
		zh: '每个规划年实际发生的数字（留空表示尚不知道）。金额以万元计；比率可写 55、55% 或 0.55。与情景一起保存和导出，可撤销（Ctrl+Z）。',
		en: 'What actually happened in each plan year (blank: not known yet). Money in 万元; a rate may be typed 55, 55 % or 0.55. Saved and exported with the scenario; undo with Ctrl+Z.'
	},
	'actuals.grid': { zh: '实际值', en: 'Actuals' },
	'actuals.field': { zh: '指标', en: 'Field' },
	'actuals.unit': { zh: '单位', en: 'Unit' },
	'actuals.yearCol': { zh: '第{n}年 {year}', en: 'Year {n} {year}' },
	'actuals.saved': { zh: '已保存实际值。', en: 'Actuals saved.' },
	'actuals.count': { zh: '已填 {n} 个实际值。', en: '{n} actual values entered.' },
	'actuals.undo': { zh: '撤销', en: 'Undo' },
	'actuals.redo': { zh: '重做', en: 'Redo' },
	'actuals.import': { zh: '从 CSV/XLSX 导入…', en: 'Import CSV/XLSX…' },
	'actuals.templateCsv': { zh: '下载模板（CSV）', en: 'Template (CSV)' },
	'actuals.templateXlsx': { zh: '下载模板（XLSX）', en: 'Template (XLSX)' },
	'actuals.imported': {
		zh: '已从 {file} 导入 {n} 个实际值。',
		en: 'Imported {n} actual values from {file}.'
	},
	'actuals.refused': {
		zh: '未导入 {file}，实际值未作任何更改：',
		en: 'Nothing was imported from {file}; the actuals are unchanged:'
	},
	'actuals.noYears': {
		zh: '文件第 1 行没有规划年列：表头应为 字段、指标、单位，然后是年份（如 2022）。',
		en: 'Row 1 of the file has no plan-year columns: the headers are 字段, 指标, 单位, then the years (e.g. 2022).'
	},
	'actuals.noField': {
		zh: '第 {row} 行：无法识别字段“{text}”（第 1 列应为模板中的字段名，如 outlay）。',
		en: 'Row {row}: "{text}" is not an actuals field (column 1 holds the template\'s field names, e.g. outlay).'
	},
	'actuals.twice': {
		zh: '第 {row} 行：字段 {field} 已在第 {first} 行出现。',
		en: 'Row {row}: field {field} already appears in row {first}.'
	},
	'actuals.yearOutside': {
		zh: '第 1 行：年份列“{text}”不在规划期内（{from}至{to}）。',
		en: 'Row 1: the year column "{text}" lies outside the horizon ({from}–{to}).'
	},
	'actuals.yearTwice': {
		zh: '第 1 行：年份列“{text}”出现了两次。',
		en: 'Row 1: the year column "{text}" appears twice.'
	},
	'actuals.valueAt': { zh: '第 {row} 行，{label}，{year}：{why}', en: 'Row {row}, {label}, {year}: {why}' },
	'actuals.formula': { zh: '实际值不能是公式，请输入数字', en: 'an actual cannot be a formula: type a number' },
	'actuals.cutPending': {
		zh: '已剪切：选一个单元格（或同样大小的区域）后粘贴即移动；按 Esc 取消。',
		en: 'Cut: select one cell (or a block of the same size) and paste to move it; Esc cancels.'
	},
	'actuals.horizon': { zh: '规划期', en: 'Horizon' },
	'actuals.start': { zh: '起始月份', en: 'Start month' },
	'actuals.years': { zh: '年数', en: 'Years' },
	'actuals.apply': { zh: '应用', en: 'Apply' },
	'actuals.startBad': {
		zh: '起始月份应写作 年-月，如 2022-01（2000 至 2100 年）。',
		en: 'Type the start month as year-month, e.g. 2022-01 (years 2000–2100).'
	},
	'actuals.yearsBad': { zh: '年数应为 1 至 10 的整数。', en: 'Years must be a whole number from 1 to 10.' },
	'actuals.dropConfirm': {
		zh: '规划期将从 {from} 年缩短为 {to} 年：第 {first} 至 {last} 年（{span}）的所有参数单元格{actuals}将被删除。可用“撤销”恢复。继续吗？',
		en: 'The horizon goes from {from} to {to} years: every parameter cell of years {first}–{last} ({span}){actuals} will be dropped. Undo brings them back. Go on?'
	},
	'actuals.dropActuals': { zh: '及其实际值', en: ' and their actuals' },
	'actuals.dropSpan': { zh: '{from}至{to}', en: '{from}–{to}' },
	'actuals.fileStem': { zh: '实际值', en: 'actuals' },
	'actuals.horizonDone': {
		zh: '规划期改为 {start} 起 {years} 年；新增年份按参数规则填充（补贴和奖励资金为 0，其余沿用最后一年）。',
		en: "The horizon is now {years} years from {start}; added years follow each parameter's rule (subsidies and the reward fund 0, others repeat the last year)."
	},

	'actuals.f.outlay': { zh: '区级财政支出合计', en: 'District outlay, total' },
	'actuals.f.subsidy.total': { zh: '物业补贴合计', en: 'Subsidies, total' },
	'actuals.f.subsidy.market': { zh: '市场化物业补贴', en: 'Subsidy, market-rate' },
	'actuals.f.subsidy.quasi': { zh: '准物业补贴', en: 'Subsidy, quasi' },
	'actuals.f.subsidy.basic': { zh: '基础物业补贴', en: 'Subsidy, basic' },
	'actuals.f.subsidy.self': { zh: '居民自治补贴', en: 'Subsidy, self-governed' },
	'actuals.f.rewardFund': { zh: '物业管理奖励资金', en: 'Reward fund' },
	'actuals.f.waiverCompensation': { zh: '物业费减免补偿', en: 'Fee waiver compensation' },
	'actuals.f.feesCollected.market': { zh: '市场化物业 物业费收缴额', en: 'Fees collected, market-rate' },
	'actuals.f.feesCollected.quasi': { zh: '准物业 物业费收缴额', en: 'Fees collected, quasi' },
	'actuals.f.feesCollected.basic': { zh: '基础物业 物业费收缴额', en: 'Fees collected, basic' },
	'actuals.f.feesCollected.self': { zh: '居民自治 物业费收缴额', en: 'Fees collected, self-governed' },
	'actuals.f.committees': { zh: '已成立业委会的小区数（年末）', en: 'Compounds with an owners’ committee (year end)' },
	'actuals.f.standard': { zh: '达标小区数（年末）', en: 'Compounds at standard (year end)' },
	'actuals.f.coverage': { zh: '物业覆盖率（年末）', en: 'Coverage (year end)' },
	'actuals.f.satisfaction': { zh: '居民满意度（年末，面积加权）', en: 'Satisfaction (year end, area-weighted)' },
	'actuals.f.satisfaction.market': { zh: '市场化物业 满意度', en: 'Satisfaction, market-rate' },
	'actuals.f.satisfaction.quasi': { zh: '准物业 满意度', en: 'Satisfaction, quasi' },
	'actuals.f.satisfaction.basic': { zh: '基础物业 满意度', en: 'Satisfaction, basic' },
	'actuals.f.satisfaction.self': { zh: '居民自治 满意度', en: 'Satisfaction, self-governed' },
	'actuals.f.collection.market': { zh: '市场化物业 收缴率', en: 'Collection rate, market-rate' },
	'actuals.f.collection.quasi': { zh: '准物业 收缴率', en: 'Collection rate, quasi' },
	'actuals.f.collection.basic': { zh: '基础物业 收缴率', en: 'Collection rate, basic' },
	'actuals.f.collection.self': { zh: '居民自治 收缴率', en: 'Collection rate, self-governed' },
	'actuals.u.money': { zh: '万元', en: '万元' },
	'actuals.u.count': { zh: '个', en: 'compounds' },
	'actuals.u.rate': { zh: '%', en: '%' }
} satisfies Record<string, Msg>;
