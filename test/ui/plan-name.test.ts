import { expect, it } from 'vitest';
import { nameIn } from '../../src/lib/ui/plan-name';

it('shows a bilingual scenario name in the page’s language only', () => {
	expect(nameIn('zh', '规划原文 Plan as written 2022–2024')).toBe('规划原文 2022–2024');
	expect(nameIn('en', '规划原文 Plan as written 2022–2024')).toBe('Plan as written 2022–2024');
	expect(nameIn('zh', '规划原文 Plan as written 2022–2024 · 副本')).toBe('规划原文 2022–2024 · 副本');
	expect(nameIn('zh', '补贴不退坡 Subsidies held at year-1 rates')).toBe('补贴不退坡');
	expect(nameIn('en', '补贴不退坡 Subsidies held at year-1 rates')).toBe('Subsidies held at year-1 rates');
	expect(nameIn('en', '覆盖居民自治小区 Cover the 3 self-governed compounds in 2022')).toBe(
		'Cover the 3 self-governed compounds in 2022'
	);
	// The planner's own names, with no English half, are shown whole.
	expect(nameIn('en', '2024 调整 v2')).toBe('2024 调整 v2');
	expect(nameIn('zh', 'Decide test fixture')).toBe('Decide test fixture');
	expect(nameIn('zh', '东河区方案')).toBe('东河区方案');
});
