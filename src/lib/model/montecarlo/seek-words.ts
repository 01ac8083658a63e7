/**
 * The uncertainty tools' refusals (goal seek, probability seek, tornado) in both languages: the same facts as
 * the English `message` the CLI and logs read — the cell, the range searched, what the output reaches over it —
 * named by label and plan year ("基础物业收缴率（2024 年）", never `basic_collection_y3`), values in the cell's
 * unit (a share as %). The screen shows `msg` in its language; `code` is stable for tests.
 */
import { cellLabel, cellOf, metricLabel, TARGET, yearWords, type Words } from '../vocabulary';
import type { Metric } from './metric';

/** A tool's refusal: a stable code, the English the CLI prints, and the planner's words in both languages. */
export type SeekRefusal = { ok: false; code: string; message: string; msg: Words };

export const refusal = (code: string, message: string, msg: Words): SeekRefusal => ({ ok: false, code, message, msg });

const pct = (x: number) => `${Number((x * 100).toPrecision(6))} %`;
const isShareCell = (cell: string) => cellOf(cell)?.def.unit === 'share';
const isRateMetric = (m: Metric) =>
	m.kind === 'year' && ['adequacy', 'committeeRate', 'standardRate', 'coverage', 'satisfaction'].includes(m.output);
/** A value of a cell as the grid shows it: a share as %, anything else as the number. */
const cellValue = (cell: string, x: number | string) =>
	isShareCell(cell) && typeof x === 'number' ? pct(x) : String(x);
const metricValue = (m: Metric, x: number | string) => (isRateMetric(m) && typeof x === 'number' ? pct(x) : String(x));
const targetOf = (kind: string): Words => TARGET[kind as keyof typeof TARGET] ?? { zh: kind, en: kind };
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The refusals' words for a scenario starting `start` (plan years read "2024 年" when it starts in January). */
export function seekWords(start: string | null, years = 3) {
	const cell = (c: string) => cellLabel(c, start);
	const metric = (m: Metric) => metricLabel(m, start, years);
	const year = (y: number) => yearWords(start, y);
	return {
		noCell: (c: string): Words => ({
			zh: `没有“${c}”这个单元格：请从列表中选择一个参数和年份`,
			en: `There is no cell "${c}": pick a parameter and a year from the list`
		}),
		badRange: (c: string, lo: number, hi: number, min: number, max: number): Words => {
			const [a, b, p, q] = [lo, hi, min, max].map((x) => cellValue(c, x));
			return {
				zh: `搜索范围 ${a}–${b} 须由小到大，并在${cell(c).zh}的有效范围 ${p}–${q} 之内`,
				en: `The search range ${a}–${b} must run upwards and stay inside the valid range of ${cell(c).en}, ${p}–${q}`
			};
		},
		noFormulas: (c: string): Words => ({
			zh: `引用${cell(c).zh}的公式无法在此计算`,
			en: `The formulas that read ${cell(c).en} cannot be evaluated here`
		}),
		noValue: (c: string, lo: number, hi: number, m: Metric, target: number, min: number, max: number): Words => {
			const [a, b] = [lo, hi].map((x) => cellValue(c, x));
			const [g, p, q] = [target, min, max].map((x) => metricValue(m, x));
			return {
				zh: `${cell(c).zh}在 ${a} 到 ${b} 之间取任何值，${metric(m).zh}都不等于 ${g}：在此范围内它只在 ${p} 到 ${q} 之间`,
				en: `No value of ${cell(c).en} between ${a} and ${b} makes ${metric(m).en} equal ${g}: over that range it only goes from ${p} to ${q}`
			};
		},
		noTarget: (y: number, kind: string): Words => ({
			zh: `${year(y).zh}没有${targetOf(kind).zh}，无从计算达成概率`,
			en: `${cap(year(y).en)} has no ${targetOf(kind).en}, so there is no probability to reach`
		}),
		noProbability: (
			c: string,
			lo: number,
			hi: number,
			y: number,
			kind: string,
			p: number,
			good: number,
			pGood: number,
			runs: number,
			seed: number
		): Words => {
			const [a, b, at] = [lo, hi, good].map((x) => cellValue(c, x));
			return {
				zh: `${cell(c).zh}在 ${a} 到 ${b} 之间取任何值，${year(y).zh}${targetOf(kind).zh}的达成概率都达不到 ${pct(p)}：即使取 ${at}，也只有 ${pct(pGood)}（${runs} 次迭代，种子 ${seed}）`,
				en: `No value of ${cell(c).en} between ${a} and ${b} gives the ${targetOf(kind).en} of ${year(y).en} a probability of ${pct(p)}: even at ${at} it is ${pct(pGood)} (${runs} runs, seed ${seed})`
			};
		},
		badYear: (y: number): Words => ({
			zh: `${year(y).zh}不在规划期内（${year(1).zh}–${year(years).zh}）`,
			en: `${cap(year(y).en)} is outside the plan's ${year(1).en}–${year(years).en}`
		}),
		badProbability: (p: number): Words => ({
			zh: `概率 ${pct(p)} 须大于 0 且不超过 100 %`,
			en: `The probability ${pct(p)} must be above 0 and at most 100 %`
		}),
		badMetric: (): Words => ({
			zh: '请从列表中选择要求解的指标',
			en: 'Pick the figure to solve for from the list'
		}),
		noRange: (): Words => ({
			zh: '还没有参数设定取值范围：请先给至少一个参数设定低值和高值',
			en: 'No parameter carries a range yet: give one a low and a high first'
		}),
		cancelled: (): Words => ({ zh: '已取消', en: 'Cancelled' }),
		failed: (): Words => ({
			zh: '本情景无法计算（请先在工作台修正标红的单元格）',
			en: 'This scenario cannot be computed (fix the cells marked red on the workbench first)'
		})
	};
}
