import { safeFileName } from '../../io/file-name';
import { CSV, download } from '../download';

/** A CSV string handed to the browser as a download (writeCsv already adds the BOM Excel and WPS need). */
export function downloadCsv(fileName: string, csv: string) {
	download(safeFileName(fileName.replace(/\.csv$/i, ''), 'csv', 'register'), csv, CSV);
}
