/** The plan check's verdicts in words, for the badge on screen and the brief. */
import type { FindingStatus } from '../../compare';

export const STATUS: Record<FindingStatus, { zh: string; en: string }> = {
	match: { zh: '一致', en: 'agrees' },
	rounding: { zh: '取整', en: 'rounding' },
	outside: { zh: '合计之外', en: 'outside the total' },
	unbudgeted: { zh: '未列预算', en: 'not budgeted' },
	short: { zh: '未达到', en: 'short' },
	differs: { zh: '不同', en: 'differs' }
};
