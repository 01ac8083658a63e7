/**
 * Writing a link (link.ts reads one): the payload (link-payload.ts) as JSON, deflated, behind a CRC-32 and its
 * length, in base64url after `link=<format>.`. Apart from the reader so that "Copy link" on the workbench's
 * first screen does not load the scenario reader and its formula engine.
 */
import { deflateSync } from 'fflate';
import type { ScenarioDoc } from '../model/scenario';
import type { Lineage } from '../io/read-lineage';
import { toBase64url } from './base64url';
import { crc32 } from './crc32';
import { toPayload } from './link-payload';
import { CURRENT_TEMPLATE } from './templates';

/** The link format this version writes and reads (the digit after `link=`). */
export const LINK_FORMAT = 1;
/** What a link may be long before anything is decoded: far past any scenario, short of a browser's limit. */
export const MAX_LINK_CHARS = 100_000;
/** What a link may expand to: half the largest scenario file, and some 200 times the largest real scenario. */
export const MAX_LINK_INFLATED = 1_000_000;
/** What a link may be long to be sent safely in chat and mail; past it the planner is offered the file. */
export const LINK_BUDGET = 2000;
export const PREFIX = 'link=';
export const HEADER = 8; // CRC-32, then the deflated length, both big-endian

/** The fragment, without `#`: `link=1.…`. */
export function encodeLink(doc: ScenarioDoc, lineage?: Lineage): string {
	const json = new TextEncoder().encode(JSON.stringify(toPayload(doc, CURRENT_TEMPLATE, lineage)));
	const packed = deflateSync(json, { level: 9 });
	const bytes = new Uint8Array(HEADER + packed.length);
	const view = new DataView(bytes.buffer);
	view.setUint32(4, packed.length);
	bytes.set(packed, HEADER);
	view.setUint32(0, crc32(bytes.subarray(4)));
	return `${PREFIX}${LINK_FORMAT}.${toBase64url(bytes)}`;
}
