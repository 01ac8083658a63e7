/**
 * What the fund-use plan says about keeping its inputs with the scenario, in the planner's language: a write the
 * browser refused, kept inputs that could not be read, and which street and quarter a damaged one belongs to.
 * The store's own messages are English (logs, tests); these are the screen's.
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import { columnHead } from '../../io/cashflow-words';
import type { Issue, StoreError } from '../../store';

const WHY: Record<StoreError['kind'], MessageKey> = {
	quota: 'cashflow.keep.why.quota',
	'not-found': 'cashflow.keep.why.notFound',
	blocked: 'cashflow.keep.why.blocked',
	invalid: 'cashflow.keep.why.invalid',
	unavailable: 'cashflow.keep.why.unavailable',
	conflict: 'storage.e.conflict',
	clash: 'storage.e.conflict'
};

/** A quarter as the form names it ("2022年第3季度" / "2022 Q3"); as stored when it is not one. */
const quarterHead = (L: Lang, key: string) =>
	/^\d{4}Q[1-4]$/.test(key) ? columnHead(L, { kind: 'quarter', key, months: [] }, true) : key;

/** "东河街道 2022年第3季度、奖励资金份额合计超过 100 %": each problem's street and quarter, once. */
export function whereOf(L: Lang, issues: readonly Issue[]): string {
	const parts = issues.map((i) =>
		i.at
			? i.at.quarter === undefined
				? i.at.street
				: `${i.at.street} ${quarterHead(L, i.at.quarter)}`
			: t(L, i.path.endsWith('rewardShares') ? 'cashflow.keep.where.total' : 'cashflow.keep.where.shape')
	);
	return [...new Set(parts)].join(t(L, 'sepList'));
}

const why = (L: Lang, e: StoreError) => t(L, WHY[e.kind], e.kind === 'invalid' ? { where: whereOf(L, e.issues) } : {});

/** A write refused: nothing of it was applied. */
export const keepFailed = (L: Lang, e: StoreError) => t(L, 'cashflow.keep.failed', { reason: why(L, e) });

/** The kept inputs could not be read: damaged ones are named and set aside; otherwise they wait to be read. */
export const readFailed = (L: Lang, e: StoreError) =>
	e.kind === 'invalid'
		? t(L, 'cashflow.keep.unreadable', { where: whereOf(L, e.issues) })
		: t(L, 'cashflow.keep.notRead', { reason: why(L, e) });
