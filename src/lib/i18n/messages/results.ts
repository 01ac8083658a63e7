/** The workbench results' words: KPI changes against a baseline, missed targets, the targets strip (keys `results.*`). */
import type { Msg } from '../types';

export const results = {
	'results.vsPlan': { zh: '较规划原文', en: 'vs the plan' },
	'results.vsOther': { zh: '较“{name}”', en: 'vs “{name}”' },
	'results.samePlan': { zh: '与规划原文相同', en: 'same as the plan' },
	'results.sameOther': { zh: '与“{name}”相同', en: 'same as “{name}”' },
	'results.isBaseline': { zh: '本情景即基准', en: 'this is the baseline' },
	'results.baseline': { zh: '对比基准', en: 'Compared with' },
	'results.planBaseline': { zh: '规划原文（东河区三年规划）', en: 'The plan as written (Donghe three-year plan)' },
	'results.baselineLoading': { zh: '正在计算基准…', en: 'Computing the baseline…' },
	'results.baselineFailed': { zh: '无法读取基准情景：{why}', en: 'The baseline cannot be read: {why}' },
	'results.missedNone': { zh: '全部达成', en: 'all met' },
	'results.missedList': { zh: '未达成：{list}', en: 'Missed: {list}' },
	'results.targetsDelta': { zh: '{sign}{n} 项', en: '{sign}{n}' },
	'results.yearName': { zh: '{y} 年', en: '{y}' },
	'results.strip': { zh: '目标达成（✓ 达成 ✗ 未达成）', en: 'Targets (✓ met ✗ missed)' },
	'results.stripTarget': { zh: '目标 {t}，{gap}', en: 'target {t}, {gap}' }
} satisfies Record<string, Msg>;
