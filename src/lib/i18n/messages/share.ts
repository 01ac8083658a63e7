/**
 * Sharing (keys `share.*`): links that carry a scenario, and why a link is refused. A refusal says what happened
 * to the link and what to do, as the reader's messages do for files.
 */
import type { Msg } from '../types';

export const share = {
	'share.notLink': {
		zh: '这不是情景链接：链接应含“#link=”后接一串字符，请重新复制完整的链接',
		en: 'not a scenario link: a link holds "#link=" and a run of characters — copy the whole link again'
	},
	'share.tooLong': {
		zh: '链接有 {n} 个字符，情景链接最多 {max} 个：这不是本工作台生成的链接',
		en: 'the link has {n} characters; a scenario link has at most {max} — it was not made by this workbench'
	},
	'share.newer': {
		zh: '这是较新版本工作台生成的链接（链接格式 {v}，本版本读取格式 {have}）：请更新工作台，或请对方发送文件',
		en: 'the link was made by a newer version of the workbench (link format {v}; this version reads {have}) — update, or ask for the file'
	},
	'share.damaged': {
		zh: '链接已损坏：{why}。请对方重新复制链接，或发送文件',
		en: 'the link is damaged: {why} — ask for the link again, or for the file'
	},
	'share.badChars': { zh: '含有链接中不应出现的字符', en: 'it holds characters a link never has' },
	'share.checksum': {
		zh: '校验和不符，链接内容被改动过',
		en: 'its checksum does not match, so its content was altered'
	},
	'share.extra': { zh: '链接末尾多出 {n} 个字节', en: 'it has {n} byte(s) more than it says' },
	'share.oddChar': { zh: '末尾多出一个字符', en: 'it ends with one character too many' },
	'share.inflate': { zh: '无法解压', en: 'it cannot be decompressed' },
	'share.truncated': {
		zh: '链接不完整：只有 {have} 个字节，应有 {want} 个。复制时可能被截断，请重新复制完整的链接',
		en: 'the link is cut short: it has {have} of its {want} bytes — it was probably cut when copied; copy the whole link again'
	},
	'share.bomb': {
		zh: '链接解压后超过 {max} MB，情景不会这么大：已拒绝（可能是恶意链接）',
		en: 'the link expands past {max} MB, far more than any scenario: refused (it may be hostile)'
	},
	'share.template': {
		zh: '链接基于规划模板第 {v} 版，本版本工作台只有第 {have} 版：请更新工作台，或请对方发送文件',
		en: 'the link is based on plan template version {v}, which this version does not have (it has {have}) — update, or ask for the file'
	},
	'share.payload': {
		zh: '链接内容不是情景：{where} 处不符合链接格式{what}',
		en: 'the link does not hold a scenario: {where} is not what a link holds{what}'
	},
	'share.badYear': {
		zh: '链接改动了参数 {key} 的第 {at} 项，但情景只有 {years} 年',
		en: 'the link changes item {at} of parameter {key}, but the scenario has {years} years'
	},
	'share.content': { zh: '链接中的情景有 {n} 处错误：', en: 'the scenario in the link has {n} error(s):' },
	'share.lineage': {
		zh: '应为 { "id": 情景编号, "rev": 修订号（非负整数） }，记录文件导出自哪个情景',
		en: 'expected { "id": text, "rev": a whole number ≥ 0 }: the scenario and revision the file was exported from'
	},
	'share.tooBigForLink': {
		zh: '此情景的链接有 {n} 个字符，超过 {max} 个，许多聊天工具和邮件会截断它：请发送文件（导出 JSON 或 XLSX）',
		en: 'this scenario’s link has {n} characters, more than {max}, which many chat tools and mail programs cut — send the file instead (export JSON or XLSX)'
	},
	'share.copyLink': { zh: '复制链接', en: 'Copy link' },
	'share.copied': {
		zh: '已复制链接（{n} 个字符）：对方打开即可查看此情景，只读，不经过任何服务器。',
		en: 'Link copied ({n} characters): whoever opens it sees this scenario, read-only; nothing goes through a server.'
	},
	'share.copyByHand': {
		zh: '浏览器未允许写入剪贴板：请选中下面的链接手动复制。',
		en: 'The browser did not allow the clipboard: select the link below and copy it.'
	},
	'share.linkLabel': { zh: '情景链接', en: 'Scenario link' },
	'share.close': { zh: '关闭', en: 'Close' },
	'share.pageTitle': { zh: '他人分享的情景', en: 'A shared scenario' },
	'share.back': { zh: '← 返回工作台', en: '← Back to the workbench' },
	'share.readOnly': {
		zh: '只读：这是链接中的情景，保存前不会写入您的情景库，也不会覆盖任何情景。',
		en: 'Read-only: this is the scenario in the link; nothing is written to your library, or replaced, until you save it.'
	},
	'share.span': { zh: '{start} 起 {years} 年', en: '{years} years from {start}' },
	'share.save': { zh: '保存到我的情景库', en: 'Save to my library' },
	'share.savedAs': {
		zh: '已保存为「{name}」，工作台下次打开的就是它。',
		en: 'Saved as "{name}"; the workbench opens it next.'
	},
	'share.openWorkbench': { zh: '在工作台中打开', en: 'Open in the workbench' },
	'share.refused': { zh: '无法打开此链接', en: 'This link cannot be opened' },
	'share.noLink': {
		zh: '地址中没有情景链接。请打开同事发来的完整链接。',
		en: 'The address holds no scenario link. Open the whole link a colleague sent.'
	},
	'share.noteOf': { zh: '{what} 的备注', en: 'note on {what}' },
	'share.rangeOf': { zh: '{what} 的不确定范围', en: 'range of {what}' },
	'share.correlationOf': { zh: '{a} 与 {b} 的相关系数', en: 'correlation of {a} and {b}' },
	'share.actualOf': { zh: '实际值 {what}（第 {year} 年）', en: 'actual {what} (year {year})' },
	'share.nameItem': { zh: '情景名称', en: 'scenario name' },
	'share.descriptionItem': { zh: '情景说明', en: 'scenario description' },
	'share.blank': { zh: '（空）', en: '(blank)' },
	'share.merge': { zh: '合并', en: 'Merge' },
	'share.mergeOffer': {
		zh: '此文件导出自您库中的「{name}」（第 {rev} 版）：可将对方的修改合并进来。',
		en: 'This file was exported from "{name}" in your library (revision {rev}): their changes can be merged in.'
	},
	'share.mergeTitle': { zh: '合并「{file}」', en: 'Merge "{file}"' },
	'share.baseRevision': {
		zh: '基准：您库中「{name}」的第 {rev} 版（文件导出时的版本）。',
		en: 'Base: revision {rev} of "{name}" in your library, as the file was exported.'
	},
	'share.baseTemplate': {
		zh: '基准：规划模板（{why}）。',
		en: 'Base: the plan template ({why}).'
	},
	'share.noLineage': { zh: '文件未记录来源', en: 'the file does not say where it came from' },
	'share.revGone': { zh: '第 {rev} 版已不在修改历史中', en: 'revision {rev} is no longer in History' },
	'share.taken': { zh: '对方单独修改、将直接采用：{n} 处。', en: 'Changed by them alone, taken: {n}.' },
	'share.conflicts': {
		zh: '双方改得不同的 {n} 处，请逐项选择：',
		en: '{n} item(s) changed differently by both of you — choose each:'
	},
	'share.item': { zh: '项目', en: 'Item' },
	'share.base': { zh: '基准', en: 'Base' },
	'share.mine': { zh: '我的', en: 'Mine' },
	'share.theirs': { zh: '对方的', en: 'Theirs' },
	'share.allMine': { zh: '全部用我的', en: 'All mine' },
	'share.allTheirs': { zh: '全部用对方的', en: 'All theirs' },
	'share.apply': { zh: '合并', en: 'Merge' },
	'share.cancel': { zh: '取消', en: 'Cancel' },
	'share.merged': {
		zh: '已合并「{file}」：采用对方 {n} 处修改；合并前的内容留在修改历史中。',
		en: 'Merged "{file}": {n} of their changes taken; what it held before stays in History.'
	},
	'share.horizons': {
		zh: '两份情景的年数或起始月份不同（我的 {mine} 年，对方 {theirs} 年），无法逐格合并：请保留两份。',
		en: 'The two copies have different horizons (mine {mine} years, theirs {theirs}): they cannot be merged cell by cell — keep both.'
	}
} satisfies Record<string, Msg>;
