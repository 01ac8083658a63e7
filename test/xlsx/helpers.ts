/** Shared by the XLSX tests: scenarios as the app holds them, their export, and a few bytes-level tools. */
import { readdirSync, readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { exportXlsx } from '../../src/lib/io/xlsx/export-xlsx';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { readDirectory } from '../../src/lib/io/xlsx/zip-directory';
import { runProjection } from '../../src/lib/model/run';
import type { ParamValues } from '../../src/lib/model/inputs';
import type { ScenarioDoc } from '../../src/lib/model/scenario';

export const SCENARIO_FILES = readdirSync('scenarios').filter((f) => f.endsWith('.json'));

export function loadScenario(file: string): { doc: ScenarioDoc; values: ParamValues } {
	const r = readScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
	if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
	return { doc: r.doc, values: r.values };
}

export async function exported(doc: ScenarioDoc, values: ParamValues, lang: 'zh' | 'en' = 'en') {
	const projection = runProjection(values, doc.years, doc.start);
	return { projection, bytes: await exportXlsx(doc, values, projection, lang) };
}

/** One file of an archive, as text (node:zlib: the tests check the bytes, not our reader). */
export function entryText(zip: Uint8Array, name: string): string {
	const dir = readDirectory(zip);
	if (!dir.ok) throw new Error(dir.message);
	const e = dir.entries.find((x) => x.name === name);
	if (!e) throw new Error(`no ${name} in the archive`);
	const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
	const data = zip.subarray(start, start + e.compressedSize);
	return Buffer.from(e.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

export interface FakeEntry {
	name: string;
	/** Deflated bytes as they go in the archive. */
	deflated: Uint8Array;
	/** What the directory claims; a zip bomb may lie. */
	size: number;
}

export const deflated = (name: string, text: string): FakeEntry => {
	const raw = Buffer.from(text);
	return { name, deflated: deflateRawSync(raw), size: raw.length };
};

/** A minimal zip writer (APPNOTE §4.3): local headers, data, central directory, end record. CRCs are left 0. */
export function zipOf(entries: FakeEntry[]): Uint8Array {
	const parts: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(e.deflated.length, 18);
		local.writeUInt32LE(e.size, 22);
		local.writeUInt16LE(name.length, 26);
		const c = Buffer.alloc(46);
		c.writeUInt32LE(0x02014b50, 0);
		c.writeUInt16LE(20, 4);
		c.writeUInt16LE(20, 6);
		c.writeUInt16LE(8, 10);
		c.writeUInt32LE(e.deflated.length, 20);
		c.writeUInt32LE(e.size, 24);
		c.writeUInt16LE(name.length, 28);
		c.writeUInt32LE(offset, 42);
		parts.push(local, name, Buffer.from(e.deflated));
		central.push(c, name);
		offset += 30 + name.length + e.deflated.length;
	}
	const cd = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(cd.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...parts, cd, end]));
}
