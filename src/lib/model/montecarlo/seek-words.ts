/**
 * Goal seek's refusals in Chinese, beside the English the CLI prints: the same facts — the
 * cell, the range searched, what the output reaches over it — in the planner's words.
 */
import { cellLabel, cellOf, metricLabel, TARGET } from '../vocabulary';
import type { Metric } from './metric';

/** A metric in Chinese, from the one vocabulary (plan years: these messages are built without the start). */
export const metricZh = (m: Metric, years = 3): string => metricLabel(m, null, years).zh;

/** A cell by its label and plan year; an unknown name as typed. */
const cellZh = (cell: string): string => (cellOf(cell) ? cellLabel(cell, null).zh : cell);
const targetZh = (kind: string): string => TARGET[kind as keyof typeof TARGET]?.zh ?? kind;

export const seekZh = {
	noCell: (cell: string) => `没有名为“${cell}”的单元格：名称形如 basic_subsidy_y2（分年参数）或 grace_months`,
	badRange: (cell: string, lo: number, hi: number, min: number, max: number) =>
		`搜索范围 ${lo}–${hi} 须由小到大，并在${cellZh(cell)}的有效范围 ${min}–${max} 之内`,
	noFormulas: (cell: string) => `引用${cellZh(cell)}的公式无法在此计算`,
	noValue: (cell: string, lo: number, hi: number, m: Metric, target: number, min: string, max: string) =>
		`${cellZh(cell)}在 ${lo} 到 ${hi} 之间取任何值，${metricZh(m)}都不等于 ${target}：在此范围内它只在 ${min} 到 ${max} 之间`,
	noTarget: (year: number, target: string) => `第${year}年没有${targetZh(target)}，无从计算达成概率`,
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
		`${cellZh(cell)}在 ${lo} 到 ${hi} 之间取任何值，第${year}年${targetZh(target)}的达成概率都达不到 ${p}：即使取 ${good}，也只有 ${pGood}（${runs} 次迭代，种子 ${seed}）`,
	badYear: (year: number, years: number) => `第${year}年不在规划的第 1–${years} 年之内`,
	badProbability: (p: number) => `概率 ${p} 须大于 0 且不超过 1`
};
