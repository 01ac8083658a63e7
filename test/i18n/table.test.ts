import { describe, expect, it } from 'vitest';
import { fill, msg, t } from '../../src/lib/i18n';
import { AREAS, duplicateKeys, MESSAGES } from '../../src/lib/i18n/table';

// The set of names: a sentence may use one twice in one language (Chinese repeats 未达成) and once in the other.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the one dictionary', () => {
	it('defines each key in one area only', () => {
		expect(duplicateKeys(AREAS)).toEqual([]);
	});

	it('reports a key that two areas define', () => {
		const a = { x: { zh: '甲', en: 'a' }, y: { zh: '乙', en: 'b' } };
		const b = { x: { zh: '丙', en: 'c' } };
		expect(duplicateKeys({ a, b })).toEqual(['x (a, b)']);
	});

	it('gives every entry both languages, non-empty, with the same placeholders', () => {
		for (const [key, m] of Object.entries(MESSAGES)) {
			expect(m.zh.trim(), `${key} zh`).not.toBe('');
			expect(m.en.trim(), `${key} en`).not.toBe('');
			expect(placeholders(m.zh), key).toEqual(placeholders(m.en));
		}
	});

	it('fills placeholders in the chosen language and leaves unknown ones visible', () => {
		expect(t('zh', 'year', { n: 2 })).toBe('第2年');
		expect(t('en', 'year', { n: 2 })).toBe('Year 2');
		expect(t('zh', 'register.ticked', { n: 3 })).toBe('已勾选 3 行');
		expect(fill('{a} of {b}', { a: 1 })).toBe('1 of {b}');
		expect(msg('compare.diffCount', { n: 4 })).toEqual({ zh: '4 处改动', en: '4 change(s)' });
	});
});
