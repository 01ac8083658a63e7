/**
 * A scenario as a link: `#link=1.<base64url>` in the URL's fragment, which a browser never sends
 * to a server. The bytes are a CRC-32 and the length of what follows, then the payload (link-payload.ts) as JSON,
 * deflated. Decoding checks size, checksum and length BEFORE decompressing, caps the decompressed size (a link
 * bomb), and hands the result to the one scenario reader as a file: a link is refused for the same reasons a
 * file is, plus its own (damaged, cut short, too new). Nothing here throws on bad input.
 *
 * Compression is fflate's deflate, not the platform's CompressionStream: fflate is synchronous, so the reader,
 * the CLI and the tests share one code path with no awaits, and its streaming inflate can be stopped at a cap.
 */
import { Inflate } from 'fflate';
import * as v from 'valibot';
import type { ScenarioDoc } from '../model/scenario';
import type { ParamValues } from '../model/inputs';
import { said, saidEach } from '../io/read-error';
import type { ReadError } from '../io/read-error';
import { readScenarioText } from '../io/read-scenario';
import { fromBase64url } from './base64url';
import { crc32 } from './crc32';
import type { Lineage } from '../io/read-lineage';
import { toFile, type Payload } from './link-payload';
import { TEMPLATES } from './templates';

// The encoder and the limits live apart so that the workbench's first screen (Copy link) loads no reader.
export { encodeLink, LINK_BUDGET, LINK_FORMAT, MAX_LINK_CHARS, MAX_LINK_INFLATED } from './link-encode';
import { HEADER, LINK_FORMAT, MAX_LINK_CHARS, MAX_LINK_INFLATED, PREFIX } from './link-encode';

export type RefusalKind =
	'notLink' | 'tooLong' | 'newer' | 'damaged' | 'truncated' | 'bomb' | 'template' | 'payload' | 'content';

export type LinkRead =
	| { ok: true; doc: ScenarioDoc; values: ParamValues; lineage?: Lineage; file: Record<string, unknown> }
	| { ok: false; kind: RefusalKind; message: string; zh: string; errors?: ReadError[] };

const refuse = (kind: RefusalKind, m: { message: string; zh: string }, errors?: ReadError[]): LinkRead =>
	errors ? { ok: false, kind, ...m, errors } : { ok: false, kind, ...m };
const damaged = (why: { message: string; zh: string }): LinkRead =>
	refuse(
		'damaged',
		saidEach('share.damaged', (L) => ({ why: { zh: why.zh, en: why.message }[L] }))
	);

/** A full URL, `#link=…`, `link=…` or the bare `1.…`; white space (a line break a mail program put in) is dropped. */
export function decodeLink(input: string): LinkRead {
	if (input.length > MAX_LINK_CHARS)
		return refuse('tooLong', said('share.tooLong', { n: input.length, max: MAX_LINK_CHARS }));
	let text = input.replace(/\s+/g, '');
	const hash = text.indexOf('#');
	if (hash >= 0) text = text.slice(hash + 1);
	if (text.startsWith(PREFIX)) text = text.slice(PREFIX.length);
	const m = /^(\d{1,6})\.(.*)$/s.exec(text);
	if (!m) return refuse('notLink', said('share.notLink'));
	const format = Number(m[1]);
	if (format > LINK_FORMAT) return refuse('newer', said('share.newer', { v: format, have: LINK_FORMAT }));
	if (format !== LINK_FORMAT) return refuse('notLink', said('share.notLink'));
	// One character past whole bytes (length 4k+1) is a character too many, or a cut one: the length tells which.
	const odd = m[2].length % 4 === 1;
	const bytes = fromBase64url(odd ? m[2].slice(0, -1) : m[2]);
	if (!bytes) return damaged(said('share.badChars'));
	if (bytes.length < HEADER) return refuse('truncated', said('share.truncated', { have: bytes.length, want: HEADER }));
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const want = view.getUint32(4);
	const have = bytes.length - HEADER;
	if (crc32(bytes.subarray(4)) !== view.getUint32(0)) {
		// A cut link fails its checksum too; the length says which it is.
		if (have < want) return refuse('truncated', said('share.truncated', { have, want }));
		if (have > want) return damaged(said('share.extra', { n: have - want }));
		return damaged(said('share.checksum'));
	}
	if (odd)
		return have < want ? refuse('truncated', said('share.truncated', { have, want })) : damaged(said('share.oddChar'));
	const json = inflateCapped(bytes.subarray(HEADER));
	if (json === 'bomb') return refuse('bomb', said('share.bomb', { max: MAX_LINK_INFLATED / 1e6 }));
	if (json === undefined) return damaged(said('share.inflate'));
	return readPayload(json);
}

/** Inflates in small pieces so that a bomb stops near the cap instead of filling memory first. */
function inflateCapped(packed: Uint8Array): string | 'bomb' | undefined {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let done = false;
	const inflate = new Inflate((chunk, final) => {
		size += chunk.length;
		if (size <= MAX_LINK_INFLATED) chunks.push(chunk);
		if (final) done = true;
	});
	try {
		for (let i = 0; i < packed.length && size <= MAX_LINK_INFLATED; i += 512)
			inflate.push(packed.subarray(i, i + 512), i + 512 >= packed.length);
	} catch {
		return undefined;
	}
	if (size > MAX_LINK_INFLATED) return 'bomb';
	if (!done) return undefined;
	const all = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.length;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(all);
	} catch {
		return undefined;
	}
}

const text = v.string();
const dict = v.record(v.string(), v.unknown());
const PayloadSchema = v.strictObject({
	t: v.pipe(v.number(), v.integer(), v.minValue(1)),
	n: text,
	d: v.optional(text),
	s: text,
	y: v.number(),
	c: v.optional(dict),
	o: v.optional(v.record(v.string(), v.nullable(text))),
	u: v.optional(dict),
	r: v.optional(v.unknown()),
	a: v.optional(v.unknown()),
	l: v.optional(v.unknown()), // the reader checks the lineage, as in a file
	k: v.optional(v.unknown()) // and the cells' notes
});

function readPayload(json: string): LinkRead {
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return refuse(
			'payload',
			// The parser's detail is English: only the English line carries it.
			saidEach('share.payload', (L) => ({ where: '(link)', what: { en: ': not JSON', zh: '' }[L] }))
		);
	}
	const shape = v.safeParse(PayloadSchema, raw);
	if (!shape.success) {
		const i = shape.issues[0];
		const where = i.path?.map((p) => String(p.key)).join('.') || '(link)';
		const what = `: ${i.message.slice(0, 120)}`;
		return refuse(
			'payload',
			saidEach('share.payload', (L) => ({ where: where.slice(0, 80), what: { en: what, zh: '' }[L] }))
		);
	}
	// The raw object, not valibot's copy: its record output drops keys such as __proto__, which the reader must see.
	const p = raw as Payload;
	const template = TEMPLATES.get(p.t);
	if (!template) return refuse('template', said('share.template', { v: p.t, have: [...TEMPLATES.keys()].join(', ') }));
	const built = toFile(p, template);
	if ('bad' in built)
		return refuse(
			'payload',
			said('share.badYear', { key: built.bad.key.slice(0, 60), at: built.bad.at.slice(0, 20), years: p.y })
		);
	const r = readScenarioText(JSON.stringify(built.file));
	if (!r.ok) return refuse('content', said('share.content', { n: r.errors.length }), r.errors);
	return r.lineage
		? { ok: true, doc: r.doc, values: r.values, lineage: r.lineage, file: built.file }
		: { ok: true, doc: r.doc, values: r.values, file: built.file };
}
