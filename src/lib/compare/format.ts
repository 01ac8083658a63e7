/**
 * How the comparison shows its numbers: money to 3 decimals of 万元 (the KPIs' precision, so 1631.292 stays
 * visibly apart from the plan's 1631), rates to 0.01 %, compounds as whole numbers (the model's counts are
 * fractional, but a planner counts compounds: 265, never 265.2). Differences carry a sign; a difference that rounds to nothing reads "±0".
 */
import { fmtNumber } from '../i18n/format';
import { t, type Lang } from '../i18n';
import type { Delta } from './delta';
import type { MetricKind } from './metrics';

const DIGITS: Record<MetricKind, [number, number]> = { money: [3, 3], rate: [2, 2], count: [0, 0] };

export function fmtValue(L: Lang, kind: MetricKind, x: number): string {
	const [min, max] = DIGITS[kind];
	return kind === 'rate' ? `${fmtNumber(L, x * 100, min, max)} %` : fmtNumber(L, x, min, max);
}

const signed = (L: Lang, x: number, min: number, max: number) => {
	const s = fmtNumber(L, Math.abs(x), min, max);
	return `${x < 0 ? '−' : '+'}${s}`;
};

/** True when the difference would show as zero at the kind's precision. */
const nil = (x: number, max: number) => Math.abs(x) < 0.5 * 10 ** -max;

/**
 * "+4.924 (+0.14 %)" for money and counts; "+1.25 pp" for rates, whose relative change means little.
 * `unit: false` drops the points' unit, where a caption states it once (the brief's narrow columns).
 */
export function fmtDelta(L: Lang, kind: MetricKind, d: Delta, unit = true): string {
	const [min, max] = DIGITS[kind];
	const pp = unit ? ` ${t(L, 'pp')}` : '';
	if (kind === 'rate') return nil(d.abs * 100, max) ? '±0' : `${signed(L, d.abs * 100, min, max)}${pp}`;
	if (nil(d.abs, max)) return '±0';
	const rel = d.rel === null ? '' : ` (${signed(L, d.rel * 100, 1, 1)} %)`;
	return `${signed(L, d.abs, min, max)}${rel}`;
}
