/** The plan check's verdicts in words, for the badge on screen and the brief (keys `compare.status.*`). */
import type { FindingStatus } from '../../compare';
import { msg, type Msg } from '../../i18n';

export const STATUS: Record<FindingStatus, Msg> = {
	match: msg('compare.status.match'),
	rounding: msg('compare.status.rounding'),
	outside: msg('compare.status.outside'),
	unbudgeted: msg('compare.status.unbudgeted'),
	short: msg('compare.status.short'),
	differs: msg('compare.status.differs')
};
