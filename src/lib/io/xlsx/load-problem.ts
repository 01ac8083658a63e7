/**
 * What to say when exceljs cannot load a workbook. Its own messages are about its internals: a sheet whose cells
 * (or rows) carry no address — the `r` attribute every file from Excel, WPS and LibreOffice has, but that some
 * generators leave out — comes back as "Cannot read properties of undefined (reading 'col')" or "Invalid row
 * number in model". Those are said as what is wrong with the file; anything else keeps exceljs's words.
 */
import { msg, type Msg } from '../../i18n';

const NO_ADDRESS = /reading '(col|row)'|Invalid row number|Invalid column|Invalid Address/i;

export function loadProblem(e: unknown): { kind: 'no-address' | 'other'; message: Msg; detail: string } {
	const detail = e instanceof Error ? e.message : String(e);
	return NO_ADDRESS.test(detail)
		? { kind: 'no-address', message: msg('sheet.xlsxNoAddresses'), detail }
		: {
				kind: 'other',
				message: { zh: `无法打开 XLSX 文件（${detail}）`, en: `not a readable XLSX file: ${detail}` },
				detail
			};
}
