/** The name of an actuals field on screen: 区财政支出, 准物业补贴, 基础物业收缴率, … */
import { t, type Lang, type MessageKey } from '../../i18n';
import { TIER_LABEL, type Tier } from '../../model/catalogue';

export function fieldLabel(L: Lang, field: string): string {
	const [stem, tier] = field.split('.') as [string, Tier | 'total' | undefined];
	if (tier === undefined || tier === 'total') return t(L, `lookback.f.${field}` as MessageKey);
	const vars = { tier: TIER_LABEL[tier][L] };
	if (stem === 'satisfaction') return t(L, 'lookback.f.satisfactionTier', vars);
	return t(L, `lookback.f.${stem}` as MessageKey, vars);
}
