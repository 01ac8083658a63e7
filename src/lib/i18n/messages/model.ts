/** The model documentation page and citations of it (keys `model.*`). */
import type { Msg } from '../types';

export const model = {
	'model.title': { zh: '模型说明', en: 'How the model works' },
	'model.cite': { zh: '模型说明', en: 'model documentation' },
	'model.back': { zh: '← 返回工作台', en: '← Workbench' },
	'model.compare': { zh: '方案比较与简报', en: 'Compare & brief' },
	'model.illustrativeTip': {
		zh: '示例假设（见“模型说明”），非规划数字，请换成本地数据',
		en: 'Illustrative assumption (see “How the model works”), not from the plan: replace with local data'
	},
	'model.plannerTip': { zh: '规划人员的假设', en: 'The planner’s assumption' },
	'model.targetsNote': {
		zh: '✓ 达成 · ✗ 未达成 · – 无目标（按 0.01 个百分点取整后比较）',
		en: '✓ target met · ✗ missed · – no target (compared after rounding to 0.01 percentage points)'
	}
} satisfies Record<string, Msg>;
