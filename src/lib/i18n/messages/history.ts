/** The History tab and its backup box: lines, headings and what a restore or a refused backup says (`history.*`). */
import type { Msg } from '../types';

export const history = {
	'history.title': { zh: '修改历史', en: 'History' },
	'history.sameState': { zh: '当前已是该状态。', en: 'The scenario is already in that state.' },
	'history.restoredCells': {
		zh: '已恢复 {n} 个单元格（可在工作台撤销）。',
		en: 'Restored {n} cell(s); undo on the workbench reverts it.'
	},
	'history.noStorage': {
		zh: '本地存储不可用：没有保存历史。',
		en: 'Local storage is unavailable: no history is kept.'
	},
	'history.when': { zh: '时间', en: 'When' },
	'history.changes': { zh: '修改（参数：原值 → 新值）', en: 'Changes (parameter: old → new)' },
	'history.action': { zh: '操作', en: 'Action' },
	'history.created': { zh: '创建', en: 'created' },
	'history.colon': { zh: '：', en: ': ' },
	'history.more': { zh: '… {n} 处更多', en: '… {n} more' },
	'history.restore': { zh: '恢复到此后状态', en: 'Restore this state' },
	'history.blank': { zh: '（空）', en: '(blank)' },
	'history.noRange': { zh: '无范围', en: 'no range' },
	'history.rangeOf': { zh: '{label} 的范围', en: '{label}: range' },
	'history.backup': { zh: '备份', en: 'Backup' },
	'history.backupIntro': {
		zh: '把全部情景（含历史）存为一个文件，或从备份文件恢复（已有的情景不会被覆盖）。',
		en: 'All scenarios (with history) in one file, or restore from one (existing scenarios are never overwritten).'
	},
	'history.exportAll': { zh: '导出全部备份', en: 'Export backup' },
	'history.restoreFrom': { zh: '从备份恢复…', en: 'Restore from backup…' },
	'history.tooLarge': { zh: '{file}：{mb} MB — 备份文件过大', en: '{file}: {mb} MB — too large for a backup' },
	'history.notJson': { zh: '{file}：不是有效的 JSON{why}', en: '{file}: not valid JSON{why}' },
	'history.invalid': { zh: '备份无效，未做任何更改：', en: 'Invalid backup; nothing changed:' },
	'history.badScenarios': {
		zh: '备份中的情景有误，未做任何更改：',
		en: 'Scenarios in the backup have errors; nothing changed:'
	},
	'history.restoredScenarios': { zh: '已恢复 {n} 个情景。', en: 'Restored {n} scenario(s).' }
} satisfies Record<string, Msg>;
