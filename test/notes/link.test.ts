/** Notes (批注) in links: carried whole and compactly; links made before notes read as before; bad ones refused. */
import { describe, expect, it } from 'vitest';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { decodeLink, encodeLink, LINK_BUDGET } from '../../src/lib/share/link';
import { pack, unpack } from '../share/pack';

const at = '2026-12-07T06:20:00.000Z';
/** Made by the workbench before links carried notes: the plan, 旧链接, basic_fee year 2 = 0.4, lineage sc-old rev 3. */
const OLD =
	'link=1.PDDSmwAAAQwtj8FOg0AQhl9lM2faAHrC1_BuEBbdBKFhlxrTkIA2aZsaDhqt1qox0WBMrB48NIRw8FEobPHEK7hETzPfP_Md_gEw0BQJHNCAz5Kfy5zHLyABFazKqtqRFUEnoG1JYIqsTobV-KKKH_n1aDMf8qvP6n3WZOPvpEzP12Ek5mryP8-abNJkd38KX7y1y3IurHKVbp7TMp9W0ahe5kKvk6gIF_z1qXqY1h9f_CYuwnuhr8NTtHuIUc_WnSK8pcg9dpBFDnwP0x3ExEWn1D_qMeI6FOmsjYiHiG37lHk6I32MTGzpvs1oVxQxQBvAvk6JsWdh3IICmtzdDgIJ7BZJW5IaHdc2xbuH-6J5EPwC';

describe('notes in links', () => {
	it('round trip: every note comes back whole, and two short notes keep the plan within 2,000 characters', () => {
		const doc = planScenario();
		doc.notes = {
			basic_fee_y2: { by: '王芳', at, text: '按物价局 2025 年批复' },
			market_compounds: { by: 'Li', at, text: 'two new estates; "quoted"\nsecond line' }
		};
		const link = encodeLink(doc);
		expect(link.length + 40).toBeLessThan(LINK_BUDGET); // 40: the page's origin and path before the #
		const r = decodeLink(link);
		expect(r.ok && r.doc).toEqual(doc);
		// Compact: [text, by, at] by cell name, as the payload's comment says.
		expect(unpack(link).k).toEqual({
			market_compounds: ['two new estates; "quoted"\nsecond line', 'Li', at],
			basic_fee_y2: ['按物价局 2025 年批复', '王芳', at]
		});
	});

	it('a link made before notes existed reads exactly as it did', () => {
		const r = decodeLink(OLD);
		if (!r.ok) throw new Error(r.message);
		const want = planScenario();
		want.name = '旧链接';
		want.params.basic_fee.cells[1] = 0.4;
		expect(r.doc).toEqual(want);
		expect(r.lineage).toEqual({ id: 'sc-old', rev: 3 });
		expect(encodeLink(want, { id: 'sc-old', rev: 3 })).toBe(OLD);
	});

	it('a tampered note is refused like a file’s, naming the cell, and touches no prototype', () => {
		const p = unpack(encodeLink(planScenario()));
		p.k = { basic_fee_y2: ['a\u0007b', 'x', at], quasi_fee_y9: 'text' };
		const json = JSON.stringify(p).replace('"k":{', '"k":{"__proto__":["x","x","' + at + '"],');
		const r = decodeLink(pack(json));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.kind).toBe('content');
		expect(r.errors!.map((e) => e.path).sort()).toEqual([
			'notes.__proto__',
			'notes.basic_fee_y2',
			'notes.quasi_fee_y9'
		]);
		expect(r.errors!.find((e) => e.path === 'notes.basic_fee_y2')!.zh).toMatch(/（2023 年）的批注含有控制字符/);
		expect(({} as Record<string, unknown>).by).toBeUndefined();
	});
});
