/**
 * The outputs a data table offers, labelled in the user's language with their unit ("三年财政支出合计（万元）"),
 * how a value is shown, and the section of the model documentation that says how it is computed.
 */
import type { Lang } from '../../i18n';
import { fmtNumber, fmtPct } from '../../i18n/format';
import { TIER_LABEL } from '../../model/catalogue';
import type { OutputRef } from '../../model/outputs';
import { TARGET_KINDS } from '../../model/targets';
import type { ModelSection } from '../model/model-doc';
import { yearWords } from './labels';

type W = { zh: string; en: string };
const TOTAL: Record<string, W> = {
	outlay: { zh: '三年财政支出合计', en: 'Total district outlay' },
	subsidy: { zh: '三年补贴合计', en: 'Total subsidies' },
	rewardFund: { zh: '三年奖励资金合计', en: 'Total reward fund' },
	waiverCompensation: { zh: '三年减免补偿合计', en: 'Total waiver compensation' }
};
const YEAR: Record<string, W> = {
	outlay: { zh: '财政支出', en: 'District outlay' },
	subsidy: { zh: '补贴合计', en: 'Subsidies' },
	rewardFund: { zh: '奖励资金', en: 'Reward fund' },
	adequacy: { zh: '资金充足率', en: 'Funding adequacy' },
	committeeRate: { zh: '业委会组建率', en: 'Committee rate' },
	standardRate: { zh: '达标率', en: 'Standard rate' },
	coverage: { zh: '物业覆盖率', en: 'Coverage' },
	satisfaction: { zh: '居民满意度', en: 'Satisfaction' }
};
const TARGET: Record<string, W> = {
	committee: { zh: '业委会组建率目标达成', en: 'committee target met' },
	standard: { zh: '达标率目标达成', en: 'standard target met' },
	satisfaction: { zh: '满意度目标达成', en: 'satisfaction target met' },
	coverage: { zh: '覆盖率目标达成', en: 'coverage target met' }
};

/** The names offered, in order: totals, then each year's figures and targets, then every target. */
export function outputChoices(years: number): string[] {
	const names = Object.keys(TOTAL).map((f) => `total.${f}`);
	for (let y = 1; y <= years; y++) {
		for (const f of Object.keys(YEAR)) names.push(`y${y}.${f}`);
		names.push(`y${y}.subsidy.quasi`, `y${y}.subsidy.basic`);
		for (const k of TARGET_KINDS) names.push(`y${y}.target.${k}`);
	}
	names.push('targetsMet');
	return names;
}

/** The output's words without its unit, e.g. "2023 年居民满意度" / "Satisfaction, 2023". */
export function outputLabel(L: Lang, ref: OutputRef, start: string, years: number): string {
	const b = ref.base;
	let what: string;
	if (b.kind === 'total') what = TOTAL[b.field][L].replace('三年', years === 3 ? '三年' : `${years}年`);
	else if (b.kind === 'targetsMet') what = L === 'zh' ? '全部目标达成' : 'Every target met';
	else {
		const y = yearWords(L, start, b.year);
		let f: string;
		if (b.kind === 'target') f = TARGET[b.target][L];
		else if (b.kind === 'tier' && b.tier !== 'total')
			f = L === 'zh' ? `${TIER_LABEL[b.tier].zh}补贴` : `${TIER_LABEL[b.tier].en} subsidy`;
		else f = YEAR[b.field]?.[L] ?? b.field;
		what = L === 'zh' ? `${y}${f}` : `${f[0].toUpperCase()}${f.slice(1)}, ${y}`;
	}
	if (!ref.threshold) return what;
	const { op, value } = ref.threshold;
	const words = {
		'>': ['高于', 'above'],
		'>=': ['不低于', 'at least'],
		'<': ['低于', 'below'],
		'<=': ['不高于', 'at most']
	}[op];
	const v = baseValue(L, ref, value);
	return L === 'zh' ? `${what}${words[0]} ${v}` : `${what} ${words[1]} ${v}`;
}

/** The unit of the table's values: 万元, %, or none (a count). A 0/1 output reads as 是/否 or a probability. */
export function outputUnit(L: Lang, ref: OutputRef, runs: number): string {
	if (ref.unit === 'flag') return runs > 0 ? (L === 'zh' ? '概率 %' : 'probability, %') : '';
	if (ref.unit === 'fraction') return '%';
	if (ref.unit === 'wan') return '万元';
	if (ref.unit === 'area') return '万 m²';
	return '';
}

/** A value as the table shows it: 万元 to one decimal, rates as % to two, a flag as 达成/未达成 or a probability. */
export function outputValue(L: Lang, ref: OutputRef, runs: number, x: number): string {
	if (Number.isNaN(x)) return '—';
	if (ref.unit === 'flag') {
		if (runs > 0) return fmtPct(L, x, 1).replace(' %', '');
		return x === 1 ? (L === 'zh' ? '达成' : 'met') : L === 'zh' ? '未达成' : 'missed';
	}
	if (ref.unit === 'fraction') return fmtPct(L, x, 2).replace(' %', '');
	if (ref.unit === 'wan' || ref.unit === 'area') return fmtNumber(L, x, 1, 1);
	return fmtNumber(L, x, 0, 1);
}

/** The number a spreadsheet gets: in the unit of outputUnit (% as 85.3), full precision to 12 digits. */
export function exportNumber(ref: OutputRef, runs: number, x: number): number | null {
	if (Number.isNaN(x)) return null;
	const scaled = ref.unit === 'fraction' || (ref.unit === 'flag' && runs > 0) ? x * 100 : x;
	return Number(scaled.toPrecision(12));
}

function baseValue(L: Lang, ref: OutputRef, x: number): string {
	const b = ref.base;
	const rate =
		'field' in b && ['adequacy', 'committeeRate', 'standardRate', 'coverage', 'satisfaction'].includes(b.field);
	if (rate) return fmtPct(L, x, 1);
	if (b.kind === 'target' || b.kind === 'targetsMet') return String(x);
	return `${fmtNumber(L, x, 0, 1)} 万元`;
}

/** Where docs/model.md says how the output is computed (a probability also cites § Uncertainty on screen). */
export function outputSection(ref: OutputRef): ModelSection {
	const b = ref.base;
	if (b.kind === 'target' || b.kind === 'targetsMet') return 'targets';
	if (b.kind === 'total' || b.kind === 'tier') return 'outlay';
	if (b.field === 'satisfaction') return 'satisfaction';
	if (b.field === 'outlay' || b.field === 'rewardFund' || b.field === 'waiverCompensation') return 'outlay';
	return 'year-ends';
}
