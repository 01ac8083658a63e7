/** The scenario library's words: names that clash on import, and the protected plan's working copy. */
import type { Msg } from '../types';

export const library = {
	'library.copyName': { zh: '{name} 副本', en: '{name} copy' },
	'library.savedAsCopy': {
		zh: '规划原文受保护，未改动：已另存为副本「{name}」，修改保存在副本中。',
		en: 'The plan is protected and unchanged: saved as a copy, "{name}", which holds your edit.'
	},
	'library.backToPlan': { zh: '撤销，回到规划原文', en: 'Undo: back to the plan' },
	'library.dismiss': { zh: '知道了', en: 'OK' },
	'library.nameTaken': {
		zh: '库中已有名为「{name}」的情景：替换它，还是保留两份（新导入的一份名为「{next}」）？',
		en: 'The library already has a scenario named "{name}": replace it, or keep both (the imported one named "{next}")?'
	},
	'library.planKept': {
		zh: '「{name}」是规划原文，受保护，不能替换；可保留两份（新导入的一份名为「{next}」）。',
		en: '"{name}" is the plan, which is protected and cannot be replaced; keep both (the imported one named "{next}")?'
	},
	'library.replace': { zh: '替换', en: 'Replace' },
	'library.keepBoth': { zh: '保留两份', en: 'Keep both' },
	'library.cancelImport': { zh: '取消导入', en: 'Cancel import' },
	'library.replaced': {
		zh: '已替换「{name}」；替换前的内容留在修改历史中。',
		en: '"{name}" replaced; what it held before stays in History.'
	},
	'library.importedAs': { zh: '已导入为「{name}」。', en: 'Imported as "{name}".' },
	'library.importCancelled': { zh: '未导入任何内容。', en: 'Nothing was imported.' },
	'library.importTitle': { zh: '导入 {file}', en: 'Import {file}' },
	'library.tooBig': {
		zh: '{file}：{mb} MB — 情景文件最大 {max} MB',
		en: '{file}: {mb} MB — a scenario file is at most {max} MB'
	},
	'library.refused': { zh: '{n} 处错误，未导入任何内容：', en: '{n} error(s); nothing was imported:' },
	'library.filled': {
		zh: '以下 {n} 个参数文件中没有，取规划值：',
		en: "{n} parameters not in the file take the plan's values:"
	},
	'library.complete': { zh: '文件包含全部参数。', en: 'The file has every parameter.' },
	/** The XLSX sheet that carries a scenario's register: its English name is part of the file format. */
	'library.registerSheet': { zh: '小区登记册', en: 'Register' },
	'library.withRegister': { zh: '导出含小区登记册（如有）', en: 'Exports include the compound register (if any)' },
	'library.registerRestored': {
		zh: '文件带有小区登记册（{n} 个小区），已随情景恢复。',
		en: 'The file carries a compound register ({n} compounds), restored with the scenario.'
	},
	'library.fundUseRestored': {
		zh: '文件带有分月用款计划的输入（考核结果 {a} 条，奖励资金份额 {s} 条），已随情景恢复。',
		en: 'The file carries the fund-use plan’s inputs ({a} assessment results, {s} reward shares), restored with the scenario.'
	},
	'library.registerTotals': {
		zh: '登记册第 {rows} 行是合计行，已跳过。',
		en: 'Register row {rows} is a totals row and was skipped.'
	},
	'library.registerBad': { zh: '小区登记册：{detail}', en: 'Compound register: {detail}' },
	// The library bar's buttons and lines.
	'library.exportXlsx': { zh: '导出 XLSX', en: 'Export XLSX' },
	'library.exportJson': { zh: '导出 JSON', en: 'Export JSON' },
	'library.fixFirst': { zh: '请先修正以下单元格：', en: 'Fix these cells first:' },
	'library.blank': { zh: '（空）', en: '(blank)' },
	'library.scenario': { zh: '情景', en: 'Scenario' },
	'library.newFromPlan': { zh: '新建（规划）', en: 'New from plan' },
	'library.duplicate': { zh: '复制', en: 'Duplicate' },
	'library.delete': { zh: '删除', en: 'Delete' },
	'library.import': { zh: '导入…', en: 'Import…' },
	'library.binned': { zh: '情景已移入回收站。', en: 'Scenario moved to the bin.' },
	'library.undoDelete': { zh: '撤销删除', en: 'Undo delete' },
	'library.close': { zh: '关闭', en: 'Close' }
} satisfies Record<string, Msg>;
