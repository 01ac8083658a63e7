/**
 * The one entry point the screen calls: bytes of a CSV or XLSX register → compounds or problems.
 * The format is read from the bytes, not the file name (registers get renamed .csv/.txt/.xls at will).
 */
import { checkArchive } from '../io/xlsx/zip-guard';
import { decodeBytes } from './decode';
import { fileProblem, parseCsv, parseXlsx, type Parsed } from './parse';
import { LIMITS, type ImportOptions, type ImportResult, type Source } from './types';
import { validate } from './validate';

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // XLSX is a zip archive
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls (BIFF) has no reader here

export async function importRegister(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
	if (has(bytes, ZIP)) return importXlsx(bytes, opts);
	return importCsv(bytes, opts);
}

/** Synchronous, so a worker or the benchmark can time it without the event loop in the way. */
export function importCsv(bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
	const big = guard(bytes);
	if (big) return big;
	if (has(bytes, OLE)) {
		return fileProblem(
			'this is an old Excel .xls file. Save it as .xlsx or CSV and import that.',
			'这是旧版 Excel .xls 文件。请另存为 .xlsx 或 CSV 后再导入。'
		);
	}
	opts.onPhase?.('cells');
	const text = decodeBytes(bytes);
	if (!text.ok) {
		return fileProblem(
			'the text is neither UTF-8 nor GBK/GB18030. Save it from Excel as "CSV UTF-8".',
			'文本既不是 UTF-8 也不是 GBK/GB18030。请在 Excel 中另存为“CSV UTF-8”。'
		);
	}
	return finish(parseCsv(text.text), { format: 'csv', encoding: text.encoding }, opts);
}

export async function importXlsx(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
	const big = guard(bytes);
	if (big) return big;
	// Before exceljs (JSZip) inflates anything whole: declared sizes, ratios, then each entry streamed.
	opts.onPhase?.('archive');
	const archive = await checkArchive(bytes);
	if (!archive.ok) return { ...fileProblem(archive.message, `无法导入：${archive.zh}`), source: { format: 'xlsx' } };
	opts.onPhase?.('cells');
	return finish(await parseXlsx(bytes), { format: 'xlsx' }, opts);
}

function finish(parsed: Parsed, source: Source, opts: ImportOptions): ImportResult {
	if (!parsed.ok) return { ...parsed, source };
	opts.onPhase?.('rows');
	return { ...validate(parsed.table, opts), source };
}

function guard(bytes: Uint8Array): ImportResult | undefined {
	if (bytes.byteLength <= LIMITS.bytes) return undefined;
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	return fileProblem(
		`it is ${mb(bytes.byteLength)} MB; the limit is ${mb(LIMITS.bytes)} MB. Remove unused columns or split it.`,
		`文件大小 ${mb(bytes.byteLength)} MB，超过 ${mb(LIMITS.bytes)} MB 的上限。请删除无用的列或拆分文件。`
	);
}

function has(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}
