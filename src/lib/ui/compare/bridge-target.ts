/**
 * For a rate output whose year has a target: the target, and whether each side meets its own target (by how
 * many 个百分点 it misses, on the target rule's rounded basis) — so the table under it reads as "which changes
 * move a missed target, and by how much".
 */
import { t, type Lang } from '../../i18n';
import { fmtNumber } from '../../i18n/format';
import type { BridgeOutput } from '../../model/bridge';
import type { Projection } from '../../model/projection';
import { margin, type TargetKind } from '../../model/targets';

const KIND: Record<string, TargetKind> = {
	committeeRate: 'committee',
	standardRate: 'standard',
	satisfaction: 'satisfaction',
	coverage: 'coverage'
};

const pct = (L: Lang, x: number) => `${fmtNumber(L, x * 100, 2, 2)} %`;

export function targetLine(L: Lang, o: BridgeOutput, label: string, base: Projection, alt: Projection): string | null {
	const b = o.ref.base;
	if (b.kind !== 'year' || !(b.field in KIND)) return null;
	const kind = KIND[b.field];
	const tb = base.years[b.year - 1]?.targetValues[kind] ?? null;
	const ta = alt.years[b.year - 1]?.targetValues[kind] ?? null;
	if (tb === null || ta === null) return null;
	const status = (rate: number, target: number) => {
		const m = margin(rate, target) as number;
		return m >= 0 ? t(L, 'bridge.met') : t(L, 'bridge.missed', { gap: fmtNumber(L, -m * 100, 2, 2) });
	};
	return t(L, 'bridge.target', {
		what: label,
		target: tb === ta ? pct(L, tb) : `${pct(L, tb)} → ${pct(L, ta)}`,
		base: pct(L, o.base),
		bm: status(o.base, tb),
		alt: pct(L, o.alt),
		am: status(o.alt, ta)
	});
}
