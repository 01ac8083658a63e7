/** One row of the plan check: a figure the plan states beside the model's recomputation, and what explains the gap. */
import { fmtNumber } from '../i18n/format';
import { msg, t, type Lang, type MessageKey, type Vars } from '../i18n';
import { PARAM } from '../model/catalogue';
import type { Quote } from './plan-figures';
import type { Bilingual } from './types';

/**
 * match: equal at the shown precision · rounding: the plan rounded the model's figure · outside: the model
 * counts money the stated total leaves out · unbudgeted: a promise the plan sets without money for it ·
 * short: the model falls short of a target · differs: the scenario changed the plan's inputs.
 */
export type FindingStatus = 'match' | 'rounding' | 'outside' | 'unbudgeted' | 'short' | 'differs';
export type FigureUnit = 'wan_yuan' | 'wan_m2' | 'compounds';

export interface Finding {
	id: string;
	item: Bilingual;
	/** The clauses that state the figure, with their Chinese words. */
	quotes: Quote[];
	stated: number;
	/** How the stated figure follows from the plan's words, when it is not written there as is. */
	statedNote?: Bilingual;
	/** null: the scenario's horizon ends before this year. */
	model: number | null;
	/** The clauses the model's inputs come from, or "assumption". */
	modelSource: string;
	unit: FigureUnit;
	diff: number | null;
	status: FindingStatus;
	explain: Bilingual;
}

const LANGS: Lang[] = ['zh', 'en'];
/** Builds both languages' text from one template function, so the two never drift apart. */
export const both = (f: (L: Lang, n: (x: number, d?: number) => string) => string): Bilingual =>
	Object.fromEntries(LANGS.map((L) => [L, f(L, (x, d = 3) => fmtNumber(L, x, 0, d))])) as Bilingual;

/** One catalogue key in both languages, its numbers formatted in each (so "1,631.292" reads the same way in both). */
export const say = (key: MessageKey, vars: (L: Lang, n: (x: number, d?: number) => string) => Vars): Bilingual =>
	both((L, n) => t(L, key, vars(L, n)));

/** The labels of parameters, for "this scenario changes …". */
export const labels = (L: Lang, keys: readonly string[]) =>
	keys.map((k) => PARAM.get(k)!.label[L]).join(t(L, 'sepList'));

export const BEYOND_HORIZON: Bilingual = msg('plancheck.beyondHorizon');
export const AGREES: Bilingual = msg('plancheck.agrees');
