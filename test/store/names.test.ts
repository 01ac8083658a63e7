import { describe, expect, it } from 'vitest';
import { uniqueName } from '../../src/lib/store/names';

describe('a scenario name no other has', () => {
	it('is the name itself when free, else (2), (3) … counted from the stem', () => {
		expect(uniqueName('补贴不退坡', ['规划原文'])).toBe('补贴不退坡');
		expect(uniqueName('补贴不退坡', ['补贴不退坡'])).toBe('补贴不退坡 (2)');
		expect(uniqueName('补贴不退坡', ['补贴不退坡', '补贴不退坡 (2)'])).toBe('补贴不退坡 (3)');
		expect(uniqueName('A (2)', ['A', 'A (2)'])).toBe('A (3)');
		expect(uniqueName(' A ', ['A'])).toBe('A (2)');
	});
});
