/**
 * exceljs is ~1 MB minified: it is imported only when a workbook is exported or imported, so it never weighs on
 * the first page load. Node resolves its CommonJS build, Vite its browser bundle; both expose the namespace
 * either as the module or as its `default`.
 */
export type ExcelJS = typeof import('exceljs');
export type Workbook = import('exceljs').Workbook;
export type Worksheet = import('exceljs').Worksheet;

export async function loadExcelJS(): Promise<ExcelJS> {
	const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
	return mod.default ?? mod;
}
