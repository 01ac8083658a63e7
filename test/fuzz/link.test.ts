/**
 * Fuzzing the link reader: 10,000 links made by mutating real scenarios' links — characters flipped,
 * cut, inserted; the compressed bytes changed under a recomputed checksum; the payload's JSON changed and packed
 * again, so that the reader behind the link is reached too — and random payloads. None may throw or pollute a
 * prototype; every refusal must give its kind and a reason in both languages. Seeded: a failure reproduces.
 * Decoding is pure (it imports nothing that stores), so no link can change the library; the Playwright spec
 * checks the same from the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { decodeLink, encodeLink, type LinkRead } from '../../src/lib/share/link';
import { crc32 as crcOf } from '../../src/lib/share/crc32';
import { b64url, pack, unpack } from '../share/pack';
import { expectSurvived } from './survived';
import { applyBytes, applyJson, applyText, byteOpsArb, jsonOpArb, keyArb, Tally, textOpArb, valueArb } from './mutate';

const RUNS = 10_000;
const CASE_BUDGET_MS = 2000;
type Json = Parameters<typeof applyJson>[0];

const docs = readdirSync('scenarios')
	.filter((f) => f.endsWith('.json'))
	.map((f) => {
		const r = readScenarioText(readFileSync(`scenarios/${f}`, 'utf8'));
		if (!r.ok) throw new Error(f);
		return r;
	});
/** A note (批注) on a cell, so that mutations reach the notes' reader too. */
const noted = (doc: (typeof docs)[number]['doc']) => ({
	...doc,
	notes: { basic_fee_y2: { by: '王芳', at: '2026-12-07T06:20:00.000Z', text: '按批复\n待核' } }
});
/** Links as the app writes them: plain, and with lineage and a note. */
const links = docs.flatMap((r) => [encodeLink(r.doc), encodeLink(noted(r.doc), { id: 'k3j2-x', rev: 4 })]);
/** Their payloads with every formula replaced by its value: a formula costs a workbook, so most cases go without. */
const plain = docs.map((r) => {
	const doc = structuredClone(r.doc);
	for (const [k, p] of Object.entries(doc.params))
		p.cells = p.cells.map((c, y) =>
			typeof c === 'string' ? (Array.isArray(r.values[k]) ? r.values[k][y] : r.values[k]) : c
		);
	return unpack(encodeLink(doc)) as Json;
});
const withFormulas = links.map((l) => unpack(l) as Json);
/** The mutator's shared constants can end up inside one another (an insert into an inserted list): say so as text. */
function stringify(x: Json): string {
	try {
		return JSON.stringify(x);
	} catch {
		return '"a value that contains itself"';
	}
}
const pick = <T>(xs: T[]) => fc.nat({ max: xs.length - 1 }).map((i) => xs[i]);
const body = (link: string) => link.slice('link=1.'.length);

const linkArb: fc.Arbitrary<string> = fc.oneof(
	// Characters: what copying, chat tools and hand edits do to a link.
	{
		weight: 35,
		arbitrary: fc
			.tuple(pick(links), fc.array(textOpArb, { minLength: 1, maxLength: 3 }), fc.boolean())
			.map(([l, ops, url]) => (url ? 'https://planner.example/#' : '') + applyText(l, ops))
	},
	// Bytes changed under a recomputed checksum: a crafted stream for the decompressor.
	{
		weight: 15,
		arbitrary: fc.tuple(pick(links), byteOpsArb).map(([l, ops]) => {
			const bytes = Buffer.from(body(l), 'base64url').subarray(8);
			return `link=1.${b64url(packBytesRaw(applyBytes(new Uint8Array(bytes), ops)))}`;
		})
	},
	// The payload changed and packed again with a good checksum: the reader's turn.
	{
		weight: 35,
		arbitrary: fc
			.tuple(pick(plain), fc.array(jsonOpArb(), { minLength: 1, maxLength: 4 }))
			.map(([p, ops]) => pack(stringify(applyJson(p, ops))))
	},
	{
		weight: 3,
		arbitrary: fc
			.tuple(pick(withFormulas), fc.array(jsonOpArb(), { minLength: 1, maxLength: 2 }))
			.map(([p, ops]) => pack(stringify(applyJson(p, ops))))
	},
	// Changed cells of any value and key, the kind of link a hostile sender would craft for the reader.
	{
		weight: 15,
		arbitrary: fc
			.tuple(
				pick(plain),
				fc.array(fc.tuple(keyArb, fc.oneof(valueArb, fc.dictionary(fc.constantFrom('0', '1', '2'), valueArb))), {
					minLength: 1,
					maxLength: 4
				})
			)
			.map(([p, cells]) => {
				const c: Record<string, Json> = {};
				for (const [k, v] of cells) Object.defineProperty(c, k, { value: v, enumerable: true, writable: true });
				return pack(stringify({ ...(p as object), c } as Json));
			})
	},
	// Random payloads and random text.
	{ weight: 6, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => pack(JSON.stringify(v))) },
	{
		weight: 6,
		arbitrary: fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.string({ maxLength: 200 }).map((s) => `link=1.${s}`),
			fc.uint8Array({ maxLength: 300 }).map((b) => `link=1.${b64url(b)}`)
		)
	}
);

/** Deflated bytes given as they are, with a good header: for streams the decompressor must refuse. */
function packBytesRaw(deflated: Uint8Array): Uint8Array {
	const out = new Uint8Array(8 + deflated.length);
	out.set(deflated, 8);
	const view = new DataView(out.buffer);
	view.setUint32(4, deflated.length);
	// The checksum covers the length and the stream: recompute it as the encoder does.
	view.setUint32(0, crcOf(out.subarray(4)));
	return out;
}
const KINDS = ['notLink', 'tooLong', 'newer', 'damaged', 'truncated', 'bomb', 'template', 'payload', 'content'];

function check(r: LinkRead) {
	if (r.ok) {
		expect(r.doc.years).toBeGreaterThan(0);
		return;
	}
	expect(KINDS).toContain(r.kind);
	expect(r.message.length).toBeGreaterThan(0);
	expect(r.zh.length).toBeGreaterThan(0);
	expect(r.message.length + r.zh.length).toBeLessThan(1000);
	if (r.kind === 'content') expect(r.errors!.length).toBeGreaterThan(0);
}

test(`the link reader survives ${RUNS.toLocaleString('en')} mutated and random links (seed 25)`, () => {
	const tally = new Tally('link reader');
	const kinds = new Map<string, number>();
	try {
		fc.assert(
			fc.property(linkArb, (link) => {
				let r: LinkRead;
				try {
					r = tally.time(
						() => link.slice(0, 200),
						() => decodeLink(link)
					);
				} catch (e) {
					tally.crashed.push(`${String(e).slice(0, 120)} ← ${link.slice(0, 300)}`);
					return;
				}
				check(r);
				if (r.ok) tally.accepted++;
				else {
					tally.refused++;
					kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
				}
			}),
			{ seed: 25, numRuns: RUNS }
		);
	} finally {
		console.log(tally.line(), Object.fromEntries(kinds));
	}
	expectSurvived(tally, RUNS, CASE_BUDGET_MS);
	// Each way a link goes wrong came up, not only the cheap ones.
	for (const k of ['notLink', 'damaged', 'truncated', 'payload', 'content'])
		expect(kinds.get(k), k).toBeGreaterThan(20);
}, 300_000);
