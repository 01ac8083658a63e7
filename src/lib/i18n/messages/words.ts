/**
 * The words of issue 22 (keys `words.*`): pickers of labels and years for Decide and goal seek, their refusals
 * in the planner's words, and the value words the vocabulary's tables share (达成 / 未达成, 概率 %).
 */
import type { Msg } from '../types';

export const words = {
	'words.met': { zh: '达成', en: 'met' },
	'words.missed': { zh: '未达成', en: 'missed' },
	'words.probabilityUnit': { zh: '概率 %', en: 'probability, %' },
	'words.condition': { zh: '{label}{op} {value}', en: '{label} is {op} {value}' }
} satisfies Record<string, Msg>;
