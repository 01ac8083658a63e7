/** The Compare screen's and the brief's words, kept in i18n/messages/compare.ts. */
import { t as tt, type Lang, type Vars } from '../../i18n';
import type { compare } from '../../i18n/messages/compare';

/** The screen's keys without their `compare.` prefix (its words are in i18n/messages/compare.ts). */
export type StringKey = keyof typeof compare extends infer K ? (K extends `compare.${infer R}` ? R : never) : never;

export const t = (L: Lang, key: StringKey, vars: Vars = {}): string => tt(L, `compare.${key}`, vars);

/** A scenario's letter and colour: the same in the table, the charts and the brief. */
export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export const COLORS = ['#1d4e89', '#d97706', '#2e7d32', '#8e44ad'] as const;
