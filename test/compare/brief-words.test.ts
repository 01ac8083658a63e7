import { describe, expect, it } from 'vitest';
import { diffAssumptions } from '../../src/lib/compare';
import { PARAM } from '../../src/lib/model/catalogue';
import { modelFigure } from '../../src/lib/model/actuals';
import { executionSentences } from '../../src/lib/ui/compare/brief-execution';
import {
	baseSentence,
	diffWords,
	formulaWords,
	headline,
	leaderDelta,
	roundingWords,
	leaderFigure,
	leaderMoney,
	shortName
} from '../../src/lib/ui/compare/brief-words';
import { loadRun, planWith } from './helpers';

const plan = loadRun('plan-2022-2024.json');
const held = loadRun('subsidy-held.json');
const A = { letter: 'A', name: plan.doc.name, run: plan };
const B = { letter: 'B', name: held.doc.name, run: held };
const wan = (x: number) => `${Math.round(x).toLocaleString('en-GB')} 万元`;

describe('money for leadership', () => {
	it('whole 万元 below 10,000 万元, 亿元 to two decimals from there', () => {
		expect(leaderMoney('zh', 1631.292)).toBe('1,631 万元');
		expect(leaderMoney('zh', 0.4)).toBe('0 万元');
		expect(leaderMoney('zh', 9999.4)).toBe('9,999 万元');
		expect(leaderMoney('zh', 9999.6)).toBe('1.00 亿元');
		expect(leaderMoney('en', 13_250)).toBe('1.33 亿元');
		expect(leaderFigure('zh', 'money', 3562.584)).toBe('3,563');
		expect(leaderFigure('zh', 'count', 233.9)).toBe('234');
		expect(leaderFigure('zh', 'rate', 0.8612)).toBe('86.1 %');
		expect(leaderDelta('zh', 'money', -0.4)).toBe('±0');
		expect(leaderDelta('zh', 'money', 1631.292)).toBe('+1,631');
		expect(leaderDelta('zh', 'rate', -0.0034)).toBe('−0.3');
		// One unit per cell: a figure of 1.50 亿元 has its difference in 亿元 (1,631.292 万元 = 0.16 亿元).
		expect(leaderDelta('zh', 'money', 1631.292, 15_000)).toBe('+0.16 亿元');
		expect(leaderDelta('en', 'money', -49.9, 15_000)).toBe('±0');
		expect(leaderDelta('zh', 'money', 1631.292, 9_000)).toBe('+1,631');
		// A plan-check row that rounds says what the rounding is, not "3,263 · 3,263 取整".
		expect(roundingWords('zh', 3263, 3262.584)).toBe('规划 3,263 = 模型 3,262.584 取整');
		expect(roundingWords('en', 3263, 3262.584)).toBe('plan 3,263 = model 3,262.584 rounded');
	});
});

describe('headline sentences', () => {
	it('say the extra spending, the targets met and those still missed, from the projections', () => {
		const d = held.projection.totals.outlay - plan.projection.totals.outlay;
		const met = (r: typeof plan) => r.projection.years.flatMap((y) => Object.values(y.targets)).filter((m) => m).length;
		const n = met(held) - met(plan);
		expect(n).toBeGreaterThan(1);
		const zh = headline('zh', B, A);
		expect(zh).toBe(
			`方案B（补贴不退坡）比规划原文三年多支出 ${wan(d)}，多达成 ${n} 项目标（共 ${met(held)}/10 项）；2024 年满意度、物业覆盖率仍未达标。`
		);
		const en = headline('en', B, A);
		expect(en).toContain(`B (Subsidies held at year-1 rates) spends ${wan(d)} more than Plan as written 2022–2024`);
		expect(en).toContain(`meets ${n} more targets`);
		expect(en).toMatch(/satisfaction and coverage still miss their targets in 2024\.$/);
	});

	it('says less, the same, and a target newly missed against the baseline', () => {
		// The plan against the held subsidies: it spends less and misses what the other meets.
		const back = headline('zh', A, B);
		expect(back).toContain(
			`比补贴不退坡三年少支出 ${wan(held.projection.totals.outlay - plan.projection.totals.outlay)}`
		);
		expect(back).toMatch(/少达成 \d 项目标/);
		expect(back).toContain('（补贴不退坡达标）');
		expect(headline('zh', { ...A, letter: 'B' }, A)).toContain('三年支出与规划原文相同，达成目标数相同');
	});

	it('the baseline has its own sentence, first', () => {
		expect(baseSentence('zh', A)).toMatch(/^方案A（规划原文）为基准：三年支出 3,563 万元，达成 \d+\/10 项目标；/);
		expect(baseSentence('en', A)).toMatch(/^A \(Plan as written 2022–2024\) is the baseline: it spends 3,563 万元/);
	});

	it('names in the reader’s language when a name carries both', () => {
		expect(shortName('zh', '补贴不退坡 Subsidies held at year-1 rates')).toBe('补贴不退坡');
		expect(shortName('en', '补贴不退坡 Subsidies held at year-1 rates')).toBe('Subsidies held at year-1 rates');
		expect(shortName('en', '我的方案')).toBe('我的方案');
		expect(shortName('zh', 'Option 2')).toBe('Option 2');
	});
});

describe('the assumption changes in words', () => {
	it('a formula cell reads as its value and what it does, with the unit, years that read alike on one line', () => {
		const zh = diffWords('zh', diffAssumptions(plan, held));
		expect(zh).toContain('准物业补贴 第2、3年：0.1 → 0.2 元/m²/月（维持第1年水平）');
		expect(diffWords('en', diffAssumptions(plan, held))).toContain(
			'Quasi subsidy years 2 and 3: 0.1 → 0.2 元/m²/month (same as year 1)'
		);
		for (const line of zh) expect(line).not.toMatch(/=|_y\d/);
	});

	it('other formulas name the cells they read, in words', () => {
		const def = PARAM.get('basic_subsidy')!;
		expect(formulaWords('zh', def, '=quasi_subsidy_y2')).toBe('同准物业补贴第2年');
		expect(formulaWords('zh', def, '=basic_subsidy_y1*0.5')).toBe('按公式由基础物业补贴第1年算出');
		expect(formulaWords('en', def, '=ROUND(quasi_subsidy_y1/2, 2)')).toBe('computed from Quasi subsidy, year 1');
		expect(formulaWords('en', def, '=0.1+0.05')).toBe('computed by a formula');
		const v = planWith({ basic_subsidy: [0.1, '=basic_subsidy_y1*2', 0.05] });
		const [line] = diffWords('zh', diffAssumptions(plan, v));
		expect(line).toBe('基础物业补贴 第2年：0.05 → 0.2 元/m²/月（按公式由基础物业补贴第1年算出）');
	});
});

describe('the execution section in words', () => {
	it('says each year’s actual against the model, with the gap computed from the projection', () => {
		const p = plan.projection;
		const actuals = { outlay: [1500, 1000], satisfaction: [0.8, null], standard: [null, 240] };
		const [y1, y2, all] = executionSentences('zh', actuals, p);
		const m1 = modelFigure('outlay', p, 0);
		const s1 = modelFigure('satisfaction', p, 0);
		expect(m1).toBeGreaterThan(1500);
		expect(y1).toBe(
			`2022 年实际支出 1,500 万元，比模型少 ${wan(m1 - 1500)}；满意度实际 80.0 %，比模型低 ${((s1 - 0.8) * 100).toFixed(1)} 个百分点。`
		);
		const m2 = modelFigure('outlay', p, 1);
		const st = Math.round(modelFigure('standard', p, 1));
		expect(y2).toContain(`2023 年实际支出 1,000 万元，比模型${1000 > m2 ? '多' : '少'} ${wan(Math.abs(1000 - m2))}`);
		expect(y2).toContain(`达标小区实际 240 个，比模型${240 > st ? '多' : '少'} ${Math.abs(240 - st)} 个`);
		expect(all).toBe(
			`2022–2023 年累计实际支出 2,500 万元，比模型${2500 > m1 + m2 ? '多' : '少'} ${wan(Math.abs(2500 - m1 - m2))}。`
		);
		const en = executionSentences('en', actuals, p);
		expect(en[0]).toMatch(
			/^In 2022: actual outlay 1,500 万元, [\d,]+ 万元 less than the model; satisfaction actually 80\.0 %/
		);
		expect(executionSentences('zh', undefined, p)).toEqual([]);
		expect(executionSentences('zh', { outlay: [null, null, null] }, p)).toEqual([]);
	});

	it('an actual equal to the model reads "as the model"', () => {
		const p = plan.projection;
		const [line] = executionSentences('zh', { outlay: [modelFigure('outlay', p, 0) + 0.3] }, p);
		expect(line).toMatch(/^2022 年实际支出 [\d,]+ 万元，与模型一致。$/);
	});
});
