/**
 * The brief in words, for a district leader: money rounded for leadership, one headline sentence per
 * alternative (spending against the baseline, targets met, targets still missed), and the assumption changes
 * described with their units and without formulas ("=quasi_subsidy_y1" reads "same as year 1").
 */
import type { AssumptionDiff, MetricKind, ScenarioRun } from '../../compare';
import { targetsMet } from '../../compare';
import { listAnd, midSentence, sentenceCase, t, type Lang } from '../../i18n';
import { fmtCell, fmtNumber } from '../../i18n/format';
import { PARAM, type ParamDef } from '../../model/catalogue';
import { parseName, referencedNames } from '../../model/cell-names';
import type { Projection } from '../../model/projection';
import { TARGET_KINDS, type TargetKind } from '../../model/targets';
import type { Cell } from '../../model/scenario';
import { UNIT_LABEL } from '../../model/units';
import { rangeSummary } from '../range-text';

/** 1 亿元 = 10,000 万元: from there on a leader reads 亿元. */
const YI = 10_000;

/**
 * Money for leadership: whole 万元 ("1,631 万元"); 10,000 万元 or more as 亿元 to two decimals ("1.25 亿元").
 * The sign is the caller's: sentences say "more" or "less" and pass the size.
 */
export function leaderMoney(L: Lang, x: number): string {
	const rounded = Math.round(x);
	if (Math.abs(rounded) >= YI) return t(L, 'brief.yi', { x: fmtNumber(L, x / YI, 2, 2) });
	return t(L, 'brief.wan', { x: fmtNumber(L, rounded === 0 ? 0 : rounded, 0, 0) });
}

/** True when a money difference rounds to nothing at the brief's precision. */
export const moneyNil = (x: number) => Math.round(Math.abs(x)) === 0;

/** A rate for leadership: one decimal ("82.1 %"). */
export const leaderRate = (L: Lang, x: number) => `${fmtNumber(L, x * 100, 1, 1)} %`;
/** A difference of rates: percentage points to one decimal, size only ("1.4 个百分点"). */
export const leaderPp = (L: Lang, x: number) => t(L, 'brief.pp', { x: fmtNumber(L, Math.abs(x) * 100, 1, 1) });
/** Compounds and committees: whole numbers (the model's counts are fractional; the plan's are not). */
export const leaderCount = (L: Lang, x: number) => fmtNumber(L, Math.round(x) === 0 ? 0 : Math.round(x), 0, 0);

const HAN = /[\u3400-\u9fff]/;

/**
 * The name in the reader's language when a library name carries both ("补贴不退坡 Subsidies held at year-1
 * rates" → 补贴不退坡 / Subsidies held at year-1 rates); any other name as it is.
 */
export function shortName(L: Lang, name: string): string {
	const words = name.trim().split(/\s+/);
	let i = 0;
	while (i < words.length && HAN.test(words[i])) i++;
	if (i === 0 || i === words.length || !/[A-Za-z]/.test(words.slice(i).join(' '))) return name.trim();
	// eslint-disable-next-line house/lang-branch -- data, not a message: the half of the user's own name in L.
	return L === 'zh' ? words.slice(0, i).join(' ') : words.slice(i).join(' ');
}

/** "三年" / "over three years" for a horizon; "全期" where the two compared horizons differ. */
export function spanWords(L: Lang, years: number, same = true): string {
	if (!same) return t(L, 'brief.spanAll');
	if (years === 1) return t(L, 'brief.spanOne');
	return t(L, 'brief.spanYears', { n: t(L, 'brief.numWords').split(',')[years] ?? String(years) });
}

/** A plan year as a leader names it: the calendar year when it is one ("2024 年"), else "第3年". */
export function yearsWords(L: Lang, p: Projection, ys: number[]): string {
	const calendar = ys.every((y) => p.years[y]?.from.endsWith('-01'));
	const list = (xs: (string | number)[]) => listAnd(L, xs);
	if (calendar) return t(L, 'brief.calendarYear', { y: list(ys.map((y) => p.years[y].from.slice(0, 4))) });
	return t(L, ys.length > 1 ? 'brief.planYears' : 'brief.planYear', { n: list(ys.map((y) => y + 1)) });
}

const KIND_KEY: Record<TargetKind, 'committeeRate' | 'standardRate' | 'satisfaction' | 'coverage'> = {
	committee: 'committeeRate',
	standard: 'standardRate',
	satisfaction: 'satisfaction',
	coverage: 'coverage'
};
// English names its targets mid-sentence, in lower case ("satisfaction still misses …").
const kindWords = (L: Lang, k: TargetKind) => midSentence(L, t(L, KIND_KEY[k]));

export interface Named {
	/** The scenario's letter on the compare screen and in the brief. */
	letter: string;
	name: string;
	run: ScenarioRun;
}

export const scenarioWords = (L: Lang, s: Named) => t(L, 'brief.scenario', { l: s.letter, name: shortName(L, s.name) });

type MissKey = 'brief.stillMissed' | 'brief.newMissed' | 'brief.missed';

/**
 * The targets `alt` misses, "still" missed (the baseline misses them too) or missed where the baseline meets
 * them; targets missed in the same years share a clause ("2023、2024 年达标率、满意度仍未达标"). At most
 * `limit` clauses; the rest are counted.
 */
function missedClauses(L: Lang, alt: Named, base: Named | null, limit = 2): string[] {
	const groups = new Map<string, { key: MissKey; ys: number[]; kinds: TargetKind[] }>();
	for (const k of TARGET_KINDS) {
		const missed = alt.run.projection.years.flatMap((y, i) => (y.targets[k] === false ? [i] : []));
		const baseMet = (i: number) => base?.run.projection.years[i]?.targets[k] === true;
		const split: [MissKey, number[]][] = base
			? [
					['brief.stillMissed', missed.filter((i) => !baseMet(i))],
					['brief.newMissed', missed.filter(baseMet)]
				]
			: [['brief.missed', missed]];
		for (const [key, ys] of split) {
			if (!ys.length) continue;
			const id = `${key}:${ys.join(',')}`;
			const g = groups.get(id) ?? { key, ys, kinds: [] };
			g.kinds.push(k);
			groups.set(id, g);
		}
	}
	const all = [...groups.values()];
	const out = all.slice(0, limit).map((g) => {
		const what = g.kinds.map((k) => kindWords(L, k)).join(t(L, 'brief.kindsAnd'));
		const key = (g.kinds.length > 1 ? `${g.key}Pl` : g.key) as MissKey;
		return t(L, key, {
			when: yearsWords(L, alt.run.projection, g.ys),
			what,
			base: base ? shortName(L, base.name) : ''
		});
	});
	const dropped = all.slice(limit).reduce((n, g) => n + g.ys.length * g.kinds.length, 0);
	if (dropped) out.push(t(L, 'brief.moreMissed', { n: dropped }));
	return out;
}

const end = (L: Lang) => t(L, 'stop');

/**
 * One sentence for an alternative against the baseline: "方案C（补贴不退坡）比规划原文三年多支出 1,631 万元，多达成
 * 3 项目标（共 8/10 项）；2024 年满意度仍未达标。" Every figure is computed here from the two projections.
 */
export function headline(L: Lang, alt: Named, base: Named): string {
	const a = alt.run.projection;
	const b = base.run.projection;
	const span = spanWords(L, a.years.length, a.years.length === b.years.length && a.start === b.start);
	const d = a.totals.outlay - b.totals.outlay;
	const baseName = shortName(L, base.name);
	const spend = moneyNil(d)
		? t(L, 'brief.spendSame', { base: baseName, span })
		: t(L, d > 0 ? 'brief.spendMore' : 'brief.spendLess', { base: baseName, span, x: leaderMoney(L, Math.abs(d)) });
	const ma = targetsMet(a);
	const mb = targetsMet(b);
	const n = ma.met - mb.met;
	const vars = { n: Math.abs(n), a: ma.met, b: ma.set };
	const met =
		n === 0
			? t(L, 'brief.metSame', vars)
			: n > 0
				? t(L, n === 1 ? 'brief.metMoreOne' : 'brief.metMore', vars)
				: t(L, n === -1 ? 'brief.metFewerOne' : 'brief.metFewer', vars);
	const missed = missedClauses(L, alt, base);
	const who = scenarioWords(L, alt);
	const tail = missed.length ? missed.join(t(L, 'brief.missedSep')) : t(L, 'brief.allMet');
	return t(L, 'brief.headline', { who, spend, met, tail });
}

/** The baseline's own sentence, first: what it spends and which targets it misses. */
export function baseSentence(L: Lang, base: Named): string {
	const p = base.run.projection;
	const m = targetsMet(p);
	const head = t(L, 'brief.baseSentence', {
		name: scenarioWords(L, base),
		span: spanWords(L, p.years.length),
		x: leaderMoney(L, p.totals.outlay),
		a: m.met,
		b: m.set
	});
	const missed = missedClauses(L, base, null);
	const tail = missed.length ? missed.join(t(L, 'brief.missedSep')) : t(L, 'brief.allMet');
	return `${sentenceCase(L, head)}${t(L, 'sepSemi')}${tail}${end(L)}`;
}

/** A value with its unit as a leader reads it: "0.2 元/m²/月", "75 %", "是", "6 个月". */
export function valueWords(L: Lang, def: ParamDef, x: number): string {
	const v = fmtCell(L, def.unit, x);
	switch (def.unit) {
		case 'share':
		case 'flag':
			return v;
		case 'months':
			return t(L, 'brief.months', { x: v });
		default:
			return `${v} ${UNIT_LABEL[def.unit][L]}`;
	}
}

/** A cell by its label and year ("准物业补贴第1年"), or null for a name that is no cell. */
function cellWords(L: Lang, name: string): { key: string; y: number; text: string } | null {
	const ref = parseName(name);
	if (!ref) return null;
	const of = PARAM.get(ref.key)!;
	const text = of.shape === 'yearly' ? t(L, 'brief.paramYear', { what: of.label[L], n: ref.y + 1 }) : of.label[L];
	return { key: of.key, y: ref.y, text };
}

/** What a formula does, in words: "维持第1年水平" for "=quasi_subsidy_y1"; the cells it reads otherwise. */
export function formulaWords(L: Lang, def: ParamDef, formula: string): string {
	const refs = [...new Set(referencedNames(formula))].map((n) => cellWords(L, n)).filter((r) => r !== null);
	// A formula that is one cell name and nothing else is that cell's value.
	if (/^=\s*[A-Za-z_][A-Za-z0-9_.]*\s*$/.test(formula.trim()) && refs.length === 1) {
		const r = refs[0];
		if (r.key === def.key && def.shape === 'yearly') return t(L, 'brief.sameAsYear', { n: r.y + 1 });
		return t(L, 'brief.sameAs', { what: r.text });
	}
	return refs.length
		? t(L, 'brief.formulaOf', { what: refs.map((r) => r.text).join(t(L, 'sepList')) })
		: t(L, 'brief.formula');
}

/** One side of a change: the value (a formula as its value and what it does), blank, or "(no such year)". */
function sideWords(L: Lang, def: ParamDef, cell: Cell | undefined, value: number | null | undefined, unit: boolean) {
	if (cell === undefined) return t(L, 'compare.absent');
	if (cell === null) return t(L, 'compare.blank');
	const x = typeof cell === 'number' ? cell : value;
	const shown = typeof x === 'number' ? (unit ? valueWords(L, def, x) : fmtCell(L, def.unit, x)) : '';
	if (typeof cell === 'number') return shown;
	const how = formulaWords(L, def, cell);
	return shown ? t(L, 'brief.withHow', { x: shown, how }) : how;
}

const yearList = (L: Lang, ys: number[]) =>
	t(L, ys.length > 1 ? 'brief.yearMany' : 'brief.yearOne', { list: listAnd(L, ys) });

/**
 * The changes of one alternative in words, one line per parameter and run of equal changes:
 * "准物业补贴 第2、3年：0.1 → 0.2 元/m²/月（维持第1年水平）". No formula text, no parameter key.
 */
export function diffWords(L: Lang, d: AssumptionDiff): string[] {
	const colon = t(L, 'words.colon');
	const out: string[] = [];
	for (const m of d.meta)
		out.push(
			m.field === 'start'
				? `${t(L, 'brief.start')}${colon}${m.old} → ${m.new}`
				: `${t(L, 'brief.years')}${colon}${m.old} → ${m.new}`
		);
	for (const sec of d.sections)
		for (const p of sec.params) {
			// Years whose change reads the same are one line: "第2、3年".
			const groups = new Map<string, number[]>();
			for (const c of p.cells) {
				const text = `${sideWords(L, p.def, c.old, c.oldValue, false)} → ${sideWords(L, p.def, c.new, c.newValue, true)}`;
				groups.set(text, [...(groups.get(text) ?? []), c.year ?? 0]);
			}
			for (const [text, ys] of groups) {
				const where = ys[0] === 0 ? '' : ` ${yearList(L, ys)}`;
				out.push(`${p.def.label[L]}${where}${colon}${text}`);
			}
			if (p.uncertainty) {
				const f = (u: typeof p.uncertainty.old) => (u ? rangeSummary(L, p.def, u) : t(L, 'compare.none'));
				out.push(
					`${t(L, 'brief.range', { what: p.def.label[L] })}${colon}${f(p.uncertainty.old)} → ${f(p.uncertainty.new)}`
				);
			}
		}
	return out;
}

/** A key-figure cell: money in whole 万元 (the caption names the unit) or 亿元 with its unit, rates to 0.1 %, counts whole. */
export function leaderFigure(L: Lang, kind: MetricKind, x: number): string {
	if (kind === 'rate') return leaderRate(L, x);
	if (kind === 'count') return leaderCount(L, x);
	return Math.abs(Math.round(x)) >= YI ? leaderMoney(L, x) : fmtNumber(L, Math.round(x) || 0, 0, 0);
}

/**
 * A key-figure difference from the baseline, signed, at the cell's precision; "±0" when it rounds to nothing.
 * Money is given in the unit of the cell's figure (`value`): a figure shown in 亿元 has its difference in 亿元
 * too ("1.50 亿元" over "+0.16 亿元", never "+1,631"), one unit per cell.
 */
export function leaderDelta(L: Lang, kind: MetricKind, d: number, value = 0): string {
	const yi = kind === 'money' && Math.abs(Math.round(value)) >= YI;
	const size =
		kind === 'rate'
			? Math.round(Math.abs(d) * 1000) / 10
			: yi
				? Math.round(Math.abs(d) / 100) / 100
				: Math.round(Math.abs(d));
	if (size === 0) return '±0';
	const sign = d < 0 ? '−' : '+';
	if (kind === 'rate') return `${sign}${fmtNumber(L, size, 1, 1)}`;
	if (yi) return `${sign}${t(L, 'brief.yi', { x: fmtNumber(L, size, 2, 2) })}`;
	return `${sign}${kind === 'money' && size >= YI ? leaderMoney(L, size) : fmtNumber(L, size, 0, 0)}`;
}

/** A plan-check row the plan rounds, saying what the rounding is: "规划 3,263 = 模型 3,262.584 取整". */
export const roundingWords = (L: Lang, stated: number, model: number): string =>
	t(L, 'words.briefRounding', { stated: fmtNumber(L, stated, 0, 3), model: fmtNumber(L, model, 0, 3) });
