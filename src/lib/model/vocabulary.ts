/**
 * The one vocabulary of outputs and cells: for every output `outputs.ts` accepts and every
 * parameter cell, its label, unit, format, year words and model-documentation section, in both languages. Every
 * picker, table, chart, sentence, spreadsheet header and error reads these; adding an output means adding its
 * words here once. Pure: words are `{ zh, en }` values, the screens pick their language.
 *
 * Two renderings of the same words: a label ("2023 年居民满意度" / "Satisfaction, 2023") for pickers, headers and
 * tables, and a phrase ("2023 年满意度目标" / "the 2023 satisfaction target") for running sentences.
 */
import { PARAM, TIER_LABEL, type ParamDef, type Tier } from './catalogue';
import { parseName } from './cell-names';
import type { Metric } from './montecarlo/metric';
import type { YearlyOutput } from './montecarlo/samples';
import {
	unitOf,
	type BondField,
	type OutputBase,
	type OutputRef,
	type TierField,
	type TotalField,
	type Words,
	type YearField
} from './outputs';
import type { TargetKind } from './targets';
import { UNIT_LABEL } from './units';

export type { Words };

/** The sections of docs/model.md a figure cites (a subset of the page's anchors). */
export type DocSection = 'outlay' | 'satisfaction' | 'year-ends' | 'bond' | 'targets' | 'parameters';

/**
 * "2023 年" / "2023" for plan year y (1-based) when the plan starts in January; "第2年" / "year 2" otherwise, and
 * where the start is not known (null: a message built without the scenario).
 */
export function yearWords(start: string | null, y: number): Words {
	const [yy, mm] = (start ?? '').split('-').map(Number);
	if (mm === 1) return { zh: `${yy + y - 1} 年`, en: `${yy + y - 1}` };
	return { zh: `第${y}年`, en: `year ${y}` };
}

/** Summed over the horizon; "三年" is replaced by the horizon's length. */
const TOTAL: Record<TotalField, Words> = {
	outlay: { zh: '三年财政支出合计', en: 'total district outlay' },
	subsidy: { zh: '三年补贴合计', en: 'total subsidies' },
	rewardFund: { zh: '三年奖励资金合计', en: 'total reward fund' },
	waiverCompensation: { zh: '三年减免补偿合计', en: 'total waiver compensation' }
};

/** One year's figure; a tier's figure puts the tier before it ("准物业补贴", "quasi subsidies"). */
export const FIELD: Record<YearField | TierField, Words> = {
	outlay: { zh: '财政支出', en: 'district outlay' },
	subsidy: { zh: '补贴', en: 'subsidies' },
	rewardFund: { zh: '奖励资金', en: 'reward fund' },
	waiverCompensation: { zh: '减免补偿', en: 'waiver compensation' },
	adequacy: { zh: '资金充足率', en: 'funding adequacy' },
	committees: { zh: '业委会数', en: 'owners’ committees' },
	committeeRate: { zh: '业委会组建率', en: 'committee rate' },
	standard: { zh: '达标小区数', en: 'compounds at standard' },
	standardRate: { zh: '达标率', en: 'standard rate' },
	coverage: { zh: '物业覆盖率', en: 'coverage' },
	satisfaction: { zh: '居民满意度', en: 'satisfaction' },
	feesBilled: { zh: '应收物业费', en: 'fees billed' },
	feesWaived: { zh: '减免物业费', en: 'fees waived' },
	feesCollected: { zh: '实收物业费', en: 'fees collected' },
	firmIncome: { zh: '企业收入', en: 'firms’ income' },
	firmCost: { zh: '企业成本', en: 'firms’ cost' },
	compounds: { zh: '小区数', en: 'compounds' },
	area: { zh: '面积', en: 'area' }
};

/** What a figure's bare label leaves out, where a table has room for it ("财政支出（含奖励资金）"). */
const DETAIL: Partial<Record<YearField | TierField, Words>> = {
	outlay: { zh: '含奖励资金', en: 'with reward fund' },
	adequacy: { zh: '准物业+基础物业 收入÷成本', en: 'quasi + basic income ÷ cost' },
	satisfaction: { zh: '年末', en: 'year end' }
};

/** A figure's label with its detail in brackets, capitalised: "资金充足率（准物业+基础物业 收入÷成本）". */
export function fieldWords(field: YearField | TierField, tier: Tier | 'total' = 'total', detail = false): Words {
	const base = whatOf({ kind: 'tier', year: 1, field: field as TierField, tier }, 3);
	const d = detail ? DETAIL[field] : undefined;
	return {
		zh: d ? `${base.zh}（${d.zh}）` : base.zh,
		en: cap(d ? `${base.en} (${d.en})` : base.en)
	};
}

/** The plan's outlay net of the reward fund (§七 合计), a comparison's row. */
export const OUTLAY_NO_REWARD: Words = { zh: '财政支出（不含奖励资金）', en: 'District outlay without reward fund' };

const BOND: Record<BondField, Words> = {
	deposited: { zh: '保证金缴存', en: 'bond deposited' },
	returned: { zh: '保证金退还', en: 'bond returned' },
	forfeited: { zh: '保证金没收', en: 'bond forfeited' }
};

/** A target by kind: "满意度目标" / "satisfaction target". */
export const TARGET: Record<TargetKind, Words> = {
	committee: { zh: '业委会组建率目标', en: 'committee target' },
	standard: { zh: '达标率目标', en: 'standard target' },
	satisfaction: { zh: '满意度目标', en: 'satisfaction target' },
	coverage: { zh: '覆盖率目标', en: 'coverage target' }
};

const ALL_TARGETS: Words = { zh: '全部目标', en: 'every target' };
const MARGIN: Words = { zh: '企业收支差', en: 'firms’ margin' };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A figure's words without its year: "准物业补贴", "Quasi subsidies", "满意度目标达成". */
function whatOf(b: OutputBase, years: number): Words {
	switch (b.kind) {
		case 'total':
			return { zh: TOTAL[b.field].zh.replace('三年', years === 3 ? '三年' : `${years}年`), en: TOTAL[b.field].en };
		case 'targetsMet':
			return ALL_TARGETS;
		case 'target':
			return TARGET[b.target];
		case 'bond':
			return BOND[b.field];
		case 'year':
			return FIELD[b.field];
		case 'tier': {
			const f = FIELD[b.field];
			if (b.tier === 'total') return b.field === 'subsidy' ? { zh: '补贴合计', en: 'subsidies' } : f;
			const t = TIER_LABEL[b.tier];
			return { zh: `${t.zh}${f.zh}`, en: `${t.en.toLowerCase()} ${f.en}` };
		}
	}
}

const OP: Record<string, Words> = {
	'>': { zh: '高于', en: 'above' },
	'>=': { zh: '不低于', en: 'at least' },
	'<': { zh: '低于', en: 'below' },
	'<=': { zh: '不高于', en: 'at most' }
};

function withThreshold(ref: OutputRef, w: Words): Words {
	if (!ref.threshold) return w;
	const { op, value } = ref.threshold;
	const v = thresholdValue(ref.base, value);
	return { zh: `${w.zh}${OP[op].zh} ${v}`, en: `${w.en} ${OP[op].en} ${v}` };
}

/** A threshold's number in its unit, plainly (the vocabulary does not know the screen's number format). */
function thresholdValue(b: OutputBase, x: number): string {
	const u = unitOf(b);
	if (u === 'fraction') return `${+(x * 100).toFixed(2)} %`;
	if (u === 'wan') return `${+x.toFixed(1)} 万元`;
	return String(+x.toFixed(2));
}

/** "2023 年居民满意度" / "Satisfaction, 2023": the label pickers, table headers and exports show. */
export function outputLabel(ref: OutputRef, start: string | null, years: number): Words {
	const b = ref.base;
	const what = b.kind === 'target' ? targetMet(b.target) : whatOf(b, years);
	if (!('year' in b)) return withThreshold(ref, { zh: what.zh, en: cap(what.en) });
	const y = yearWords(start, b.year);
	return withThreshold(ref, { zh: `${y.zh}${what.zh}`, en: `${cap(what.en)}, ${y.en}` });
}

const targetMet = (k: TargetKind): Words => ({ zh: `${TARGET[k].zh}达成`, en: `${TARGET[k].en} met` });

/** "2023 年满意度目标" / "the 2023 satisfaction target": the same output inside a sentence. */
export function outputPhrase(ref: OutputRef, start: string | null, years: number): Words {
	const b = ref.base;
	const what = whatOf(b, years);
	let w: Words;
	if (!('year' in b)) w = { zh: what.zh, en: b.kind === 'total' ? `the ${what.en} over the horizon` : what.en };
	else {
		const y = yearWords(start, b.year);
		w =
			b.kind === 'target'
				? { zh: `${y.zh}${what.zh}`, en: `the ${y.en} ${what.en}` }
				: { zh: `${y.zh}${what.zh}`, en: `${what.en} in ${y.en}` };
	}
	return withThreshold(ref, w);
}

/** An output's unit as a planner reads it: 万元, %, 万 m², 个小区; a 0/1 flag has none ("" both). */
export function unitWords(unit: OutputRef['unit']): Words {
	if (unit === 'wan') return { zh: '万元', en: '万元' };
	if (unit === 'fraction') return { zh: '%', en: '%' };
	if (unit === 'area') return { zh: '万 m²', en: '万 m²' };
	if (unit === 'count') return { zh: '个小区', en: 'compounds' };
	return { zh: '', en: '' };
}

/** How an output's number is shown: scaled (a fraction ×100 as %), with this many decimals (counts whole). */
export function outputFormat(unit: OutputRef['unit']): { scale: number; digits: number } {
	if (unit === 'fraction') return { scale: 100, digits: 2 };
	if (unit === 'wan' || unit === 'area') return { scale: 1, digits: 1 };
	return { scale: 1, digits: 0 };
}

/** Where docs/model.md says how the output is computed. */
export function outputSection(ref: OutputRef): DocSection {
	const b = ref.base;
	if (b.kind === 'target' || b.kind === 'targetsMet') return 'targets';
	if (b.kind === 'bond') return 'bond';
	if (b.kind === 'total' || b.kind === 'tier') return 'outlay';
	if (b.field === 'satisfaction') return 'satisfaction';
	if (b.field === 'outlay' || b.field === 'rewardFund' || b.field === 'waiverCompensation') return 'outlay';
	return 'year-ends';
}

/** A Monte Carlo yearly output's words ("准物业企业收入" / "quasi firms’ income"), without a year. */
export function yearlyOutputWords(key: YearlyOutput): Words {
	const m = /^(firmIncome|firmCost)_(\w+)$/.exec(key);
	if (m) return whatOf({ kind: 'tier', year: 1, field: m[1] as TierField, tier: m[2] as Tier }, 3);
	return key === 'subsidy' ? { zh: '补贴合计', en: 'subsidies' } : FIELD[key as YearField];
}

/** The same as a row label with its detail: "财政支出（含奖励资金）" / "District outlay (with reward fund)". */
export function yearlyOutputLabel(key: YearlyOutput): Words {
	const w = yearlyOutputWords(key);
	const d = DETAIL[key as YearField];
	return { zh: d ? `${w.zh}（${d.zh}）` : w.zh, en: cap(d ? `${w.en} (${d.en})` : w.en) };
}

/** A tornado's or goal seek's metric as a label: "2023 年居民满意度", "三年财政支出合计", "2023 年准物业企业收支差". */
export function metricLabel(m: Metric, start: string | null, years: number): Words {
	if (m.kind === 'total') {
		const w = whatOf({ kind: 'total', field: m.output }, years);
		return { zh: w.zh, en: cap(w.en) };
	}
	const what =
		m.kind === 'margin'
			? { zh: `${TIER_LABEL[m.tier].zh}${MARGIN.zh}`, en: `${TIER_LABEL[m.tier].en.toLowerCase()} ${MARGIN.en}` }
			: yearlyOutputWords(m.output);
	const y = yearWords(start, m.year);
	return { zh: `${y.zh}${what.zh}`, en: `${cap(what.en)}, ${y.en}` };
}

/** The parameter and plan year (1-based; 0 for a scalar) a cell name is, or null when it is none. */
export function cellOf(name: string, years = Infinity): { def: ParamDef; year: number } | null {
	const ref = parseName(name, years);
	const def = ref && PARAM.get(ref.key);
	return ref && def ? { def, year: def.shape === 'yearly' ? ref.y + 1 : 0 } : null;
}

/** "基础物业补贴标准（2023 年）" / "Basic subsidy (2023)": a cell's label with its year; the name when unknown. */
export function cellLabel(name: string, start: string | null): Words {
	const c = cellOf(name);
	if (!c) return { zh: name, en: name };
	if (c.year === 0) return c.def.label;
	const y = yearWords(start, c.year);
	return { zh: `${c.def.label.zh}（${y.zh}）`, en: `${c.def.label.en} (${y.en})` };
}

/** The unit a cell is read in (% for a share, 元/m²/月, 万元 …); empty for an unknown name. */
export function cellUnit(name: string): Words {
	const c = cellOf(name);
	return c ? UNIT_LABEL[c.def.unit] : { zh: '', en: '' };
}

/** A label with its unit: "三年财政支出合计（万元）" / "Total district outlay (万元)". */
export function withUnit(label: Words, unit: Words): Words {
	return {
		zh: unit.zh ? `${label.zh}（${unit.zh}）` : label.zh,
		en: unit.en ? `${label.en} (${unit.en})` : label.en
	};
}
