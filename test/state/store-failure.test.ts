/** A refused library call reaches the screen as { code, msg }: each language its own words, never the store's English. */
import { describe, expect, it } from 'vitest';
import { storeFailure } from '../../src/lib/state/save-state';
import type { StoreError } from '../../src/lib/store';

const KINDS: StoreError[] = [
	{ kind: 'quota', message: 'Browser storage is full' },
	{ kind: 'blocked', message: 'The scenario library was closed because another tab upgraded it' },
	{ kind: 'unavailable', message: 'The library is not open in this browser.' },
	{ kind: 'not-found', message: 'No scenario with id "x" in the library' },
	{
		kind: 'invalid',
		message: 'The backup was not imported',
		issues: [
			{ path: 'a', message: 'b' },
			{ path: 'c', message: 'd' }
		]
	}
];

describe('storeFailure', () => {
	it.each(KINDS)('says a $kind refusal in Chinese on the Chinese screen and in English on the English one', (e) => {
		const f = storeFailure(e);
		expect(f.code).toBe(e.kind);
		// The Chinese line has no run of English words; the English line has no Chinese characters.
		expect(f.msg.zh).toMatch(/[\u4e00-\u9fff]/);
		expect(f.msg.zh).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
		expect(f.msg.en).not.toMatch(/[\u4e00-\u9fff]/);
		expect(f.msg.zh).not.toContain(e.message);
	});

	it('counts the problems of refused data', () => {
		const f = storeFailure(KINDS[4]);
		expect(f.msg.zh).toContain('2 处问题');
		expect(f.msg.en).toContain('2 problems');
	});
});
