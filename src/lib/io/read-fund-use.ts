/**
 * The fund-use plan's inputs a scenario file carries (assessment results, reward shares): optional, so files
 * without them read as before; checked with the library's own schema, each problem named by street and quarter.
 */
import { t } from '../i18n';
import { parseFundUse, type FundUseInputs } from '../store/fund-use-schema';
import { whereOf } from './fund-use-words';
import type { ReadError } from './read-error';

export function readFundUse(raw: unknown, errors: ReadError[]): FundUseInputs | undefined {
	const p = parseFundUse(raw, 'fundUse');
	if (p.ok) return p.value;
	// The English names the street, the quarter and what is wrong; the Chinese says where, in the screen's words.
	for (const i of p.issues)
		errors.push({ path: i.path, message: i.message, zh: t('zh', 'reader.fundUse', { where: whereOf('zh', [i]) }) });
	return undefined;
}
