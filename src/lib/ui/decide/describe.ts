/**
 * Scenario discovery in plain words: "基础物业收缴率低于 72 % 且基础物业成本高于 0.30 元/m²/月时，2023 年满意度目标
 * 有 91 % 的情况未达成；这类情况占全部未达成情况的 64 %". Labels and units come from the catalogue; years are
 * calendar years when the plan starts in January, plan years otherwise.
 */
import { t, type Lang } from '../../i18n';
import { fmtNumber, fmtPct } from '../../i18n/format';
import { PARAM, TIER_LABEL } from '../../model/catalogue';
import type { ExplainBox, ExplainCondition, Explanation } from '../../model/decide/explain';
import type { OutputRef } from '../../model/outputs';
import { parseOutput } from '../../model/outputs';
import { UNIT_LABEL } from '../../model/units';

const TARGET: Record<string, { zh: string; en: string }> = {
	committee: { zh: '业委会组建率目标', en: 'committee target' },
	standard: { zh: '达标率目标', en: 'standard target' },
	satisfaction: { zh: '满意度目标', en: 'satisfaction target' },
	coverage: { zh: '覆盖率目标', en: 'coverage target' }
};
const FIELD: Record<string, { zh: string; en: string }> = {
	outlay: { zh: '财政支出', en: 'outlay' },
	subsidy: { zh: '补贴', en: 'subsidy' },
	rewardFund: { zh: '奖励资金', en: 'reward fund' },
	waiverCompensation: { zh: '减免补偿', en: 'waiver compensation' },
	adequacy: { zh: '资金充足率', en: 'funding adequacy' },
	committees: { zh: '业委会数', en: 'committees' },
	committeeRate: { zh: '业委会组建率', en: 'committee rate' },
	standard: { zh: '达标小区数', en: 'compounds at standard' },
	standardRate: { zh: '达标率', en: 'standard rate' },
	coverage: { zh: '物业覆盖率', en: 'coverage' },
	satisfaction: { zh: '满意度', en: 'satisfaction' },
	firmIncome: { zh: '企业收入', en: 'firms’ income' },
	firmCost: { zh: '企业成本', en: 'firms’ cost' }
};

/** "2023 年" / "in 2023" for plan year y (1-based); "第2年" / "in year 2" when the plan does not start in January. */
export function yearWords(L: Lang, start: string, y: number): string {
	const [yy, mm] = start.split('-').map(Number);
	if (mm === 1) return L === 'zh' ? `${yy + y - 1} 年` : `${yy + y - 1}`;
	return L === 'zh' ? `第${y}年` : `year ${y}`;
}

export function outputWords(L: Lang, ref: OutputRef, start: string): string {
	const b = ref.base;
	let what: string;
	if (b.kind === 'target') {
		const y = yearWords(L, start, b.year);
		what = L === 'zh' ? `${y}${TARGET[b.target].zh}` : `the ${y} ${TARGET[b.target].en}`;
	} else if (b.kind === 'targetsMet') what = L === 'zh' ? '全部目标' : 'every target';
	else {
		const f = FIELD[b.field]?.[L] ?? b.field;
		const tier = b.kind === 'tier' && b.tier !== 'total' ? TIER_LABEL[b.tier][L] : '';
		if (b.kind === 'total') what = L === 'zh' ? `三年${f}合计` : `the total ${f} over the horizon`;
		else {
			const y = yearWords(L, start, b.year);
			what = L === 'zh' ? `${y}${tier}${f}` : `${tier ? `${tier} ` : ''}${f} in ${y}`;
		}
	}
	if (!ref.threshold) return what;
	const { op, value } = ref.threshold;
	const words = {
		'>': ['高于', 'above'],
		'>=': ['不低于', 'at least'],
		'<': ['低于', 'below'],
		'<=': ['不高于', 'at most']
	}[op];
	const v = b.kind === 'target' || b.kind === 'targetsMet' ? String(value) : valueOfOutput(L, b, value);
	return L === 'zh' ? `${what}${words[0]} ${v}` : `${what} ${words[1]} ${v}`;
}

function valueOfOutput(L: Lang, b: OutputRef['base'], x: number): string {
	const rate =
		'field' in b && ['adequacy', 'committeeRate', 'standardRate', 'coverage', 'satisfaction'].includes(b.field);
	if (rate) return fmtPct(L, x, 1);
	if ('field' in b && (b.field === 'committees' || b.field === 'standard' || b.field === 'compounds'))
		return fmtNumber(L, x, 0, 1);
	return `${fmtNumber(L, x, 0, 1)} 万元`;
}

/** A parameter cell's value with its unit, at the precision a box boundary can bear (3 significant digits). */
export function cellValue(L: Lang, key: string, x: number): string {
	const def = PARAM.get(key.replace(/_y\d+$/, ''));
	if (!def) return fmtNumber(L, x, 0, 3);
	if (def.unit === 'share') return fmtPct(L, x, Math.abs(x) >= 0.1 ? 1 : 2).replace(/([.,]0) %/, ' %');
	const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x) || 1)));
	const unit = def.unit === 'flag' || def.unit === 'per_shortfall' ? '' : ` ${UNIT_LABEL[def.unit][L]}`;
	return `${fmtNumber(L, x, 0, digits)}${unit}`;
}

/** "基础物业服务成本（2023 年）" / "Basic cost of service (2023)": the label, with the year for a yearly cell. */
export function cellWords(L: Lang, key: string, start: string): string {
	const m = /^(.*)_y(\d+)$/.exec(key);
	const def = PARAM.get(m ? m[1] : key);
	if (!def) return key;
	if (!m || def.shape === 'scalar') return def.label[L];
	const y = yearWords(L, start, Number(m[2]));
	return L === 'zh' ? `${y}${def.label.zh}` : `${def.label.en} (${y})`;
}

export function conditionWords(L: Lang, c: ExplainCondition, start: string): string {
	const label = cellWords(L, c.key, start);
	const op = t(L, c.op === '<' ? 'decide.below' : 'decide.above');
	return L === 'zh'
		? `${label}${op} ${cellValue(L, c.key, c.value)}`
		: `${label} is ${op} ${cellValue(L, c.key, c.value)}`;
}

export function eventWords(L: Lang, e: Explanation): string {
	return t(L, e.kind === 'target' ? 'decide.eventMissed' : 'decide.eventTrue');
}

export function boxSentence(L: Lang, e: Explanation, box: ExplainBox, start: string, years: number): string {
	const r = parseOutput(e.output, years);
	const output = r.ok ? outputWords(L, r.ref, start) : e.output;
	const conds = box.conditions.map((c) => conditionWords(L, c, start)).join(t(L, 'decide.and'));
	return t(L, 'decide.box', {
		conds,
		output,
		event: eventWords(L, e),
		density: fmtPct(L, box.density, 0),
		coverage: fmtPct(L, box.coverage, 0)
	});
}

export function summarySentence(L: Lang, e: Explanation, start: string, years: number): string {
	const r = parseOutput(e.output, years);
	const output = r.ok ? outputWords(L, r.ref, start) : e.output;
	const s = t(L, 'decide.missRate', {
		runs: fmtNumber(L, e.runs, 0, 0),
		output,
		event: eventWords(L, e),
		rate: fmtPct(L, e.missRate, 1)
	});
	return L === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
