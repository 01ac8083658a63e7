/** Parameters of satisfaction, the pace of upgrades and coverage, governance and targets (docs/model.md § Parameters). */
import type { ParamDef } from './param-def';
import { A, ALL_A, ILL, per, tiered } from './param-helpers';

export const OUTCOME_PARAMS: ParamDef[] = [
	// ── satisfaction (assumption) ──────────────────────────────────────────────────────
	...tiered(
		'satisfaction_start',
		{ section: 'satisfaction', unit: 'share', shape: 'scalar', min: 0, max: 1 },
		(t) => ({ zh: `${t.zh}起始满意度`, en: `${t.en} satisfaction at start` }),
		per(0.85, 0.75, 0.65, 0.6),
		ILL,
		ALL_A
	),
	...tiered(
		'satisfaction',
		{ section: 'satisfaction', unit: 'share', shape: 'yearly', min: 0, max: 1, after3: 'repeat' },
		(t) => ({ zh: `${t.zh}足额保障满意度`, en: `${t.en} satisfaction when fully funded` }),
		per([0.9, 0.9, 0.9], [0.86, 0.86, 0.86], [0.82, 0.82, 0.82], [0.65, 0.65, 0.65]),
		ILL,
		ALL_A
	),
	{
		key: 'satisfaction_half_life',
		section: 'satisfaction',
		label: { zh: '满意度半衰期', en: 'Satisfaction half-life' },
		unit: 'months',
		shape: 'scalar',
		default: 3,
		origin: 'illustrative',
		source: A,
		why: {
			zh: '满意度向其水平靠拢一半所需的月数（0 = 立即到位）。',
			en: 'Months for satisfaction to close half the gap to its level (0 = at once).'
		},
		min: 0,
		max: 120
	},
	{
		key: 'satisfaction_response',
		section: 'satisfaction',
		label: { zh: '资金缺口对满意度影响', en: 'Satisfaction lost per funding shortfall' },
		unit: 'per_shortfall',
		shape: 'scalar',
		default: 0.5,
		origin: 'illustrative',
		source: A,
		min: 0,
		max: 10
	},
	// ── pace of upgrades and coverage ─────────────────────────────────────────────────
	{
		key: 'upgrade_basic_to_quasi',
		section: 'pace',
		label: { zh: '基础物业转准物业比例', en: 'Basic compounds upgraded to quasi' },
		unit: 'share',
		shape: 'yearly',
		default: [0, 0, 0],
		origin: 'plan',
		source: '§七',
		why: {
			zh: '规划未定升级进度，规划原文情景不升级。',
			en: '"As soon as conditions allow": the plan gives no pace, so the plan as written upgrades none.'
		},
		min: 0,
		max: 1,
		after3: 'repeat'
	},
	{
		key: 'cover_self',
		section: 'pace',
		label: { zh: '居民自治小区纳入基础物业比例', en: 'Self-governed compounds brought into basic service' },
		unit: 'share',
		shape: 'yearly',
		default: [0, 0, 0],
		origin: 'plan',
		source: '§四(四)1',
		why: {
			zh: '三年内全覆盖，但未定进度、未列预算：规划原文情景不纳入。',
			en: 'Full coverage within three years, with no pace and no budget: the plan as written covers none.'
		},
		min: 0,
		max: 1,
		after3: 'repeat'
	},
	// ── governance ─────────────────────────────────────────────────────────────────────
	{
		key: 'committees_new',
		section: 'governance',
		label: { zh: '新成立业委会', en: 'Owners\u2019 committees formed' },
		unit: 'compounds',
		shape: 'yearly',
		default: [38, 31, 16],
		origin: 'plan',
		source: '§三',
		why: {
			zh: '按目标倒推：从 184 个增至 316 个中的 222 · 253 · 269 个。',
			en: 'What the targets need: 222 · 253 · 269 of 316 from 184.'
		},
		min: 0,
		max: 100000,
		after3: 'repeat'
	},
	{
		key: 'standard_new',
		section: 'governance',
		label: { zh: '计划新增达标小区', en: 'Compounds planned to reach the standard' },
		unit: 'compounds',
		shape: 'yearly',
		default: [0, 28, 32],
		origin: 'plan',
		source: '§三',
		why: { zh: '按目标倒推：316 个中的 209 · 237 · 269 个。', en: 'What the targets need: 209 · 237 · 269 of 316.' },
		min: 0,
		max: 100000,
		after3: 'repeat'
	},
	{
		key: 'bond_pass_rate',
		section: 'governance',
		label: { zh: '保证金返还比例', en: 'Share of bond instalment returned' },
		unit: 'share',
		shape: 'yearly',
		default: [0.9, 0.9, 0.9],
		origin: 'illustrative',
		source: A,
		why: {
			zh: '§五3 规定按考核结果返还，但未给出比例。',
			en: '§五3 ties the share returned to assessment results but gives no figure.'
		},
		min: 0,
		max: 1,
		after3: 'repeat'
	},
	// ── targets (§三, §四(四)1) ─────────────────────────────────────────────────────────
	target('target_committee', { zh: '业委会组建率目标', en: 'Committee formation target' }, [0.7, 0.8, 0.85], '§三'),
	target(
		'target_standard',
		{ zh: '达标小区占比目标', en: 'Compounds at standard target' },
		[0.6614, 0.75, 0.85],
		'§三'
	),
	target(
		'target_satisfaction',
		{ zh: '居民总体满意度目标', en: 'Overall satisfaction target' },
		[0.8, 0.85, 0.9],
		'§三'
	),
	target('target_coverage', { zh: '物业管理覆盖率目标', en: 'Coverage target' }, [null, null, 1], '§四(四)1')
];

/** A rate target of the plan: a share per year, blank where the plan sets none (coverage before 2024). */
function target(key: string, label: ParamDef['label'], values: (number | null)[], source: string): ParamDef {
	return {
		key,
		section: 'targets',
		label,
		unit: 'share',
		shape: 'yearly',
		default: values,
		origin: 'plan',
		source,
		min: 0,
		max: 1,
		blank: true,
		after3: 'repeat'
	};
}
