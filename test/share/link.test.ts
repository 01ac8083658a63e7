/**
 * Scenario links: the real scenarios fit in 2,000 characters and come back whole; random
 * scenarios over the whole catalogue come back with identical projections; every kind of refusal says why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { CATALOGUE, defaultCell } from '../../src/lib/model/catalogue';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { runProjection } from '../../src/lib/model/run';
import type { Cell, ParamEntry, ScenarioDoc } from '../../src/lib/model/scenario';
import { crc32 } from '../../src/lib/share/crc32';
import { fromBase64url, toBase64url } from '../../src/lib/share/base64url';
import { decodeLink, encodeLink, LINK_BUDGET, MAX_LINK_CHARS, type LinkRead } from '../../src/lib/share/link';
import { CURRENT_TEMPLATE, TEMPLATES } from '../../src/lib/share/templates';
import { scenarioArb } from '../model/arbitraries';
import { b64url, pack, packBytes, unpack } from './pack';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
const read = (f: string) => {
	const r = readScenarioText(readFileSync(`scenarios/${f}`, 'utf8'));
	if (!r.ok) throw new Error(f);
	return r;
};
const refused = (r: LinkRead) => {
	if (r.ok) throw new Error('the link was read, not refused');
	return r;
};
const plan = read('plan-2022-2024.json');
const planLink = encodeLink(plan.doc);

describe('the template a link names', () => {
	it('the newest template is the catalogue as it is today, for every parameter and all ten years', () => {
		// When this fails the catalogue's defaults changed: add a template version, never edit an old one.
		expect(Object.keys(CURRENT_TEMPLATE.cells).sort()).toEqual(CATALOGUE.map((d) => d.key).sort());
		const p = planScenario(10);
		for (const d of CATALOGUE) {
			const want = d.shape === 'scalar' ? defaultCell(d, 0) : Array.from({ length: 10 }, (_, y) => defaultCell(d, y));
			expect(CURRENT_TEMPLATE.cells[d.key], d.key).toEqual(want);
			expect(CURRENT_TEMPLATE.illustrative.includes(d.key), d.key).toBe(p.params[d.key].note !== undefined);
		}
		expect(TEMPLATES.get(1)).toBeDefined();
	});
});

describe('the real scenarios as links', () => {
	it.each(files)(
		'%s fits in 2,000 characters and reads back to the same scenario and projection',
		(f) => {
			const r = read(f);
			const link = encodeLink(r.doc);
			expect(link.length).toBeLessThanOrEqual(LINK_BUDGET);
			expect(link).toMatch(/^link=1\.[A-Za-z0-9_-]+$/);
			const back = decodeLink(`https://planner.example/#${link}`);
			if (!back.ok) throw new Error(back.message);
			expect(back.doc).toEqual(r.doc);
			expect(runProjection(back.values, back.doc.years, back.doc.start)).toEqual(
				runProjection(r.values, r.doc.years, r.doc.start)
			);
		},
		30_000
	);

	it('holds only the cells that differ from the template: the plan as written changes none', () => {
		const p = unpack(encodeLink(planScenario()));
		expect(p.c).toBeUndefined();
		expect(p.t).toBe(1);
		const held = unpack(encodeLink(read('subsidy-held.json').doc));
		expect(held.c).toEqual({
			quasi_subsidy: { 1: '=quasi_subsidy_y1', 2: '=quasi_subsidy_y1' },
			basic_subsidy: { 1: '=basic_subsidy_y1', 2: '=basic_subsidy_y1' }
		});
	});

	it('holds no more than the scenario: no register, no History, nothing from other scenarios', () => {
		const p = unpack(encodeLink(read('collection-stagnates.json').doc, { id: 'x', rev: 1 }));
		for (const k of Object.keys(p)) expect(['t', 'n', 'd', 's', 'y', 'c', 'o', 'u', 'r', 'a', 'l']).toContain(k);
	});

	it('reads a full URL, #link=…, link=… and the bare code, with line breaks a mail program put in', () => {
		const body = planLink.slice('link='.length);
		const broken = body.slice(0, 40) + '\n ' + body.slice(40);
		for (const s of [`https://x.example/app/#${planLink}`, `#${planLink}`, planLink, body, broken])
			expect(decodeLink(s).ok, s.slice(0, 30)).toBe(true);
	});

	it('carries the lineage it is given, and none otherwise', () => {
		const l = decodeLink(encodeLink(plan.doc, { id: 'abc', rev: 7 }));
		expect(l.ok && l.lineage).toEqual({ id: 'abc', rev: 7 });
		const n = decodeLink(planLink);
		expect(n.ok && n.lineage).toBeUndefined();
	});
});

/** A scenario over the whole catalogue: random values (some formulas), notes, a range or two, a horizon 1–6. */
const docArb = fc
	.tuple(
		scenarioArb(),
		fc.string({ maxLength: 40 }),
		fc.dictionary(fc.constantFrom(...CATALOGUE.map((d) => d.key)), fc.option(fc.string({ maxLength: 30 }))),
		fc.subarray(['quasi_subsidy', 'basic_fee', 'market_collection']),
		fc.boolean()
	)
	.map(([s, name, notes, formulas, keepDefaults]) => {
		const doc = planScenario(s.years, s.start);
		doc.name = name || 'x';
		for (const d of CATALOGUE) {
			const v = s.values[d.key];
			const e: ParamEntry = doc.params[d.key];
			// Half the time most parameters keep the plan's value: the common case, and the one links shrink.
			if (keepDefaults && d.key.length % 3 !== 0) continue;
			e.cells = (Array.isArray(v) ? [...v] : [v]) as Cell[];
			if (d.key in notes) {
				const n = notes[d.key];
				if (n === null) delete e.note;
				else e.note = n;
			}
		}
		// A yearly formula pointing at year 1 (the plan's own kind of formula), where there is a later year.
		for (const k of formulas) if (doc.params[k] && doc.years > 1) doc.params[k].cells[doc.years - 1] = `=${k}_y1`;
		return doc;
	});

describe('property: a link round trip keeps the projection', () => {
	it('random scenarios from the full catalogue come back with identical projections (seed 25, 100 runs)', () => {
		fc.assert(
			fc.property(docArb, (doc) => {
				const direct = readScenarioText(JSON.stringify(fileOf(doc)));
				if (!direct.ok) return; // the generator stays inside the rules; a rare clash (formula range) is skipped
				const back = decodeLink(encodeLink(doc));
				if (!back.ok) throw new Error(`${back.message} ${back.errors?.map((e) => e.message).join('; ')}`);
				expect(back.doc).toEqual(direct.doc);
				expect(runProjection(back.values, back.doc.years, back.doc.start)).toEqual(
					runProjection(direct.values, direct.doc.years, direct.doc.start)
				);
			}),
			{ seed: 25, numRuns: 100 }
		);
	}, 120_000);
});

/** The same document as a file, written independently of the app's writer. */
function fileOf(doc: ScenarioDoc) {
	const parameters: Record<string, unknown> = {};
	for (const d of CATALOGUE) {
		const p = doc.params[d.key];
		parameters[d.key] = {
			...(d.shape === 'scalar' ? { value: p.cells[0] } : { values: p.cells }),
			...(p.note !== undefined ? { note: p.note } : {}),
			...(p.uncertainty ? { uncertainty: p.uncertainty } : {})
		};
	}
	return { format: 'property-plan-scenario', version: 1, ...doc, params: undefined, parameters };
}

describe('each refusal names its reason, in English and Chinese', () => {
	it('damaged: one character changed fails the checksum', () => {
		const i = planLink.length - 10;
		const bad = planLink.slice(0, i) + (planLink[i] === 'A' ? 'B' : 'A') + planLink.slice(i + 1);
		const r = refused(decodeLink(bad));
		expect(r.kind).toBe('damaged');
		expect(r.message).toBe(
			'the link is damaged: its checksum does not match, so its content was altered — ask for the link again, or for the file'
		);
		expect(r.zh).toBe('链接已损坏：校验和不符，链接内容被改动过。请对方重新复制链接，或发送文件');
	});

	it('damaged: characters a link never has', () => {
		const r = refused(decodeLink(`${planLink.slice(0, 50)}%20${planLink.slice(50)}`));
		expect(r.kind).toBe('damaged');
		expect(r.message).toContain('it holds characters a link never has');
		expect(r.zh).toContain('含有链接中不应出现的字符');
	});

	it('truncated: a link cut when copied says how much of it came through', () => {
		const whole = fromBase64url(planLink.slice(7))!;
		const cut = planLink.slice(0, planLink.length - 40);
		const r = refused(decodeLink(cut));
		expect(r.kind).toBe('truncated');
		const have = fromBase64url(cut.slice(7))!.length - 8;
		expect(r.message).toBe(
			`the link is cut short: it has ${have} of its ${whole.length - 8} bytes — it was probably cut when copied; copy the whole link again`
		);
		expect(r.zh).toBe(
			`链接不完整：只有 ${have} 个字节，应有 ${whole.length - 8} 个。复制时可能被截断，请重新复制完整的链接`
		);
		expect(refused(decodeLink('link=1.AAAA')).kind).toBe('truncated');
	});

	it('tampered: content changed with the checksum recomputed is read like a file, and refused for what it holds', () => {
		const p = unpack(planLink);
		p.c = { basic_fee: { 0: -5 } };
		const r = refused(decodeLink(pack(JSON.stringify(p).replace('"c":{', '"c":{"__proto__":1,'))));
		expect(r.kind).toBe('content');
		expect(r.message).toBe('the scenario in the link has 2 error(s):');
		expect(r.zh).toBe('链接中的情景有 2 处错误：');
		expect(r.errors!.map((e) => e.path).sort()).toEqual(['parameters.__proto__', 'parameters.basic_fee.values[0]']);
		expect(({} as Record<string, unknown>).value).toBeUndefined(); // no prototype touched
	});

	it('tampered: a change to a year past the horizon is refused, naming the parameter', () => {
		const p = unpack(planLink);
		p.c = { basic_fee: { 7: 0.5 } };
		const r = refused(decodeLink(pack(JSON.stringify(p))));
		expect(r.kind).toBe('payload');
		expect(r.message).toBe('the link changes item 7 of parameter basic_fee, but the scenario has 3 years');
		expect(r.zh).toBe('链接改动了参数 basic_fee 的第 7 项，但情景只有 3 年');
	});

	it('hostile: a payload that is not a link\u2019s shape is refused with where', () => {
		const r = refused(decodeLink(pack(JSON.stringify({ t: 1, n: 'x', s: '2022-01', y: 3, z: 1 }))));
		expect(r.kind).toBe('payload');
		expect(r.message).toMatch(/^the link does not hold a scenario: z is not what a link holds/);
		expect(r.zh).toBe('链接内容不是情景：z 处不符合链接格式');
		expect(refused(decodeLink(pack('{"t":1,'))).kind).toBe('payload');
		expect(refused(decodeLink(pack(new Uint8Array([0xff, 0xfe, 0x22])))).kind).toBe('damaged');
	});

	it('hostile: a link bomb stops at 1 MB, before it fills memory', () => {
		const r = refused(decodeLink(pack(' '.repeat(20_000_000))));
		expect(r.kind).toBe('bomb');
		expect(r.message).toBe('the link expands past 1 MB, far more than any scenario: refused (it may be hostile)');
		expect(r.zh).toBe('链接解压后超过 1 MB，情景不会这么大：已拒绝（可能是恶意链接）');
	});

	it('hostile: a link longer than any scenario is refused before it is decoded', () => {
		const r = refused(decodeLink(`link=1.${'A'.repeat(MAX_LINK_CHARS)}`));
		expect(r.kind).toBe('tooLong');
		expect(r.message).toBe(
			`the link has ${MAX_LINK_CHARS + 7} characters; a scenario link has at most 100000 — it was not made by this workbench`
		);
	});

	it('wrong version: a newer link format, and a template this version does not have', () => {
		const newer = refused(decodeLink(planLink.replace('link=1.', 'link=2.')));
		expect(newer.kind).toBe('newer');
		expect(newer.message).toBe(
			'the link was made by a newer version of the workbench (link format 2; this version reads 1) — update, or ask for the file'
		);
		expect(newer.zh).toBe(
			'这是较新版本工作台生成的链接（链接格式 2，本版本读取格式 1）：请更新工作台，或请对方发送文件'
		);
		const p = unpack(planLink);
		p.t = 9;
		const t = refused(decodeLink(pack(JSON.stringify(p))));
		expect(t.kind).toBe('template');
		expect(t.message).toBe(
			'the link is based on plan template version 9, which this version does not have (it has 1) — update, or ask for the file'
		);
		expect(t.zh).toBe('链接基于规划模板第 9 版，本版本工作台只有第 1 版：请更新工作台，或请对方发送文件');
	});

	it('not a link at all', () => {
		for (const s of ['', 'https://x.example/', '#results', 'hello'])
			expect(refused(decodeLink(s)).kind, s).toBe('notLink');
		expect(refused(decodeLink('hello')).zh).toBe('这不是情景链接：链接应含“#link=”后接一串字符，请重新复制完整的链接');
	});
});

describe('the pieces', () => {
	it('CRC-32 gives the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
	it('base64url matches Node\u2019s, both ways, at every length', () => {
		for (let n = 0; n < 40; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
			expect(toBase64url(bytes)).toBe(b64url(bytes));
			expect(fromBase64url(b64url(bytes))).toEqual(bytes);
		}
		expect(fromBase64url('A')).toBeUndefined();
		expect(packBytes('{}').length).toBeGreaterThan(8);
	});
});
