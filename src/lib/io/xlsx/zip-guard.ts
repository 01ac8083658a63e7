/**
 * Refuses an archive before anything unpacks it for real (zip bombs). First the declared sizes in the
 * central directory — total, entry count, compression ratio; then, because those sizes are only claims, each
 * entry is inflated as a stream and dropped, counting bytes, and abandoned as soon as it outgrows its claim.
 * Only an archive that passes both reaches exceljs (whose JSZip would inflate a lying entry whole, in memory).
 */
import { msg, type Msg } from '../../i18n';
import { readDirectory, type ZipEntry } from './zip-directory';

export const LIMITS = {
	/** The file itself: an exported workbook is ~50 KB. */
	fileBytes: 20_000_000,
	unpackedBytes: 50_000_000,
	entries: 1000,
	/** Worksheet XML compresses ~10:1; 100:1 over a megabyte is a sign of padding, not of data. */
	ratio: 100,
	ratioFloor: 1_000_000
};

const MB = (n: number) => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;

export async function checkArchive(
	bytes: Uint8Array
): Promise<{ ok: true; entries: ZipEntry[] } | ({ ok: false } & Refusal)> {
	if (bytes.length > LIMITS.fileBytes)
		return no(msg('reader.zipTooBig', { size: MB(bytes.length), limit: MB(LIMITS.fileBytes) }));
	const dir = readDirectory(bytes);
	if (!dir.ok) return dir;
	const { entries } = dir;
	if (entries.length > LIMITS.entries) return no(msg('reader.zipEntries', { n: entries.length, max: LIMITS.entries }));
	const total = entries.reduce((s, e) => s + e.size, 0);
	if (total > LIMITS.unpackedBytes)
		return no(msg('reader.zipUnpacked', { size: MB(total), max: MB(LIMITS.unpackedBytes) }));
	for (const e of entries) {
		if (e.size > LIMITS.ratioFloor && e.size > LIMITS.ratio * e.compressedSize) {
			const ratio = Math.round(e.size / Math.max(1, e.compressedSize));
			return no(msg('reader.zipRatio', { name: e.name, ratio, max: LIMITS.ratio }));
		}
	}
	if (!entries.some((e) => e.name === 'xl/workbook.xml')) return no(msg('reader.zipNotXlsx'));
	// Entries are checked side by side: each holds at most one chunk, and the declared total is capped above.
	const problems = await Promise.all(entries.map((e) => checkEntry(bytes, e)));
	const i = problems.findIndex(Boolean);
	if (i >= 0) {
		const p = problems[i]!;
		return { ok: false, message: `${entries[i].name}: ${p.en}`, zh: `${entries[i].name}：${p.zh}` };
	}
	return { ok: true, entries };
}

/** A refusal in English (`message`: files, the CLI, logs) and in Chinese (`zh`: the planner's screen). */
export interface Refusal {
	message: string;
	zh: string;
}
const no = (m: Msg): { ok: false } & Refusal => ({ ok: false, message: m.en, zh: m.zh });

async function checkEntry(bytes: Uint8Array, e: ZipEntry): Promise<Msg | null> {
	const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (e.offset + 30 > bytes.length || dv.getUint32(e.offset, true) !== 0x04034b50) return msg('reader.zipDamaged');
	const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
	if (start + e.compressedSize > bytes.length) return msg('reader.zipCut');
	const data = bytes.subarray(start, start + e.compressedSize);
	if (e.method === 0) return e.size === e.compressedSize ? null : msg('reader.zipDamaged');
	if (e.method !== 8) return msg('reader.zipMethod', { method: e.method });
	const n = await inflatedSize(data, e.size);
	if (n === 'corrupt') return msg('reader.zipCorrupt');
	if (n > e.size) return msg('reader.zipOver', { size: e.size });
	return n === e.size ? null : msg('reader.zipShorter');
}

/** Inflates and discards, stopping one chunk after `limit`: memory stays at a chunk whatever the stream holds. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number | 'corrupt'> {
	const ds = new DecompressionStream('deflate-raw');
	const writer = ds.writable.getWriter();
	// Not awaited: the writes settle as the reader drains, or reject once it cancels (both are fine).
	writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	const reader = ds.readable.getReader();
	let n = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return n;
			n += value.byteLength;
			if (n > limit) {
				await reader.cancel().catch(() => {});
				return n;
			}
		}
	} catch {
		return 'corrupt';
	}
}
