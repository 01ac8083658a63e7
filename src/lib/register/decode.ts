/**
 * Bytes → text for CSV registers. Excel on Chinese Windows saves "CSV" in GBK (GB18030 is its superset and
 * what the WHATWG decoder implements); newer Excel saves UTF-8 with a BOM; "Unicode text" is UTF-16 with a BOM.
 * Uses only the platform TextDecoder, so it runs the same in Chromium, a worker and Node (full ICU).
 */
import { bomOf } from '../io/decode-text';
import type { Encoding } from './types';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; encoding: 'unknown' };

export function decodeBytes(bytes: Uint8Array): Decoded {
	// A BOM is the file saying what it is: believe it (the same rule as a scenario file's). TextDecoder drops it.
	const bom = bomOf(bytes);
	if (bom) return decodeAs(bytes, bom.label, bom.label === 'utf-8' ? 'utf-8-bom' : bom.label);
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
