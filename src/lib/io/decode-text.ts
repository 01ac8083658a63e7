/**
 * Bytes of a text file → text, the one way for every reader: the app's import, the backup restore and
 * `npm run simulate` read a scenario file through `decodeText`, the register's CSV import through
 * `register/decode.ts`, and both believe a byte-order mark the same way (`bomOf`). Windows Notepad and Excel's
 * "Unicode text" save UTF-16 with a BOM; without a BOM a scenario file is UTF-8, as it always was read.
 */
export type Bom = { label: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

export function bomOf(bytes: Uint8Array): Bom | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
	return null;
}

/** A scenario file's text: by its BOM if it has one (dropped), else UTF-8 (bad bytes become U+FFFD, as before). */
export function decodeText(bytes: Uint8Array): string {
	// TextDecoder drops the BOM of its own encoding.
	return new TextDecoder(bomOf(bytes)?.label ?? 'utf-8').decode(bytes);
}
