/**
 * Where a problem in the fund-use plan's inputs is, in the planner's words: the street and quarter it belongs
 * to ("东河街道 2022年第3季度" / "东河街道 2022 Q3"), for the screen and for a scenario file that carries them.
 */
import { t, type Lang } from '../i18n';
import type { Issue } from '../store/result';
import { columnHead } from './cashflow-words';

/** A quarter as the form names it ("2022年第3季度" / "2022 Q3"); as stored when it is not one. */
export const quarterHead = (L: Lang, key: string) =>
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
