/**
 * The comparison's plain-language headline: for money, the year where actual and model differ most and the sum
 * over the years with actuals ("2023 年实际区财政支出比模型少 35.3 万元（−3.9 %）"); for a rate or a count, the
 * last year with an actual. District outlay is preferred, then the subsidy total, then satisfaction.
 */
import { midSentence, t, type Lang } from '../../i18n';
import { fmtNumber } from '../../i18n/format';
import type { Projection } from '../../model/projection';
import { yearName } from '../results/kpi-delta';
import type { ComparisonRow } from './comparison';
import { fieldLabel } from './field-label';

const PREFER_MONEY = ['outlay', 'subsidy.total'];
const PREFER_STATE = ['satisfaction', 'committees', 'standard', 'coverage'];

function pick(rows: ComparisonRow[], prefer: string[], kinds: string[]): ComparisonRow | undefined {
	return (
		prefer.map((f) => rows.find((r) => r.field === f)).find((r) => r !== undefined) ??
		rows.find((r) => kinds.includes(r.kind))
	);
}

/** Mid-sentence in English the label starts in lower case ("the actual district outlay"). */
const inSentence = (L: Lang, field: string) => midSentence(L, fieldLabel(L, field));

const rel = (L: Lang, d: number, model: number) =>
	model === 0 ? '—' : `${d < 0 ? '−' : '+'}${fmtNumber(L, Math.abs((100 * d) / model), 1, 1)} %`;

function moneySentences(L: Lang, row: ComparisonRow, p: Projection): string[] {
	const item = inSentence(L, row.field);
	const years = row.years.flatMap((c, y) => (c.vsModel === null ? [] : [{ c, y }]));
	const out: string[] = [];
	const worst = years.reduce((a, b) => (Math.abs(b.c.vsModel!) > Math.abs(a.c.vsModel!) ? b : a));
	const d = worst.c.vsModel!;
	const year = yearName(L, p.years[worst.y]);
	if (Math.abs(d) < 0.05) out.push(t(L, 'lookback.moneySame', { year, item }));
	else
		out.push(
			t(L, 'lookback.moneyYear', {
				year,
				item,
				dir: t(L, d < 0 ? 'lookback.less' : 'lookback.more'),
				n: fmtNumber(L, Math.abs(d), 1, 1),
				rel: rel(L, d, worst.c.model)
			})
		);
	const sum = row.cumulative;
	if (years.length > 1 && sum && Math.abs(sum.vsModel!) >= 0.05) {
		const a = yearName(L, p.years[years[0].y]),
			b = yearName(L, p.years[years[years.length - 1].y]);
		out.push(
			t(L, 'lookback.moneySum', {
				// "2022–2023 年": the first calendar year drops its 年 (only the Chinese name carries one).
				span: `${a.replace(/ 年$/, '')}–${b}`,
				item,
				dir: t(L, sum.vsModel! < 0 ? 'lookback.less' : 'lookback.more'),
				n: fmtNumber(L, Math.abs(sum.vsModel!), 1, 1),
				rel: rel(L, sum.vsModel!, sum.model)
			})
		);
	}
	return out;
}

function stateSentence(L: Lang, row: ComparisonRow, p: Projection): string | null {
	let y = row.years.length - 1;
	while (y >= 0 && row.years[y].actual === null) y--;
	if (y < 0) return null;
	const c = row.years[y];
	const d = c.vsModel!;
	const vars = { year: yearName(L, p.years[y]), item: inSentence(L, row.field) };
	if (row.kind === 'rate')
		return t(L, 'lookback.rateYear', {
			...vars,
			a: `${fmtNumber(L, c.actual! * 100, 1, 1)} %`,
			dir: t(L, d < 0 ? 'lookback.lower' : 'lookback.higher'),
			n: fmtNumber(L, Math.abs(d) * 100, 1, 1)
		});
	return t(L, 'lookback.countYear', {
		...vars,
		a: fmtNumber(L, c.actual!, 0, 1),
		dir: t(L, d < 0 ? 'lookback.fewer' : 'lookback.more'),
		n: fmtNumber(L, Math.abs(d), 0, 1)
	});
}

export function headline(L: Lang, rows: ComparisonRow[], p: Projection): string[] {
	const out: string[] = [];
	const money = pick(rows, PREFER_MONEY, ['money']);
	if (money) out.push(...moneySentences(L, money, p));
	const state = pick(rows, PREFER_STATE, ['rate', 'count']);
	const s = state && stateSentence(L, state, p);
	if (s) out.push(s);
	return out;
}
