/**
 * The plan check's rows (keys `plancheck.*`): what each stated figure is and why the model's recomputation
 * differs. Numbers arrive formatted in the reader's language; lists of labels arrive joined.
 */
import type { Msg } from '../types';

export const plancheck = {
	'plancheck.subsidyYear': { zh: '第{n}年补贴', en: 'Subsidies, year {n}' },
	'plancheck.subsidyTotal': { zh: '三年补贴合计', en: 'Subsidies, three years' },
	'plancheck.outlayReward': { zh: '三年财政支出（含奖励资金）', en: 'Three-year outlay, reward fund included' },
	'plancheck.areaTotal': { zh: '四档面积合计（万 m²）', en: 'Area of the four tiers (万 m²)' },
	'plancheck.areaOld': { zh: '老旧小区面积 = 基础 + 准物业（万 m²）', en: 'Old compounds = basic + quasi (万 m²)' },
	'plancheck.targetItem': { zh: '{what}（{year} 年末）', en: '{what}, end of {year}' },
	'plancheck.committee': { zh: '成立业委会小区', en: 'Compounds with an owners’ committee' },
	'plancheck.standard': { zh: '达标小区', en: 'Compounds at the standard' },
	'plancheck.covered': { zh: '纳入物业管理的小区', en: 'Compounds under management' },
	'plancheck.rateOf': { zh: '{rate} % × {of} = {x} → {stated}', en: '{rate} % of {of} = {x} → {stated}' },
	'plancheck.fullOf': { zh: '100 % × {of}', en: '100 % of {of}' },
	'plancheck.roundedTotal': {
		zh: '规划把取整后的三年相加（{sum} = {stated}）；精确合计为 {model}。',
		en: 'The plan adds its rounded years ({sum} = {stated}); the exact sum is {model}.'
	},
	'plancheck.rounded': {
		zh: '规划将 {model} 取整为 {stated}（面积 × 补贴标准 × 12 个月）。',
		en: 'The plan rounds {model} to {stated} (area × subsidy rate × 12 months).'
	},
	'plancheck.restRounding': { zh: '其余 {x} 万元是规划的取整。', en: ' The remaining {x} is the plan’s rounding.' },
	'plancheck.unbudgeted': {
		zh: '本情景将居民自治小区纳入基础物业，其补贴 {x} 万元不在规划合计之内：§四(四)1 要求全覆盖，但未列预算。{tail}',
		en: 'This scenario brings self-governed compounds into basic service; their subsidy, {x} 万元, is not in the plan’s totals: §四(四)1 promises full coverage but budgets nothing for it.{tail}'
	},
	'plancheck.changedMore': {
		zh: '本情景改动了{what}，补贴比规划多 {x} 万元。',
		en: 'This scenario changes {what}: the subsidy is {x} 万元 above the plan’s figure.'
	},
	'plancheck.changedLess': {
		zh: '本情景改动了{what}，补贴比规划少 {x} 万元。',
		en: 'This scenario changes {what}: the subsidy is {x} 万元 below the plan’s figure.'
	},
	'plancheck.noReward': { zh: '本情景没有奖励资金。', en: 'This scenario has no reward fund.' },
	'plancheck.reward': {
		zh: '规划的“两项合计”只含两档补贴；奖励资金（三年 {reward} 万元，§七 奖励资金）在合计之外。{waiver}计入后三年区财政支出 {outlay} 万元，比规划合计多 {diff} 万元。',
		en: 'The plan’s total, “两项合计” (the two items), counts the two subsidy tiers only; the reward fund ({reward} 万元 over three years, §七 奖励资金) lies outside it.{waiver} With it the district pays {outlay} 万元 over three years, {diff} more than stated.'
	},
	'plancheck.rewardWaiver': {
		zh: '减免补偿 {x} 万元（假设）也在其外。',
		en: ' So does waiver compensation, {x} 万元 (an assumption).'
	},
	'plancheck.areaChanged': {
		zh: '本情景改动了{what}：{model} 而非 {stated}。',
		en: 'This scenario changes {what}: {model}, not {stated}.'
	},
	'plancheck.areaSum': { zh: '四档之和：{sum}。', en: 'The four tiers add up: {sum}.' },
	'plancheck.areaOldSum': {
		zh: '基础物业 {basic} + 准物业 {quasi}：两档补贴面积正是老旧小区。',
		en: 'Basic {basic} + quasi {quasi}: the two subsidised tiers are exactly the old compounds.'
	},
	'plancheck.shortAdequacy': {
		zh: '差 {n} 个：小区只在企业收入覆盖成本的程度上达标；该年准物业+基础物业收入÷成本为 {pct}（取决于收缴率、成本等假设），计划新增 {planned} 个只实现 {reached} 个。',
		en: '{n} short: compounds reach the standard only as far as firms’ income covers their cost; that year quasi + basic income ÷ cost is {pct} (from the assumed collection rates and costs), so of {planned} planned only {reached} reach it.'
	},
	'plancheck.shortPlanned': {
		zh: '差 {n} 个：本情景计划的数量不足。',
		en: '{n} short: the scenario plans too few.'
	},
	'plancheck.selfOutside': {
		zh: '{n} 个居民自治小区（{area} 万 m²）未纳入：规划要求三年内全覆盖，但未定进度，合计中也没有这笔钱。从第一年起纳入，三年需基础物业补贴约 {cost} 万元，在规划合计 {total} 万元之外。',
		en: '{n} self-governed compounds ({area} 万 m²) stay outside: the plan promises full coverage within three years but sets no pace and puts no money for it in its totals. Covering them from year 1 would take about {cost} 万元 of basic subsidy over three years, beyond the stated {total} 万元.'
	},
	'plancheck.fullCoverage': {
		zh: '全覆盖：本情景将居民自治小区纳入基础物业，三年补贴约 {cost} 万元，不在规划合计之内（§四(四)1 未列预算）。',
		en: 'Full coverage: the scenario brings the self-governed compounds into basic service, at about {cost} 万元 of subsidy over three years that the plan’s totals leave out (§四(四)1 budgets nothing).'
	},
	'plancheck.beyondHorizon': { zh: '本情景的测算期不含这一年。', en: 'The scenario’s horizon ends before this year.' },
	'plancheck.agrees': { zh: '一致。', en: 'Agrees.' }
} satisfies Record<string, Msg>;
