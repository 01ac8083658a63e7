/**
 * The fund-use plan's inputs a scenario file carries (assessment results, reward shares): optional, so files
 * without them read as before; checked with the library's own schema, each problem named by street and quarter.
 * Its words are the reader's own (reader.*): the reader runs on the first screen too, before the fund-use
 * plan's words are loaded.
 */
import { t } from '../i18n';
import { parseFundUse, type FundUseInputs } from '../store/fund-use-schema';
import type { Issue } from '../store/result';
import type { ReadError } from './read-error';

/** "东河街道 2023Q2", "东河街道", or what is wrong with the inputs as a whole. */
function where(i: Issue): string {
	if (i.at) return i.at.quarter === undefined ? i.at.street : `${i.at.street} ${i.at.quarter}`;
	return t('zh', i.path.endsWith('rewardShares') ? 'reader.fundUseTotal' : 'reader.fundUseShape');
}

export function readFundUse(raw: unknown, errors: ReadError[]): FundUseInputs | undefined {
	const p = parseFundUse(raw, 'fundUse');
	if (p.ok) return p.value;
	// The English names the street, the quarter and what is wrong; the Chinese says where, in the reader's words.
	for (const i of p.issues)
		errors.push({ path: i.path, message: i.message, zh: t('zh', 'reader.fundUse', { where: where(i) }) });
	return undefined;
}
