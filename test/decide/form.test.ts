import { describe, expect, it } from 'vitest';
import { explainOutput, optimizeSpec, readShare, whereOf, type ConstraintRow } from '../../src/lib/ui/decide/form';

const START = '2022-01';
const base = {
	rows: [
		{ cell: 'basic_subsidy_y2', min: '0', max: '0.3', step: '0.005' },
		{ cell: 'basic_subsidy_y3', min: '0', max: '0.3', step: '0.005' }
	],
	minimize: 'total.outlay',
	constraints: [
		{ output: 'y3.target.standard', op: '', threshold: '', kind: 'probability', probability: '80' }
	] as ConstraintRow[],
	taper: false,
	runs: 2000,
	seed: 1
};
// Anything that looks like an internal path a planner should not have to read in the message itself.
const CODE = /[a-z]+_[a-z0-9_]+|subjectTo|y\d\.|\.target\./;

describe("Decide's settings as a planner fills them in", () => {
	it('reads a probability as WPS reads a share: 80, 80 %, 80% and 0.8 are 80 %', () => {
		for (const s of ['80', '80 %', '80%', '0.8', '８０％'.normalize('NFKC')]) expect(readShare(s)).toBeCloseTo(0.8, 12);
		expect(readShare('100')).toBe(1);
		expect(readShare('1')).toBe(1);
	});

	it('gives the CLI spec unchanged (the example of issue 22)', () => {
		const r = optimizeSpec(base, START, 3);
		expect(r).toEqual({
			ok: true,
			spec: {
				decide: {
					basic_subsidy_y2: { min: 0, max: 0.3, step: 0.005 },
					basic_subsidy_y3: { min: 0, max: 0.3, step: 0.005 }
				},
				minimize: 'total.outlay',
				subjectTo: [{ output: 'y3.target.standard', probability: 0.8 }],
				taper: false,
				runs: 2000,
				seed: 1
			}
		});
	});

	it('writes a threshold in the output’s unit: ≥ 85 on a rate is 85 %', () => {
		const c = { output: 'y3.satisfaction', op: '>=', threshold: '85', kind: 'met', probability: '' } as ConstraintRow;
		const r = optimizeSpec({ ...base, constraints: [c] }, START, 3);
		expect(r.ok && r.spec.subjectTo).toEqual([{ output: 'y3.satisfaction>=0.85', met: true }]);
	});

	it('refuses in the planner’s words, naming labels and years, never an internal path', () => {
		const r = optimizeSpec(
			{
				...base,
				rows: [
					{ cell: 'basic_subsidy_y2', min: '0', max: '150', step: '0.005' },
					{ cell: '', min: '', max: '', step: '' },
					{ cell: 'basic_subsidy_y2', min: '0', max: '0.1', step: '0.005' }
				],
				constraints: [
					{ output: 'y3.target.standard', op: '', threshold: '', kind: 'probability', probability: '150' },
					{ output: 'total.outlay', op: '', threshold: '', kind: 'met', probability: '' }
				]
			},
			START,
			3
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const zh = r.problems.map((p) => `${p.where.zh}：${p.message.zh}`);
		expect(zh).toEqual([
			'基础物业补贴（2023 年）：范围 0–150 超出有效范围 0–100',
			'决策单元格 2：请选择一个单元格',
			'基础物业补贴（2023 年）：选了两次；每个单元格只能作为一个决策单元格',
			'约束 1（2024 年达标率目标达成）：概率“150”须大于 0 且不超过 100 %（80、80 % 与 0.8 都是 80 %）',
			'约束 2（三年财政支出合计）：这是一个数值，不是目标：请选一个目标，或给出阈值（如“不低于 85 %”）'
		]);
		for (const p of r.problems) {
			expect(`${p.where.zh}${p.message.zh}`).not.toMatch(CODE);
			expect(`${p.where.en}${p.message.en}`).not.toMatch(CODE);
			expect(`${p.where.en}${p.message.en}`).not.toMatch(/[\u4e00-\u9fff]/);
		}
		expect(r.problems[3].where.en).toBe('Constraint 1 (Standard target met, 2024)');
		expect(r.problems[3].code).toBe('subjectTo[0].probability');
	});

	it('names a refusal of the model’s check by the form’s words', () => {
		expect(whereOf('decide.basic_subsidy_y2.step', [], START, 3).zh).toBe('基础物业补贴（2023 年）');
		expect(whereOf('subjectTo[0].probability', base.constraints, START, 3).en).toBe(
			'Constraint 1 (Standard target met, 2024)'
		);
	});

	it('asks for a target or a threshold to explain, and takes either', () => {
		expect(explainOutput({ output: 'y2.target.satisfaction', op: '', threshold: '' }, START, 3)).toEqual({
			ok: true,
			name: 'y2.target.satisfaction'
		});
		expect(explainOutput({ output: 'total.outlay', op: '>', threshold: '3600' }, START, 3)).toEqual({
			ok: true,
			name: 'total.outlay>3600'
		});
		const r = explainOutput({ output: 'y2.satisfaction', op: '', threshold: '' }, START, 3);
		expect(!r.ok && r.problem.where.zh).toBe('2023 年居民满意度');
	});
});
