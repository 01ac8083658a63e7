/**
 * Builds links byte by byte for the tests, independently of the app's encoder: Node's own raw deflate, the
 * header written out here (CRC-32 of what follows, then the deflated length, big-endian). A link the app reads
 * from these bytes shows the format is what link.ts's comment says, not merely what its encoder happens to write.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { crc32 } from '../../src/lib/share/crc32';

export function packBytes(json: string | Uint8Array, opts: { crc?: number; length?: number } = {}): Uint8Array {
	const packed = deflateRawSync(typeof json === 'string' ? Buffer.from(json, 'utf8') : json);
	const out = new Uint8Array(8 + packed.length);
	const view = new DataView(out.buffer);
	view.setUint32(4, opts.length ?? packed.length);
	out.set(packed, 8);
	view.setUint32(0, opts.crc ?? crc32(out.subarray(4)));
	return out;
}

export const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** `link=1.…` around a payload given as JSON text (or any bytes). */
export const pack = (json: string | Uint8Array, opts: { crc?: number; length?: number; format?: number } = {}) =>
	`link=${opts.format ?? 1}.${b64url(packBytes(json, opts))}`;

/** A link's payload, read back with Node's inflate: what a link holds, for tests that change it. */
export function unpack(fragment: string): Record<string, unknown> {
	const bytes = Buffer.from(fragment.replace(/^.*link=\d+\./, ''), 'base64url');
	return JSON.parse(inflateRawSync(bytes.subarray(8)).toString('utf8'));
}
