/** The actuals grid pastes by the main grid's rules, with the actuals' own reading of values. */
import { describe, expect, it } from 'vitest';
import { planActualsPaste } from '../../src/lib/ui/actuals/actuals-paste';
import { ACTUAL_FIELDS } from '../../src/lib/model/actuals';

const row = (f: string) => ACTUAL_FIELDS.findIndex((a) => a.name === f);
const C = row('committees');
const at = (r0: number, c0: number, r1 = r0, c1 = c0) => ({ r0, r1, c0, c1 });

describe('a paste into the actuals grid', () => {
	it('one value fills the whole selection', () => {
		const p = planActualsPaste([['200']], at(C, 0, C + 1, 2), 3, '2022-01');
		expect(p.ok && p.edits.length).toBe(6);
		expect(p.ok && p.edits.every((e) => e.value === 200)).toBe(true);
	});

	it('a 1 × 2 block tiles a 1 × 2 selection… and is refused over a 1 × 3 one, saying why', () => {
		const ok = planActualsPaste([['200', '210']], at(C, 0, C, 1), 3, '2022-01');
		expect(ok.ok && ok.edits.map((e) => [e.field, e.year, e.value])).toEqual([
			['committees', 0, 200],
			['committees', 1, 210]
		]);
		const no = planActualsPaste([['200', '210']], at(C, 0, C, 2), 3, '2022-01');
		expect(no.ok).toBe(false);
		expect(!no.ok && no.message.zh).toContain('不是它的整数倍');
	});

	it('from the selection’s top-left, whichever corner it was made from, and never past the last year', () => {
		const p = planActualsPaste([['1'], ['2']], { r0: C, r1: C + 1, c0: 1, c1: 1 }, 3, '2022-01');
		expect(p.ok && p.edits.map((e) => [e.field, e.year])).toEqual([
			['committees', 1],
			[ACTUAL_FIELDS[C + 1].name, 1]
		]);
		const past = planActualsPaste([['1', '2']], at(C, 2), 3, '2022-01');
		expect(!past.ok && past.message.en).toContain('runs past year 3');
	});

	it('reads rates as in WPS and refuses a bad value naming field and year; one bad cell refuses all', () => {
		const cov = row('coverage');
		const p = planActualsPaste([['86', '0.9', '95%']], at(cov, 0), 3, '2022-01');
		expect(p.ok && p.edits.map((e) => e.value)).toEqual([0.86, 0.9, 0.95]);
		const bad = planActualsPaste([['86', 'abc']], at(cov, 0), 3, '2022-01');
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.message.zh).toMatch(/第2年（2023-01至2023-12）/);
	});

	it('a cut moves: the target takes the values, the cut cells outside it are cleared', () => {
		const p = planActualsPaste([['200', '210']], at(C + 1, 0), 3, '2022-01', at(C, 0, C, 1));
		expect(p.ok && p.edits.map((e) => [e.field, e.year, e.value])).toEqual([
			[ACTUAL_FIELDS[C + 1].name, 0, 200],
			[ACTUAL_FIELDS[C + 1].name, 1, 210],
			['committees', 0, null],
			['committees', 1, null]
		]);
	});
});
