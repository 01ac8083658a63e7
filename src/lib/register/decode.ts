/**
 * Bytes → text for CSV registers. Excel on Chinese Windows saves "CSV" in GBK (GB18030 is its superset and
 * what the WHATWG decoder implements); newer Excel saves UTF-8 with a BOM; "Unicode text" is UTF-16 with a BOM.
 * Uses only the platform TextDecoder, so it runs the same in Chromium, a worker and Node (full ICU).
 */
import type { Encoding } from './types';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; encoding: 'unknown' };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

export function decodeBytes(bytes: Uint8Array): Decoded {
	// A BOM is the file saying what it is: believe it. TextDecoder drops the BOM itself.
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes, 'utf-8', 'utf-8-bom');
	if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes, 'utf-16le', 'utf-16le');
	if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes, 'utf-16be', 'utf-16be');
	// GBK text is almost never valid UTF-8 (its lead bytes 0x81–0xFE rarely form valid UTF-8 sequences),
	// so strict UTF-8 first and GB18030 on failure is a reliable test without any guessing library.
	const utf8 = decodeAs(bytes, 'utf-8', 'utf-8');
	return utf8.ok ? utf8 : decodeAs(bytes, 'gb18030', 'gb18030');
}

function decodeAs(bytes: Uint8Array, label: string, encoding: Encoding): Decoded {
	try {
		return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
	} catch {
		return { ok: false, encoding: 'unknown' };
	}
}
