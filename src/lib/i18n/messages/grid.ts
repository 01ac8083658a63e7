/** The grid's words (keys `grid.*`): what paste, cut and the clipboard say when they refuse. */
import type { Msg } from '../types';

export const grid = {
	'grid.pasteEmpty': { zh: '未粘贴：剪贴板中没有单元格', en: 'Nothing pasted: the clipboard holds no cells' },
	'grid.pasteNotMultiple': {
		zh: '未粘贴：复制区域为 {h} 行 × {w} 列，所选区域为 {H} 行 × {W} 列，不是它的整数倍。请只选一个单元格，或选择与复制区域同样大小（或其整数倍）的区域后再粘贴。',
		en: 'Nothing pasted: the copied block is {h} × {w} (rows × columns) and the selection is {H} × {W}, not a whole multiple of it. Select one cell, or a block the size of the copy (or a whole multiple), and paste again.'
	},
	'grid.pastePastYear': {
		zh: '未粘贴：复制区域有 {w} 列，从 {at} 开始会超出第 {years} 年（规划共 {years} 年）。',
		en: 'Nothing pasted: the copied block is {w} columns wide; from {at} it runs past year {years}, the last plan year.'
	},
	'grid.pastePastRow': {
		zh: '未粘贴：复制区域有 {h} 行，从 {at} 开始会超出最后一行（{last}）。',
		en: 'Nothing pasted: the copied block is {h} rows high; from {at} it runs past the last row ({last}).'
	},
	'grid.pasteNoCell': {
		zh: '{key} 只有一个值（各年通用），粘贴会在第 {year} 年放入数值',
		en: '{key} has one value for all years; the paste would put a value in year {year}'
	},
	'grid.pasteBlank': { zh: '{name}：只有目标可以留空', en: '{name}: only targets may be blank' },
	'grid.pasteRefused': { zh: '未粘贴，没有任何改动 —— {problems}', en: 'Nothing pasted, nothing changed — {problems}' },
	'grid.pasteMore': { zh: '等另 {n} 处', en: 'and {n} more' },
	'grid.cutSize': {
		zh: '未粘贴：剪切区域为 {h} 行 × {w} 列，粘贴区域须为一个单元格或同样大小（剪切不能平铺）。',
		en: 'Nothing pasted: the cut block is {h} × {w} (rows × columns); paste it into one cell or a block of the same size (a cut does not tile).'
	},
	'grid.cutRefused': {
		zh: '已复制，未剪切：{names} 不能留空（只有目标可以留空），剪切会使其变为空白。可粘贴副本，原单元格保持不变。',
		en: 'Copied, not cut: {names} cannot be left blank (only targets may be blank), and a cut would empty them. Paste the copy; the original cells stay as they are.'
	},
	'grid.cutPending': {
		zh: '已剪切 {n} 个单元格：选择目标后按 Ctrl+V 移动（原单元格清空），Esc 取消。',
		en: 'Cut {n} cells: select where they go and press Ctrl+V to move them (the originals are cleared); Esc cancels.'
	},
	'grid.clearRefused': {
		zh: '{names}：只有目标可以留空，请输入数值',
		en: '{names}: only targets may be blank — type a number instead'
	},
	'grid.cellProblem': { zh: '{name}：{why}', en: '{name}: {why}' },
	'grid.listSep': { zh: '；', en: '; ' },
	'grid.nameSep': { zh: '、', en: ', ' }
} satisfies Record<string, Msg>;

export type GridKey = keyof typeof grid;
