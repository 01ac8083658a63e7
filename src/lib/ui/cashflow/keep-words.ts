/**
 * What the fund-use plan says about keeping its inputs with the scenario, in the planner's language: a write the
 * browser refused, kept inputs that could not be read, and which street and quarter a damaged one belongs to.
 * The store's own messages are English (logs, tests); these are the screen's.
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import { whereOf } from '../../io/fund-use-words';
import type { StoreError } from '../../store';

const WHY: Record<StoreError['kind'], MessageKey> = {
	quota: 'cashflow.keep.why.quota',
	'not-found': 'cashflow.keep.why.notFound',
	blocked: 'cashflow.keep.why.blocked',
	invalid: 'cashflow.keep.why.invalid',
	unavailable: 'cashflow.keep.why.unavailable',
	conflict: 'storage.e.conflict',
	clash: 'storage.e.conflict'
};

const why = (L: Lang, e: StoreError) => t(L, WHY[e.kind], e.kind === 'invalid' ? { where: whereOf(L, e.issues) } : {});

/** A write refused: nothing of it was applied. */
export const keepFailed = (L: Lang, e: StoreError) => t(L, 'cashflow.keep.failed', { reason: why(L, e) });

/** The kept inputs could not be read: damaged ones are named and set aside; otherwise they wait to be read. */
export const readFailed = (L: Lang, e: StoreError) =>
	e.kind === 'invalid'
		? t(L, 'cashflow.keep.unreadable', { where: whereOf(L, e.issues) })
		: t(L, 'cashflow.keep.notRead', { reason: why(L, e) });
