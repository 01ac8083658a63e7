/** The review tab's actuals entry and the horizon control (keys `actuals.*`): what happened, per plan year. */
import type { Msg } from '../types';

export const actuals = {
	'actuals.tab': { zh: '回头看', en: 'Review' },
	'actuals.title': { zh: '实际完成情况', en: 'Actuals' },
	'actuals.intro': {
		zh: '每个规划年实际发生的数字（留空表示尚不知道）。金额以万元计，比率可写 55、55% 或 0.55。与情景一起保存和导出。',
		en: 'What actually happened in each plan year (blank: not known yet). Money in 万元; a rate may be typed 55, 55 % or 0.55. Saved and exported with the scenario.'
	}
} satisfies Record<string, Msg>;
