import { expect, test } from 'vitest';
import { t } from '../../src/lib/i18n';
import { isSteady, steadyLine } from '../../src/lib/ui/montecarlo/steady';
import { TERMS, termLine } from '../../src/lib/ui/montecarlo/terms';

const pct = (p5: number, p50: number, p95: number) => ({ p5, p25: p50, p50, p75: p50, p95 });

test('a row whose percentiles all agree is steady; one that moves by a table digit is not', () => {
	expect(isSteady(pct(0, 0, 0))).toBe(true);
	expect(isSteady(pct(1731.3, 1731.3, 1731.3 + 1e-10))).toBe(true); // summation noise
	expect(isSteady(pct(0.8497, 0.8497, 0.8498))).toBe(false); // 0.01 % shows in the table
	expect(isSteady(pct(2227.3, 2387, 2544.7))).toBe(false);
});

test('the folded line counts and lists the steady outputs with their value, in either language', () => {
	const rows = [
		{ label: '奖励资金', value: '100.0 万元' },
		{ label: '物业覆盖率', value: '99.05 %' }
	];
	const zh = steadyLine('zh', rows);
	expect(`${zh.lead}${zh.items.join(zh.sep)}`).toBe(
		'2 项在模拟中不变（P5 至 P95 都相同）：奖励资金 100.0 万元、物业覆盖率 99.05 %'
	);
	const en = steadyLine('en', [
		{ label: 'Reward fund', value: '1,731.3 万元' },
		{ label: 'Coverage', value: '99.05 %' }
	]);
	// A semicolon between items: a comma would run into the thousands separator.
	expect(`${en.lead} ${en.items.join(en.sep)}`).toBe(
		'2 outputs do not vary across the iterations (P5 to P95 all equal): Reward fund 1,731.3 万元; Coverage 99.05 %'
	);
});

test('every term of the glossary has a name and one plain line in both languages, with no statistics left unsaid', () => {
	for (const term of TERMS)
		for (const L of ['zh', 'en'] as const) {
			expect(t(L, `mcplain.${term}`).length, `${term} ${L}`).toBeGreaterThan(1);
			expect(termLine(L, term).length, `${term} ${L}`).toBeGreaterThan(15);
		}
	const names = TERMS.map((k) => t('zh', `mcplain.${k}`)).join(' ');
	for (const word of ['P5', '标准误', '收敛情况', '拉丁超立方', 'PERT', '三角分布', '秩相关', 'Spearman', '方差贡献'])
		expect(names).toContain(word);
	expect(termLine('zh', 'se')).toContain('±2 个标准误');
});
