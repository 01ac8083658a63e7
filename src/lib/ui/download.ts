/**
 * The one way the app hands a file to the browser: a Blob behind an object URL, clicked as a download, the URL
 * released a moment later (the click has started reading it by then). Every export — scenario JSON and XLSX,
 * results and register CSV, backups, actuals templates, data tables — goes through here.
 */
export function download(fileName: string, data: BlobPart | Blob, type = 'application/octet-stream'): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type }));
	a.download = fileName;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export const CSV = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
