/** The Uncertainty screen's words. Its words are in i18n/messages/mc.ts. */
import { t as tt, type Lang, type Vars } from '../../i18n';
import type { mc } from '../../i18n/messages/mc';

/** The screen's keys without their `mc.` prefix. */
export type TextKey = keyof typeof mc extends infer K ? (K extends `mc.${infer R}` ? R : never) : never;

export const t = (lang: Lang, key: TextKey, vars: Vars = {}): string => tt(lang, `mc.${key}`, vars);
