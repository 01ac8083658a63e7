/**
 * Goal seek's refusals in Chinese, beside the English the CLI prints (issue 16 item 1): the same facts — the
 * cell, the range searched, what the output reaches over it — in the planner's words.
 */
import { TIER_LABEL } from '../catalogue';
import type { Metric } from './metric';

const OUTPUT_ZH: Record<string, string> = {
	outlay: '财政支出',
	subsidy: '补贴',
	rewardFund: '奖励资金',
	waiverCompensation: '减免补偿',
	adequacy: '资金充足率',
	committeeRate: '业委会组建率',
	standardRate: '达标率',
	coverage: '物业覆盖率',
	satisfaction: '居民满意度'
};
const TARGET_ZH: Record<string, string> = {
	committee: '业委会组建率',
	standard: '达标率',
	satisfaction: '满意度',
	coverage: '物业覆盖率'
};

export function metricZh(m: Metric): string {
	if (m.kind === 'total') return `全期${OUTPUT_ZH[m.output] ?? m.output}`;
	if (m.kind === 'margin') return `第${m.year}年${TIER_LABEL[m.tier].zh}企业收支差`;
	const firm = /^firm(Income|Cost)_(\w+)$/.exec(m.output);
	const what = firm
		? `${TIER_LABEL[firm[2] as keyof typeof TIER_LABEL]?.zh ?? firm[2]}企业${firm[1] === 'Income' ? '收入' : '成本'}`
		: (OUTPUT_ZH[m.output] ?? m.output);
	return `第${m.year}年${what}`;
}

export const seekZh = {
	noCell: (cell: string) => `没有名为“${cell}”的单元格：名称形如 basic_subsidy_y2（分年参数）或 grace_months`,
	badRange: (cell: string, lo: number, hi: number, min: number, max: number) =>
		`搜索范围 ${lo}–${hi} 须由小到大，并在 ${cell} 的有效范围 ${min}–${max} 之内`,
	noFormulas: (cell: string) => `引用 ${cell} 的公式无法在此计算`,
	noValue: (cell: string, lo: number, hi: number, m: Metric, target: number, min: string, max: string) =>
		`${cell} 在 ${lo} 到 ${hi} 之间取任何值，${metricZh(m)}都不等于 ${target}：在此范围内它只在 ${min} 到 ${max} 之间`,
	noTarget: (year: number, target: string) => `第${year}年没有${TARGET_ZH[target] ?? target}目标，无从计算达成概率`,
	noProbability: (
		cell: string,
		lo: number,
		hi: number,
		year: number,
		target: string,
		p: number,
		good: number,
		pGood: string,
		runs: number,
		seed: number
	) =>
		`${cell} 在 ${lo} 到 ${hi} 之间取任何值，第${year}年${TARGET_ZH[target] ?? target}目标的达成概率都达不到 ${p}：即使取 ${good}，也只有 ${pGood}（${runs} 次迭代，种子 ${seed}）`,
	badYear: (year: number, years: number) => `第${year}年不在规划的第 1–${years} 年之内`,
	badProbability: (p: number) => `概率 ${p} 须大于 0 且不超过 1`
};
