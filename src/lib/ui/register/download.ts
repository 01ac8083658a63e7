import { safeFileName } from '../../io/file-name';

/** A CSV string handed to the browser as a download (writeCsv already adds the BOM Excel and WPS need). */
export function downloadCsv(fileName: string, csv: string) {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	a.download = safeFileName(fileName.replace(/\.csv$/i, ''), 'csv', 'register');
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
