/** What the grid and the reader say about a formula they refuse (keys `sheet.*`). */
import type { Msg } from '../types';

export const sheet = {
	'sheet.cellAddress': {
		zh: '不能使用单元格地址（如 {ref}），请使用参数名，如 basic_fee_y2',
		en: 'cell addresses are not allowed ({ref}): use names, such as basic_fee_y2'
	},
	'sheet.volatile': {
		zh: '不能使用 {fn}：结果将无法复现。数值不确定时，请用「不确定性」中的范围代替 {fn}（在表格下方为该参数设定范围）',
		en: '{fn} is not allowed: results would not be reproducible. For an uncertain value, use a range on the Uncertainty tab instead of {fn} (set the parameter\u2019s range below the grid)'
	},
	'sheet.xlsxNoAddresses': {
		zh: '文件中的工作表缺少单元格地址（r 属性），可能不是由 Excel/WPS 生成：请用 Excel 或 WPS 打开并另存为 .xlsx 后再导入',
		en: 'the sheet\u2019s cells have no addresses (the r attribute), so the file was probably not made by Excel or WPS: open it in Excel or WPS, save it as .xlsx and import that'
	}
} satisfies Record<string, Msg>;
