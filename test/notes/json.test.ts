/** Notes (批注) in scenario files: optional, round-tripped, checked at the edge with the cell named. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { writeScenario } from '../../src/lib/io/write-scenario';
import { planScenario } from '../../src/lib/model/plan-scenario';

const note = (text: string) => ({ by: '王芳', at: '2026-12-07T06:20:00.000Z', text });
const withNotes = (notes: unknown) => {
	const o = JSON.parse(writeScenario(planScenario()));
	o.notes = notes;
	return readScenarioText(JSON.stringify(o));
};

describe('notes in scenario files', () => {
	it('round-trip: written in grid order, read back exactly', () => {
		const doc = planScenario();
		doc.notes = { basic_fee_y2: note('按物价局 2025 年批复'), market_compounds: note('含两个新交付小区\n待核') };
		const text = writeScenario(doc);
		expect(Object.keys(JSON.parse(text).notes)).toEqual(['market_compounds', 'basic_fee_y2']);
		const r = readScenarioText(text);
		expect(r.ok && r.doc.notes).toEqual(doc.notes);
		expect(r.ok && writeScenario(r.doc)).toBe(text);
	});

	it('is optional: every scenario file without notes reads and writes exactly as before', () => {
		for (const f of readdirSync('scenarios')) {
			const text = readFileSync(`scenarios/${f}`, 'utf8');
			const r = readScenarioText(text);
			expect(r.ok, f).toBe(true);
			expect(r.ok && r.doc.notes, f).toBeUndefined();
			expect(r.ok && writeScenario(r.doc), f).not.toContain('"notes"');
		}
		expect(withNotes({}).ok && (withNotes({}) as { doc: object }).doc).not.toHaveProperty('notes');
	});

	it('refuses a note on no cell, or beyond the horizon, naming it', () => {
		const r = withNotes({ basic_fee_y9: note('x'), Basic_Fee_y2: note('x'), nothing: note('x') });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => e.path)).toEqual(['notes.basic_fee_y9', 'notes.Basic_Fee_y2', 'notes.nothing']);
		expect(r.errors[0].zh).toBe('批注的位置 basic_fee_y9 不是本情景的单元格（应为参数名，如 basic_fee_y2）');
	});

	it('refuses too long, empty, control characters, a bad author or time, naming the cell by label and year', () => {
		const r = withNotes({
			basic_fee_y2: note('长'.repeat(1001)),
			basic_fee_y1: note('  '),
			basic_fee_y3: note('a\u0000b'),
			market_compounds: { by: 3, at: '2026-12-07T06:20:00Z', text: 'x' },
			quasi_compounds: { by: '', at: 'yesterday', text: 'x' },
			self_compounds: { ...note('x'), html: '<b>' }
		});
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const zh = r.errors.map((e) => e.zh);
		// The plan starts in 2022: the second plan year is 2023, as the grid's column heads say.
		expect(zh[0]).toMatch(/^基础物业.*（2023 年）的批注有 1001 个字符，最多 1000 个$/);
		expect(r.errors[0]).toMatchObject({ param: 'basic_fee', year: 2 });
		expect(zh[1]).toMatch(/（2022 年）的批注内容为空$/);
		expect(zh[2]).toMatch(/批注含有控制字符/);
		expect(zh[3]).toMatch(/批注的署名应为不超过 40 个字符的文字$/);
		expect(zh[4]).toMatch(/批注的时间应为 ISO 时间/);
		expect(zh[5]).toMatch(/批注应只含署名 by、时间 at、内容 text 三项$/);
		expect(r.errors[0].message).toMatch(/^the note on .* \(2023\) has 1001 characters; at most 1000$/);
	});

	it('refuses notes that are not an object, and nothing half-read', () => {
		for (const bad of [[note('x')], 'x', null]) {
			const r = withNotes(bad);
			expect(r.ok).toBe(false);
			expect(!r.ok && r.errors[0].zh).toBe('“notes”应为以单元格名为键的对象');
		}
	});
});
