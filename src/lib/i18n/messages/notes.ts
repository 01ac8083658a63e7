/** Notes on cells (批注, keys `notes.*`): the editor, the mark's hover text, History lines and a bad note's reason. */
import type { Msg } from '../types';

export const notes = {
	'notes.edit': { zh: '批注', en: 'Note' },
	'notes.editTitle': { zh: '{cell}的批注', en: 'Note on {cell}' },
	'notes.button': { zh: '批注（Shift+F2）', en: 'Note (Shift+F2)' },
	'notes.text': { zh: '批注内容', en: 'Note text' },
	'notes.by': { zh: '署名（本浏览器记住）', en: 'Your name (this browser remembers it)' },
	'notes.save': { zh: '保存批注', en: 'Save note' },
	'notes.delete': { zh: '删除批注', en: 'Delete note' },
	'notes.cancel': { zh: '取消', en: 'Cancel' },
	'notes.hover': { zh: '批注 — {by}，{at}：{text}', en: 'Note — {by}, {at}: {text}' },
	'notes.conflictOf': { zh: '{cell} 的批注', en: 'note on {cell}' },
	'notes.line': { zh: '{by}，{at}：{text}', en: '{by}, {at}: {text}' },
	'notes.merged': { zh: '合并了同事的文件“{file}”', en: 'Merged the colleague’s file “{file}”' },
	'notes.lostMine': { zh: '未采用的我方值 — {what}：{value}', en: 'not kept, mine — {what}: {value}' },
	'notes.lostTheirs': { zh: '未采用的对方值 — {what}：{value}', en: 'not kept, theirs — {what}: {value}' },
	'notes.nobody': { zh: '未署名', en: 'unsigned' },
	'notes.has': { zh: '有批注', en: 'has a note' },
	'notes.added': { zh: '批注 {cell}：添加“{text}”', en: 'note on {cell}: added "{text}"' },
	'notes.changed': { zh: '批注 {cell}：“{old}” → “{text}”', en: 'note on {cell}: "{old}" → "{text}"' },
	'notes.removed': { zh: '批注 {cell}：删除“{old}”', en: 'note on {cell}: removed "{old}"' },
	'notes.cell': {
		zh: '批注的位置 {cell} 不是本情景的单元格（应为参数名，如 basic_fee_y2）',
		en: 'a note is on {cell}, which is no cell of this scenario (expected a cell name such as basic_fee_y2)'
	},
	'notes.shape': {
		zh: '{cell}的批注应只含署名 by、时间 at、内容 text 三项',
		en: 'the note on {cell} must hold "by", "at" and "text" only'
	},
	'notes.empty': { zh: '{cell}的批注内容为空', en: 'the note on {cell} is empty' },
	'notes.long': {
		zh: '{cell}的批注有 {n} 个字符，最多 {max} 个',
		en: 'the note on {cell} has {n} characters; at most {max}'
	},
	'notes.control': {
		zh: '{cell}的批注含有控制字符：批注只能是文字',
		en: 'the note on {cell} holds control characters: a note is text only'
	},
	'notes.byBad': {
		zh: '{cell}批注的署名应为不超过 {max} 个字符的文字',
		en: 'the author of the note on {cell} must be text of at most {max} characters'
	},
	'notes.at': {
		zh: '{cell}批注的时间应为 ISO 时间（如 2026-12-07T06:20:00Z）',
		en: 'the time of the note on {cell} must be an ISO time such as 2026-12-07T06:20:00Z'
	},
	'notes.notObject': {
		zh: '“notes”应为以单元格名为键的对象',
		en: '"notes" must be an object keyed by cell name'
	},
	'notes.tooMany': {
		zh: '批注有 {n} 条，超过单元格数 {max}',
		en: 'there are {n} notes, more than the {max} cells'
	}
} satisfies Record<string, Msg>;
